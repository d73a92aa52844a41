import { addMonths } from '../../src/modules/accounts/lifecycle';
import type { AccountService, Official } from '../../src/modules/accounts/service';
import type { OfficialViewer } from '../../src/shared/viewer';
import { RecordAbsenceDocument, RecordLeavingDocument } from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { accountsAt, activeOfficial, ManualClock, statusOf, viewerOf } from './helpers';

const day = 24 * 60 * 60 * 1000;

describe('003 §5–§6: the account lifecycle, swept by a controllable clock', () => {
  let t: TestHub;
  let dic: OfficialViewer;
  const clock = new ManualClock(new Date('2026-01-05T02:00:00Z'));
  const accounts = (): AccountService => accountsAt(t, clock);

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    dic = await viewerOf(t, 'ninhthuan', 'thunghiem');
  });

  afterAll(() => t.close());

  /** An active official created now, who has changed the DIC password. */
  const official = (fullName: string, agencyCode: string): Promise<Official> => activeOfficial(accounts, dic, fullName, agencyCode);

  const sweepAt = async (at: Date) => {
    clock.set(at);
    return accounts().sweepAccountLifecycle();
  };

  it('003 §6.2a: no activity for 5 months 29 days is not locked; 6 months is', async () => {
    clock.set('2026-01-05T02:00:00Z');
    const o = await official('Kha Văn Nghỉ', 'sotttt');
    const since = clock.now(); // its last activity: the password change above
    await sweepAt(new Date(addMonths(since, 5).getTime() + 29 * day));
    expect(await statusOf(t, o)).toEqual({ status: 'ACTIVE', lock_reason: null });
    await sweepAt(new Date(addMonths(since, 6).getTime() - 1000));
    expect(await statusOf(t, o)).toEqual({ status: 'ACTIVE', lock_reason: null });
    const result = await sweepAt(addMonths(since, 6));
    expect(result.locked).toContain('vannghi');
    expect(await statusOf(t, o)).toEqual({ status: 'LOCKED', lock_reason: 'INACTIVITY' });
    await expect(accounts().signIn('ninhthuan', 'vannghi', 'Dung-roi1!', '127.0.0.1')).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });
  });

  it('003 §6.2a: the sweep is idempotent: a second run changes and records nothing', async () => {
    const before = (await t.hub.services().audit.verify()) as { events: number };
    const again = await accounts().sweepAccountLifecycle();
    expect(again).toEqual({ locked: [], revoked: [] });
    expect(await t.hub.services().audit.verify()).toMatchObject({ intact: true, events: before.events });
  });

  it('003 §6.2a: each sign-in counts as activity and moves the 6 months on', async () => {
    clock.set('2026-01-05T02:00:00Z');
    const o = await official('Kha Văn Động', 'sotttt');
    clock.set(addMonths(clock.now(), 3));
    const signedIn = await accounts().signIn('ninhthuan', 'vandong', 'Dung-roi1!', '127.0.0.1');
    expect(signedIn.official.lastActiveAt).toEqual(clock.now());
    const lastActive = clock.now();
    await sweepAt(new Date(addMonths(lastActive, 6).getTime() - 1000));
    expect((await statusOf(t, o)).status).toBe('ACTIVE');
    await sweepAt(addMonths(lastActive, 6));
    expect(await statusOf(t, o)).toEqual({ status: 'LOCKED', lock_reason: 'INACTIVITY' });
  });

  let absentOfficial = '';

  it('003 §6.2a: an absence notified with its reason and period is not inactivity: the 6 months count from its end; audited', async () => {
    clock.set('2026-01-05T02:00:00Z');
    const o = await official('Kha Thị Vắng', 'sotttt');
    absentOfficial = o.id;
    const lastActive = clock.now();
    const until = addMonths(lastActive, 4);
    const notice = { reason: 'Nghỉ thai sản', from: addMonths(lastActive, 1), until, requestReference: 'TB 12/STTTT' };
    const recorded = await accounts().recordAbsence(dic, o.id, notice);
    expect(recorded.official).toMatchObject({ absenceReason: 'Nghỉ thai sản', absentFrom: notice.from, absentUntil: until });
    // Six months after the last sign-in falls two months after the absence: not inactive yet.
    await sweepAt(addMonths(lastActive, 6));
    expect((await statusOf(t, o)).status).toBe('ACTIVE');
    await sweepAt(new Date(addMonths(until, 6).getTime() - 1000));
    expect((await statusOf(t, o)).status).toBe('ACTIVE');
    await sweepAt(addMonths(until, 6));
    expect(await statusOf(t, o)).toEqual({ status: 'LOCKED', lock_reason: 'INACTIVITY' });
    const events = (await t.hub.services().audit.eventsOf('official', [o.id])).get(o.id)!;
    expect(events.find((event) => event.action === 'official.absence_recorded')).toMatchObject({
      actor: dic.officialId,
      reason: 'Nghỉ thai sản',
      details: { from: notice.from.toISOString(), until: until.toISOString(), requestReference: 'TB 12/STTTT' },
    });
  });

  it('003 §6.2a: a notice needs a reason, an end after its start and a reference; only DIC of the province records it', async () => {
    // The refusals come before the account's state is looked at: the official locked above will do.
    const o = { id: absentOfficial };
    const from = clock.now();
    await expect(accounts().recordAbsence(dic, o.id, { reason: ' ', from, until: from, requestReference: '' })).rejects.toMatchObject({
      problems: [{ field: 'reason' }, { field: 'until' }, { field: 'requestReference' }],
    });
    const steward = await viewerOf(t, 'ninhthuan', 'vankiemthu');
    const notice = { reason: 'Đi học', from, until: addMonths(from, 1), requestReference: 'TB 1' };
    await expect(accounts().recordAbsence(steward, o.id, notice)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const otherDic = await viewerOf(t, 'binhphuoc', 'thithunghiem');
    await expect(accounts().recordAbsence(otherDic, o.id, notice)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Through GraphQL: the shield lets DIC through to the service, which finds the account locked.
    const variables = { official: o.id, ...notice, from: notice.from.toISOString(), until: notice.until.toISOString() };
    const asDic = await t.gql(RecordAbsenceDocument, variables, await t.signIn('ninhthuan', 'thunghiem'));
    expect(asDic.data?.recordAbsence.error?.code).toBe('CONFLICT');
    const asSteward = await t.gql(RecordAbsenceDocument, variables, await t.signIn('ninhthuan', 'vankiemthu'));
    expect(asSteward.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('003 §6.3: a restored account starts a new 6 months and is not locked again by the next sweep', async () => {
    clock.set('2027-01-01T00:00:00Z');
    const locked = (await viewerOf(t, 'ninhthuan', 'vannghi')).officialId;
    const { temporaryPassword } = await accounts().restoreOfficial(dic, locked, 'công văn 9');
    expect(await accounts().sweepAccountLifecycle()).toEqual({ locked: [], revoked: [] });
    expect((await statusOf(t, { id: locked })).status).toBe('ACTIVE');
    await expect(accounts().signIn('ninhthuan', 'vannghi', temporaryPassword!, '127.0.0.1')).rejects.toMatchObject({
      code: 'PASSWORD_CHANGE_REQUIRED',
    });
  });

  it('003 §5.2c: staff who leave are locked at once and revoked 6 months after leaving', async () => {
    clock.set('2026-02-01T02:00:00Z');
    const o = await official('Đinh Văn Đi', 'sotttt');
    const leftAt = new Date('2026-02-10T00:00:00Z');
    clock.set('2026-02-11T00:00:00Z'); // recorded the day after
    const { official: recorded } = await accounts().recordLeaving(dic, o.id, leftAt, false, '12/QĐ-STTTT');
    expect(recorded).toMatchObject({ status: 'LOCKED', lockReason: 'LEFT', revokeDueAt: addMonths(leftAt, 6) });
    await expect(accounts().signIn('ninhthuan', 'vandi', 'Dung-roi1!', '127.0.0.1')).rejects.toMatchObject({ code: 'ACCOUNT_LOCKED' });
    await sweepAt(new Date(addMonths(leftAt, 6).getTime() - 1000));
    expect((await statusOf(t, o)).status).toBe('LOCKED');
    expect((await sweepAt(addMonths(leftAt, 6))).revoked).toContain('vandi');
    expect(await statusOf(t, o)).toEqual({ status: 'REVOKED', lock_reason: 'LEFT' });
    await expect(accounts().signIn('ninhthuan', 'vandi', 'Dung-roi1!', '127.0.0.1')).rejects.toMatchObject({ code: 'ACCOUNT_REVOKED' });
    await expect(accounts().restoreOfficial(dic, o.id, 'x')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('003 §5.2c: a division head ("cấp phòng, ban trở xuống") who leaves follows the staff rule', async () => {
    clock.set('2026-03-01T02:00:00Z');
    const o = await official('Đinh Thị Trưởng Phòng', 'sonv_vp');
    const { official: recorded } = await accounts().recordLeaving(dic, o.id, clock.now(), true, '13/QĐ');
    expect(recorded.status).toBe('LOCKED');
  });

  it('003 §5.2c: a department leader keeps the account 1 month after leaving, is locked then and revoked after 12', async () => {
    clock.set('2026-01-20T02:00:00Z');
    const o = await official('Hà Văn Giám Đốc', 'soyt');
    const leftAt = new Date('2026-01-31T03:00:00Z');
    const { official: recorded } = await accounts().recordLeaving(dic, o.id, leftAt, true, '99/QĐ-UBND');
    expect(recorded).toMatchObject({ status: 'ACTIVE', lockDueAt: new Date('2026-02-28T03:00:00Z'), revokeDueAt: addMonths(leftAt, 12) });
    expect((await accounts().signIn('ninhthuan', 'vangiamdoc', 'Dung-roi1!', '127.0.0.1')).token).toEqual(expect.any(String));
    await sweepAt(new Date('2026-02-28T02:59:59Z'));
    expect((await statusOf(t, o)).status).toBe('ACTIVE');
    await sweepAt(new Date('2026-02-28T03:00:00Z'));
    expect(await statusOf(t, o)).toEqual({ status: 'LOCKED', lock_reason: 'LEFT' });
    await sweepAt(new Date(addMonths(leftAt, 12).getTime() - 1000));
    expect((await statusOf(t, o)).status).toBe('LOCKED');
    await sweepAt(addMonths(leftAt, 12));
    expect((await statusOf(t, o)).status).toBe('REVOKED');
  });

  it('003 §5.2c: a district PPC leader left long ago is locked and revoked at once when recorded late', async () => {
    clock.set('2026-01-05T02:00:00Z');
    const o = await official('Trương Văn Chủ Tịch', 'ubnd_nh');
    clock.set('2027-06-01T00:00:00Z');
    const { official: recorded } = await accounts().recordLeaving(dic, o.id, new Date('2026-05-01T00:00:00Z'), true, 'late');
    expect(recorded.status).toBe('REVOKED');
    const events = (await t.hub.services().audit.eventsOf('official', [o.id])).get(o.id)!;
    expect(events.map((event) => event.action)).toEqual([
      'official.created',
      'official.password_changed',
      'official.leaving_recorded',
      'official.revoked',
    ]);
  });

  it('recordLeaving through GraphQL takes the leaving date and says when the lock and revocation fall', async () => {
    clock.set('2026-01-05T02:00:00Z');
    const o = await official('Phí Văn Hưu', 'sotp');
    const token = await t.signIn('ninhthuan', 'thunghiem');
    const result = await t.gql(
      RecordLeavingDocument,
      { official: o.id, leftAt: '2030-01-01T00:00:00.000Z', isLeader: true, requestReference: 'nghỉ hưu' },
      token,
    );
    expect(result.data?.recordLeaving.official).toMatchObject({
      status: 'ACTIVE',
      leftAt: '2030-01-01T00:00:00.000Z',
      lockDueAt: '2030-02-01T00:00:00.000Z',
      revokeDueAt: '2031-01-01T00:00:00.000Z',
    });
    const twice = await t.gql(
      RecordLeavingDocument,
      { official: o.id, leftAt: '2030-01-01T00:00:00.000Z', isLeader: true, requestReference: 'x' },
      token,
    );
    expect(twice.data?.recordLeaving.error?.code).toBe('CONFLICT');
  });

  it('the audit chain stays intact through every lifecycle change', async () => {
    expect(await t.hub.services().audit.verify()).toMatchObject({ intact: true });
  });
});

import { addWorkingDays } from '../../src/modules/access/service';
import {
  AccessRequestInboxDocument,
  DatasetRowsDocument,
  DecideAccessRequestDocument,
  MyAccessRequestsDocument,
  OverdueAccessRequestsDocument,
  RevokeGrantDocument,
  SubmitAccessRequestDocument,
  WithdrawAccessRequestDocument,
  type DatasetRowsQueryVariables,
  type SubmitAccessRequestInput,
} from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { datasetWithVersion, eForm, TestClock } from './fixtures';

const restricted = 'nt-ho-so-han-che';
const csv = 'xa,so_ho_so,can_bo_xu_ly\nPhan Rang,12,Nguyễn Văn An\nNinh Hải,7,Trần Thị Bình\nThuận Bắc,3,Lê Văn Cường\n';

describe('the e-form between two agencies (002 §27.2, §26, §28)', () => {
  const clock = new TestClock();
  let t: TestHub;
  /** catinh (police) steward, sotttt steward (owner), soyt steward, vpub steward, DIC of Ninh Thuận. */
  const token: Record<'police' | 'owner' | 'health' | 'ppc' | 'dic', string> = { police: '', owner: '', health: '', ppc: '', dic: '' };
  const t0 = new Date(Math.floor(Date.now() / 1000) * 1000);
  let requestId = '';
  let grant = { id: '', validTo: '' };

  beforeAll(async () => {
    t = await startTestHub({ seed: true, clock });
    token.police = await t.signIn('ninhthuan', 'thividu');
    token.owner = await t.signIn('ninhthuan', 'vankiemthu');
    token.health = await t.signIn('ninhthuan', 'vanthidiem');
    token.ppc = await t.signIn('ninhthuan', 'vangiadinh');
    token.dic = await t.signIn('ninhthuan', 'thunghiem');
    await datasetWithVersion(t, token.owner, restricted, csv);
    await datasetWithVersion(t, token.owner, 'nt-ho-so-thu-phi', 'xa,so_ho_so\nPhan Rang,1\n', {
      fee: 'CHARGED',
      feeNote: '50.000 đồng mỗi lần cung cấp',
    });
    await datasetWithVersion(t, token.owner, 'nt-ho-so-ca-nhan', 'xa,so_ho_so\nPhan Rang,2\n', { accessLevel: 'PERSONAL' });
    await datasetWithVersion(t, token.owner, 'nt-ho-so-mo', 'xa,so_ho_so\nPhan Rang,3\n', { accessLevel: 'PUBLIC' });
    clock.set(t0);
  });

  afterAll(() => t.close());

  async function submit(input: SubmitAccessRequestInput, as = token.police) {
    return (await t.gql(SubmitAccessRequestDocument, { input }, as)).data!.submitAccessRequest;
  }

  async function problemsOf(input: SubmitAccessRequestInput, as = token.police) {
    const result = await submit(input, as);
    expect(result.request).toBeNull();
    return result.error?.inputErrors.map((problem) => problem.field) ?? [];
  }

  async function read(as: string, variables: Omit<DatasetRowsQueryVariables, 'slug'> = {}) {
    return t.gql(DatasetRowsDocument, { slug: restricted, ...variables }, as);
  }

  it('002 §27.2: the e-form is for RESTRICTED data of another agency; PUBLIC is open data, PERSONAL needs consent', async () => {
    const publicData = await submit(eForm('nt-ho-so-mo', { requestedColumns: ['xa'] }));
    expect(publicData.error?.inputErrors[0]).toMatchObject({ field: 'datasetSlug', message: expect.stringContaining('open data') });
    const personal = await submit(eForm('nt-ho-so-ca-nhan', { requestedColumns: ['xa'] }));
    expect(personal.error?.inputErrors[0]).toMatchObject({ field: 'datasetSlug', message: expect.stringContaining('consent') });
    expect(await problemsOf(eForm(restricted), token.owner)).toEqual(['datasetSlug']);
    expect(await problemsOf(eForm('nt-khong-co'))).toEqual(['datasetSlug']);
  });

  it('002 §27.2: field-level errors: unknown columns named, the period’s order, a contact, required texts', async () => {
    const unknown = await submit(eForm(restricted, { requestedColumns: ['xa', 'so_cccd'] }));
    expect(unknown.error?.inputErrors).toEqual([{ field: 'requestedColumns', message: expect.stringContaining('"so_cccd"') }]);
    expect(await problemsOf(eForm(restricted, { periodFrom: '2026-06-01', periodTo: '2026-05-31' }))).toEqual(['periodTo']);
    expect(await problemsOf(eForm(restricted, { periodFrom: '2026-02-30' }))).toEqual(['periodFrom']);
    expect(await problemsOf(eForm(restricted, { contactEmail: null, contactPhone: null }))).toEqual(['contactEmail']);
    expect(await problemsOf(eForm(restricted, { purpose: ' ', legalBasis: '' }))).toEqual(['purpose', 'legalBasis']);
  });

  it('002 §28.1: no request without the undertaking not to pass the data on', async () => {
    const result = await submit(eForm(restricted, { noOnwardSharing: false }));
    expect(result.error?.inputErrors).toEqual([{ field: 'noOnwardSharing', message: expect.stringContaining('002 §28.1') }]);
  });

  it('002 §28.3: a CHARGED dataset needs its fees acknowledged', async () => {
    const form = eForm('nt-ho-so-thu-phi', { requestedColumns: ['xa'] });
    const result = await submit(form);
    expect(result.error?.inputErrors).toEqual([{ field: 'feesAcknowledged', message: expect.stringContaining('50.000') }]);
    const acknowledged = await submit({ ...form, feesAcknowledged: true });
    expect(acknowledged.request).toMatchObject({ state: 'PENDING', feesAcknowledged: true });
    const withdrawn = await t.gql(WithdrawAccessRequestDocument, { id: acknowledged.request!.id }, token.police);
    expect(withdrawn.data?.withdrawAccessRequest.request?.state).toBe('WITHDRAWN');
  });

  it('002 §27.2: catinh requests sotttt’s restricted dataset: PENDING, in the owner’s inbox only, and audited', async () => {
    const result = await submit(eForm(restricted));
    expect(result.error).toBeNull();
    expect(result.request).toMatchObject({
      state: 'PENDING',
      requesterKind: 'AGENCY',
      requesterAgency: { code: 'catinh' },
      datasetSlug: restricted,
      requestedColumns: ['xa', 'so_ho_so', 'can_bo_xu_ly'],
      noOnwardSharing: true,
      grant: null,
    });
    requestId = result.request!.id;
    const inbox = await t.gql(AccessRequestInboxDocument, {}, token.owner);
    expect(inbox.data?.accessRequestInbox.map((request) => request.id)).toEqual([requestId]);
    const otherInbox = await t.gql(AccessRequestInboxDocument, {}, token.health);
    expect(otherInbox.data?.accessRequestInbox).toEqual([]);
    const again = await submit(eForm(restricted));
    expect(again.error).toMatchObject({ code: 'CONFLICT' });
    const events = (await t.hub.services().audit.eventsOf('access_request', [requestId])).get(requestId)!;
    expect(events.map((event) => event.action)).toEqual(['access.requested']);
    expect(events[0].details).toMatchObject({ agency: expect.any(String), dataset: expect.any(String) });
    // Before any grant the dataset stays hidden from the requester, as before (issue 3).
    expect((await read(token.police)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('002 §27.2: REJECT without a written reason fails on `reason`; only the owner’s steward decides', async () => {
    const noReason = await t.gql(DecideAccessRequestDocument, { id: requestId, input: { decision: 'REJECT', reason: '  ' } }, token.owner);
    expect(noReason.data?.decideAccessRequest.error).toMatchObject({ code: 'BAD_USER_INPUT', inputErrors: [{ field: 'reason' }] });
    const stranger = await t.gql(
      DecideAccessRequestDocument,
      { id: requestId, input: { decision: 'REJECT', reason: 'Không' } },
      token.health,
    );
    expect(stranger.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const requester = await t.gql(
      DecideAccessRequestDocument,
      { id: requestId, input: { decision: 'REJECT', reason: 'Không' } },
      token.police,
    );
    expect(requester.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('002 §27.2: APPROVE needs the agreed period in order and columns among those requested', async () => {
    const missing = await t.gql(DecideAccessRequestDocument, { id: requestId, input: { decision: 'APPROVE' } }, token.owner);
    expect(missing.data?.decideAccessRequest.error?.inputErrors.map((problem) => problem.field)).toEqual([
      'validFrom',
      'validTo',
      'allowedColumns',
    ]);
    const wrong = await t.gql(
      DecideAccessRequestDocument,
      {
        id: requestId,
        input: { decision: 'APPROVE', validFrom: t0.toISOString(), validTo: t0.toISOString(), allowedColumns: ['xa', 'mat_khau'] },
      },
      token.owner,
    );
    expect(wrong.data?.decideAccessRequest.error?.inputErrors).toEqual([
      { field: 'validTo', message: expect.any(String) },
      { field: 'allowedColumns', message: expect.stringContaining('"mat_khau"') },
    ]);
  });

  it('002 §27.2: the owner approves a narrower period and columns; a second decision is a CONFLICT; the requester sees it', async () => {
    // From the moment of filing: an approval starts no earlier than the request (002 §27.2).
    const validFrom = t0.toISOString();
    const validTo = new Date(t0.getTime() + 3_600_000).toISOString();
    const approved = await t.gql(
      DecideAccessRequestDocument,
      { id: requestId, input: { decision: 'APPROVE', validFrom, validTo, allowedColumns: ['xa', 'so_ho_so'], reason: 'Trong 1 giờ' } },
      token.owner,
    );
    const decision = approved.data!.decideAccessRequest;
    expect(decision.error).toBeNull();
    expect(decision.request).toMatchObject({ state: 'APPROVED', decisionReason: 'Trong 1 giờ' });
    expect(decision.grant).toMatchObject({ allowedColumns: ['xa', 'so_ho_so'], validFrom, validTo, revokedAt: null });
    grant = { id: decision.grant!.id, validTo };

    const second = await t.gql(DecideAccessRequestDocument, { id: requestId, input: { decision: 'REJECT', reason: 'Đổi ý' } }, token.owner);
    expect(second.data?.decideAccessRequest.error?.code).toBe('CONFLICT');

    const mine = await t.gql(MyAccessRequestsDocument, {}, token.police);
    expect(mine.data?.myAccessRequests.find((request) => request.id === requestId)).toMatchObject({
      state: 'APPROVED',
      decisionReason: 'Trong 1 giờ',
      grant: { id: grant.id, allowedColumns: ['xa', 'so_ho_so'] },
    });
    expect((await t.gql(AccessRequestInboxDocument, {}, token.owner)).data?.accessRequestInbox).toEqual([]);
    const events = (await t.hub.services().audit.eventsOf('access_request', [requestId])).get(requestId)!;
    expect(events.map((event) => [event.action, event.reason])).toEqual([
      ['access.requested', expect.any(String)],
      ['access.approved', 'Trong 1 giờ'],
    ]);
  });

  it('002 §27.2: through the grant only the allowed columns exist: in cells, filters and sorts', async () => {
    const result = await read(token.police);
    expect(result.errors).toBeUndefined();
    expect(result.data?.datasetRows.columns.map((column) => column.name)).toEqual(['xa', 'so_ho_so']);
    expect(result.data?.datasetRows.rows).toEqual([
      ['Phan Rang', 12],
      ['Ninh Hải', 7],
      ['Thuận Bắc', 3],
    ]);
    expect(JSON.stringify(result)).not.toMatch(/can_bo_xu_ly|Nguyễn Văn An/);
    const filtered = await read(token.police, { filter: [{ column: 'can_bo_xu_ly', eq: 'Nguyễn Văn An' }] });
    expect(filtered.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const sorted = await read(token.police, { sort: [{ column: 'can_bo_xu_ly' }] });
    expect(sorted.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // The owner still reads every column.
    const owner = await read(token.owner);
    expect(owner.data?.datasetRows.columns.map((column) => column.name)).toEqual(['xa', 'so_ho_so', 'can_bo_xu_ly']);
  });

  it('every read through a grant writes one audit entry: actor, grant, dataset, columns, rows', async () => {
    const before = (await t.hub.services().audit.eventsOf('access_grant', [grant.id])).get(grant.id)!.length;
    await read(token.police, { first: 2 });
    const events = (await t.hub.services().audit.eventsOf('access_grant', [grant.id])).get(grant.id)!;
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({
      action: 'access.grant_read',
      details: { dataset: expect.any(String), columns: ['xa', 'so_ho_so'], rows: 2, version: 1 },
    });
    expect(await t.hub.services().audit.verify()).toMatchObject({ intact: true });
  });

  it('fail closed: when the audit log cannot be written, the read through a grant fails and returns no rows', async () => {
    const connection = t.hub.database.orm.em.getConnection();
    await connection.execute('alter table audit_event rename to audit_event_offline');
    try {
      const result = await read(token.police);
      expect(result.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(result.data?.datasetRows ?? null).toBeNull();
      expect(JSON.stringify(result)).not.toContain('Phan Rang');
    } finally {
      await connection.execute('alter table audit_event_offline rename to audit_event');
    }
  });

  it('002 §27.2: the grant ends at validTo: a read at validTo passes, one second later is FORBIDDEN as expired', async () => {
    clock.set(new Date(grant.validTo));
    expect((await read(token.police)).data?.datasetRows.rows).toHaveLength(3);
    clock.set(new Date(new Date(grant.validTo).getTime() + 1000));
    const late = await read(token.police);
    expect(late.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(late.errors?.[0].message).toContain('expired');
    expect(late.data?.datasetRows ?? null).toBeNull();
  });

  it('revocation is immediate: the next read is FORBIDDEN as revoked; only the owner’s steward or DIC revoke, with a reason', async () => {
    const second = await submit(eForm(restricted, { requestedColumns: ['xa'] }));
    const id = second.request!.id;
    const now = clock.now();
    const approved = await t.gql(
      DecideAccessRequestDocument,
      {
        id,
        input: {
          decision: 'APPROVE',
          validFrom: now.toISOString(),
          validTo: new Date(now.getTime() + 86_400_000).toISOString(),
          allowedColumns: ['xa'],
        },
      },
      token.owner,
    );
    const grantId = approved.data!.decideAccessRequest.grant!.id;
    expect((await read(token.police)).data?.datasetRows.columns.map((column) => column.name)).toEqual(['xa']);

    expect((await t.gql(RevokeGrantDocument, { id: grantId, reason: 'Không' }, token.health)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql(RevokeGrantDocument, { id: grantId, reason: ' ' }, token.owner)).data?.revokeGrant.error?.inputErrors).toEqual([
      { field: 'reason', message: expect.any(String) },
    ]);
    const revoked = await t.gql(RevokeGrantDocument, { id: grantId, reason: 'Vi phạm cam kết (002 §28.1)' }, token.dic);
    expect(revoked.data?.revokeGrant.grant).toMatchObject({ revokedAt: expect.any(String), revokeReason: 'Vi phạm cam kết (002 §28.1)' });
    const denied = await read(token.police);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(denied.errors?.[0].message).toContain('revoked');
    expect((await t.gql(RevokeGrantDocument, { id: grantId, reason: 'Lần hai' }, token.owner)).data?.revokeGrant.error?.code).toBe(
      'CONFLICT',
    );
  });

  it('the requester withdraws while PENDING; then it cannot be decided, and other agencies cannot withdraw it', async () => {
    const request = (await submit(eForm(restricted), token.health)).request!;
    expect((await t.gql(WithdrawAccessRequestDocument, { id: request.id }, token.police)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const withdrawn = await t.gql(WithdrawAccessRequestDocument, { id: request.id }, token.health);
    expect(withdrawn.data?.withdrawAccessRequest.request?.state).toBe('WITHDRAWN');
    expect((await t.gql(WithdrawAccessRequestDocument, { id: request.id }, token.health)).data?.withdrawAccessRequest.error?.code).toBe(
      'CONFLICT',
    );
    const decided = await t.gql(
      DecideAccessRequestDocument,
      { id: request.id, input: { decision: 'REJECT', reason: 'Muộn' } },
      token.owner,
    );
    expect(decided.data?.decideAccessRequest.error?.code).toBe('CONFLICT');
    expect((await t.gql(AccessRequestInboxDocument, {}, token.owner)).data?.accessRequestInbox).toEqual([]);
  });

  it('a rejection reaches the requester with its written reason', async () => {
    const request = (await submit(eForm(restricted), token.health)).request!;
    const reason = 'Mục đích không thuộc chức năng của Sở Y tế';
    await t.gql(DecideAccessRequestDocument, { id: request.id, input: { decision: 'REJECT', reason } }, token.owner);
    const mine = await t.gql(MyAccessRequestsDocument, {}, token.health);
    expect(mine.data?.myAccessRequests.find((mineRequest) => mineRequest.id === request.id)).toMatchObject({
      id: request.id,
      state: 'REJECTED',
      decisionReason: reason,
      grant: null,
    });
  });

  it('002 §27.2: DIC sees requests pending longer than 5 working days, to the second; others may not ask', async () => {
    const submittedAt = clock.now();
    const request = (await submit(eForm(restricted), token.ppc)).request!;
    const deadline = addWorkingDays(submittedAt, 5);
    clock.set(deadline);
    expect((await t.gql(OverdueAccessRequestsDocument, {}, token.dic)).data?.overdueAccessRequests).toEqual([]);
    clock.set(new Date(deadline.getTime() + 1000));
    const overdue = await t.gql(OverdueAccessRequestsDocument, {}, token.dic);
    expect(overdue.data?.overdueAccessRequests).toEqual([
      { id: request.id, datasetSlug: restricted, submittedAt: submittedAt.toISOString(), requesterAgency: { code: 'vpub' } },
    ]);
    expect((await t.gql(OverdueAccessRequestsDocument, {}, token.owner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('issue 17 item 6: a request filed the Wednesday before Tết 2027 is overdue only after the Tết days off are skipped', async () => {
    // Wednesday 3 February 2027, 10:00 in Vietnam; Tết is Saturday 6 February.
    clock.set(new Date('2027-02-03T03:00:00Z'));
    const request = (await submit(eForm(restricted), token.health)).request!;
    const overdueIds = async (at: string) => {
      clock.set(new Date(at));
      return (await t.gql(OverdueAccessRequestsDocument, {}, token.dic)).data?.overdueAccessRequests.map((overdue) => overdue.id);
    };
    // Five weekdays later (Wed 10 Feb) it would be overdue if Tết were counted: it is not.
    expect(await overdueIds('2027-02-12T03:00:00Z')).not.toContain(request.id);
    // Working days: Thu 4, then (5–11 off: 29 Tết to mùng 4, and two days for the weekend) Fri 12, Mon 15, Tue 16, Wed 17.
    expect(await overdueIds('2027-02-17T03:00:00Z')).not.toContain(request.id);
    expect(await overdueIds('2027-02-17T03:00:01Z')).toContain(request.id);
  });
});

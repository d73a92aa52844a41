import { addWorkingDays } from '../../src/modules/access/service';
import {
  AcceptCounterOfferDocument,
  CommentOnAccessRequestDocument,
  ConfirmAccessRequestDocument,
  CounterOfferAccessRequestDocument,
  DatasetRowsDocument,
  DecideAccessRequestDocument,
  DeclineCounterOfferDocument,
  MyNegotiatedRequestsDocument,
  NegotiatedInboxDocument,
  ProvinceAccessRequestsDocument,
  SubmitAccessRequestDocument,
  type CounterOfferAccessRequestMutationVariables,
  type SubmitAccessRequestInput,
} from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { accessToken, registerClient, registerOrganisation } from '../clients/fixtures';
import { datasetWithVersion, eForm, TestClock } from './fixtures';

const ninhThuan = 'nt-ho-so-thoa-thuan';
const binhPhuoc = 'bp-ho-so-thoa-thuan';
const csv = 'xa,so_ho_so,can_bo_xu_ly\nPhan Rang,12,Nguyễn Văn An\nNinh Hải,7,Trần Thị Bình\n';
/** Wednesday 9 December 2026, 10:00 in Vietnam: the day every request here is filed. */
const filedAt = new Date('2026-12-09T03:00:00Z');
/** The e-form asks for 15–31/12/2026 (Vietnam days). */
const requested = { periodFrom: '2026-12-15', periodTo: '2026-12-31' };
const vn = (local: string) => new Date(`${local}+07:00`);

/**
 * Issue 19 item 3: the sharing period is agreed by both sides (002 §27.2), and DIC reviews the
 * e-form with the owner (002 §27.1d). Bình Phước — whose regulation 002 is — requires DIC's
 * confirmation here (HUB_ACCESS_DIC_CONFIRMATION=binhphuoc); Ninh Thuận does not.
 */
describe('periods both sides agree (002 §27.2, §27.1d)', () => {
  const clock = new TestClock();
  let t: TestHub;
  const token = { police: '', owner: '', health: '', ppc: '', insurance: '', dic: '', bpOwner: '', bpPolice: '', bpDic: '' };

  beforeAll(async () => {
    t = await startTestHub({ seed: true, clock, env: { HUB_ACCESS_DIC_CONFIRMATION: 'binhphuoc' } });
    token.police = await t.signIn('ninhthuan', 'thividu');
    token.owner = await t.signIn('ninhthuan', 'vankiemthu');
    token.health = await t.signIn('ninhthuan', 'vanthidiem');
    token.ppc = await t.signIn('ninhthuan', 'vangiadinh');
    token.insurance = await t.signIn('ninhthuan', 'thidulieu');
    token.dic = await t.signIn('ninhthuan', 'thunghiem');
    token.bpOwner = await t.signIn('binhphuoc', 'vanvidu');
    token.bpPolice = await t.signIn('binhphuoc', 'thimau');
    token.bpDic = await t.signIn('binhphuoc', 'thithunghiem');
    await datasetWithVersion(t, token.owner, ninhThuan, csv);
    await datasetWithVersion(t, token.bpOwner, binhPhuoc, 'xa,so_ho_so,can_bo_xu_ly\nĐồng Xoài,9,Phạm Văn Dũng\n', {
      contactEmail: 'cntt.sotttt@binhphuoc.gov.vn',
    });
    clock.set(filedAt);
  });

  afterAll(() => t.close());

  async function submit(as: string, overrides: Partial<SubmitAccessRequestInput> = {}, slug = ninhThuan): Promise<string> {
    const result = await t.gql(SubmitAccessRequestDocument, { input: eForm(slug, { ...requested, ...overrides }) }, as);
    const id = result.data?.submitAccessRequest.request?.id;
    if (!id) throw new Error(`request failed: ${JSON.stringify(result)}`);
    return id;
  }

  function approve(id: string, validFrom: Date, validTo: Date, allowedColumns = ['xa', 'so_ho_so'], as = token.owner) {
    return t.gql(
      DecideAccessRequestDocument,
      { id, input: { decision: 'APPROVE', validFrom: validFrom.toISOString(), validTo: validTo.toISOString(), allowedColumns } },
      as,
    );
  }

  function counterOffer(id: string, overrides: Partial<CounterOfferAccessRequestMutationVariables> = {}, as = token.owner) {
    return t.gql(
      CounterOfferAccessRequestDocument,
      {
        id,
        period: { validFrom: vn('2027-01-01T00:00:00').toISOString(), validTo: vn('2027-06-30T23:59:59').toISOString() },
        columns: ['xa', 'so_ho_so'],
        note: 'Dữ liệu tháng 12 chưa chốt; cung cấp từ tháng 1/2027',
        ...overrides,
      },
      as,
    );
  }

  async function mine(as: string, id: string) {
    const result = await t.gql(MyNegotiatedRequestsDocument, {}, as);
    return result.data!.myAccessRequests.find((request) => request.id === id)!;
  }

  async function actions(id: string) {
    return ((await t.hub.services().audit.eventsOf('access_request', [id])).get(id) ?? []).map((event) => event.action);
  }

  it('002 §27.2: approval outside the requested period is refused naming the field, pointing to the counter-offer', async () => {
    const id = await submit(token.police);
    // The case of issue 19: a grant from 1/11/2026 (before the request existed) to 31/12/2031.
    const wide = await approve(id, vn('2026-11-01T00:00:00'), vn('2031-12-31T23:59:59'));
    expect(wide.data?.decideAccessRequest.error?.inputErrors).toEqual([
      { field: 'validFrom', message: expect.stringContaining('counterOfferAccessRequest') },
      { field: 'validTo', message: expect.stringContaining('counterOfferAccessRequest') },
    ]);
    // On the day of filing but before the requested first day; a column nobody asked for.
    const early = await approve(id, vn('2026-12-09T00:00:00'), vn('2026-12-20T00:00:00'), ['xa', 'mat_khau']);
    expect(early.data?.decideAccessRequest.error?.inputErrors.map((problem) => problem.field)).toEqual(['validFrom', 'allowedColumns']);
    // One second past the requested last day, Vietnam time.
    const late = await approve(id, vn('2026-12-15T00:00:00'), vn('2027-01-01T00:00:00'));
    expect(late.data?.decideAccessRequest.error?.inputErrors.map((problem) => problem.field)).toEqual(['validTo']);
    expect((await mine(token.police, id)).state).toBe('PENDING');
    // Exactly the requested days: granted at once in Ninh Thuận, which needs no DIC confirmation.
    const within = await approve(id, vn('2026-12-15T00:00:00'), vn('2026-12-31T23:59:59'));
    expect(within.data?.decideAccessRequest).toMatchObject({
      error: null,
      request: { state: 'APPROVED' },
      grant: { validFrom: vn('2026-12-15T00:00:00').toISOString(), validTo: vn('2026-12-31T23:59:59').toISOString() },
    });
  });

  it('002 §27.2: a request filed after its period began is approved from the day of filing, not before', async () => {
    const id = await submit(token.health, { periodFrom: '2026-12-01' });
    const before = await approve(id, vn('2026-12-08T23:59:59'), vn('2026-12-31T00:00:00'));
    expect(before.data?.decideAccessRequest.error?.inputErrors).toEqual([
      { field: 'validFrom', message: expect.stringContaining('2026-12-09') },
    ]);
    const fromFiling = await approve(id, vn('2026-12-09T00:00:00'), vn('2026-12-31T00:00:00'));
    expect(fromFiling.data?.decideAccessRequest.request?.state).toBe('APPROVED');
  });

  it('002 §27.2: a counter-offered period accepted by the requester becomes the grant’s period', async () => {
    const id = await submit(token.ppc);
    const invalid = await counterOffer(id, {
      period: { validFrom: vn('2026-12-08T00:00:00').toISOString(), validTo: vn('2027-06-30T00:00:00').toISOString() },
      columns: ['xa', 'mat_khau'],
    });
    expect(invalid.data?.counterOfferAccessRequest.error?.inputErrors.map((problem) => problem.field)).toEqual(['validFrom', 'columns']);
    expect((await counterOffer(id, {}, token.health)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const offered = await counterOffer(id);
    expect(offered.data?.counterOfferAccessRequest.request).toMatchObject({
      state: 'COUNTER_OFFERED',
      grant: null,
      counterOffer: {
        state: 'OPEN',
        columns: ['xa', 'so_ho_so'],
        validFrom: vn('2027-01-01T00:00:00').toISOString(),
        expiresAt: addWorkingDays(filedAt, 10).toISOString(),
      },
    });
    // Both sides see it: the requester's list and the owner's inbox.
    expect(await mine(token.ppc, id)).toMatchObject({ state: 'COUNTER_OFFERED', counterOffer: { state: 'OPEN' } });
    const inbox = await t.gql(NegotiatedInboxDocument, {}, token.owner);
    expect(inbox.data?.accessRequestInbox.find((request) => request.id === id)?.counterOffer?.note).toContain('tháng 1/2027');
    // Only the requester answers; the owner cannot approve over its own offer.
    expect((await t.gql(AcceptCounterOfferDocument, { id }, token.owner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await approve(id, vn('2026-12-15T00:00:00'), vn('2026-12-31T00:00:00'))).data?.decideAccessRequest.error?.code).toBe(
      'CONFLICT',
    );

    const accepted = await t.gql(AcceptCounterOfferDocument, { id }, token.ppc);
    const period = { validFrom: vn('2027-01-01T00:00:00').toISOString(), validTo: vn('2027-06-30T23:59:59').toISOString() };
    expect(accepted.data?.acceptCounterOffer).toMatchObject({
      error: null,
      request: { state: 'APPROVED', agreedFrom: period.validFrom, agreedTo: period.validTo, counterOffer: { state: 'ACCEPTED' } },
      grant: { ...period, allowedColumns: ['xa', 'so_ho_so'] },
    });
    expect((await t.gql(AcceptCounterOfferDocument, { id }, token.ppc)).data?.acceptCounterOffer.error?.code).toBe('CONFLICT');
    expect(await actions(id)).toEqual(['access.requested', 'access.counter_offered', 'access.counter_offer_accepted']);
  });

  it('002 §27.2: a declined counter-offer goes back to the owner, who may refuse in writing', async () => {
    const id = await submit(token.insurance);
    await counterOffer(id);
    const declined = await t.gql(DeclineCounterOfferDocument, { id, note: 'Cần dữ liệu tháng 12' }, token.insurance);
    expect(declined.data?.declineCounterOffer.request).toMatchObject({
      state: 'PENDING',
      counterOffer: { state: 'DECLINED', answerNote: 'Cần dữ liệu tháng 12' },
      grant: null,
    });
    const refused = await t.gql(
      DecideAccessRequestDocument,
      { id, input: { decision: 'REJECT', reason: 'Chưa chốt số liệu' } },
      token.owner,
    );
    expect(refused.data?.decideAccessRequest.request?.state).toBe('REJECTED');
    expect(await actions(id)).toEqual(['access.requested', 'access.counter_offered', 'access.counter_offer_declined', 'access.rejected']);
  });

  it('002 §27.2: a counter-offer left unanswered expires and no grant exists', async () => {
    const id = await submit(token.police);
    const offer = (await counterOffer(id)).data!.counterOfferAccessRequest.request!.counterOffer!;
    clock.set(new Date(offer.expiresAt as string));
    expect(await mine(token.police, id)).toMatchObject({ state: 'COUNTER_OFFERED', counterOffer: { state: 'OPEN' } });
    clock.set(new Date(new Date(offer.expiresAt as string).getTime() + 1000));
    // The sweep's work (jobs/counter-offer-sweep.ts), once per expiry however often it runs.
    expect(await t.hub.services().access.negotiation.expireDue()).toBe(1);
    expect(await t.hub.services().access.negotiation.expireDue()).toBe(0);
    expect(await mine(token.police, id)).toMatchObject({ state: 'EXPIRED', counterOffer: { state: 'EXPIRED' }, grant: null });
    const late = await t.gql(AcceptCounterOfferDocument, { id }, token.police);
    expect(late.data?.acceptCounterOffer).toMatchObject({
      grant: null,
      error: { code: 'CONFLICT', message: expect.stringContaining('expired') },
    });
    expect(await actions(id)).toEqual(['access.requested', 'access.counter_offered', 'access.counter_offer_expired']);
    // The request no longer blocks a new one.
    await submit(token.police, { periodFrom: '2027-01-01', periodTo: '2027-01-31' });
    clock.set(filedAt);
  });

  it('002 §27.2, §27.1b: a partner organisation answers the counter-offer through its API client; the grant is its own', async () => {
    const organisation = await registerOrganisation(t, token.dic);
    const partner = await accessToken(t, await registerClient(t, token.dic, organisation, ['ROWS_READ']));
    const id = await submit(partner);
    await counterOffer(id);
    const asked = await t.gql(CommentOnAccessRequestDocument, { id, body: 'Có thể bắt đầu từ 20/12?' }, partner);
    expect(asked.data?.commentOnAccessRequest.comment).toMatchObject({ authorRole: 'REQUESTER' });
    expect((await t.gql(AcceptCounterOfferDocument, { id }, token.police)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const accepted = await t.gql(AcceptCounterOfferDocument, { id }, partner);
    expect(accepted.data?.acceptCounterOffer).toMatchObject({
      request: { state: 'APPROVED' },
      grant: { allowedColumns: ['xa', 'so_ho_so'] },
    });
    const [grant] = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute<{ grantee_organisation_id: string }[]>('select grantee_organisation_id from access_grant where request_id = ?', [id]);
    expect(grant.grantee_organisation_id).toBe(organisation);
    const events = (await t.hub.services().audit.eventsOf('access_request', [id])).get(id)!;
    expect(events.find((event) => event.action === 'access.counter_offer_accepted')?.details).toMatchObject({ organisation });
  });

  it('002 §27.1d: DIC sees a new request of its province on the day it is filed; comments are visible to both parties and DIC', async () => {
    const id = await submit(token.health, { requestedColumns: ['xa'] });
    const seen = await t.gql(ProvinceAccessRequestsDocument, {}, token.dic);
    expect(seen.data?.provinceAccessRequests.find((request) => request.id === id)).toMatchObject({
      state: 'PENDING',
      submittedAt: filedAt.toISOString(),
    });
    const elsewhere = await t.gql(ProvinceAccessRequestsDocument, {}, token.bpDic);
    expect(elsewhere.data?.provinceAccessRequests.map((request) => request.id)).not.toContain(id);
    expect((await t.gql(ProvinceAccessRequestsDocument, {}, token.owner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const comments = [
      [token.dic, 'Đề nghị bổ sung căn cứ pháp lý (please add the legal basis)'],
      [token.owner, 'Đồng ý với ý kiến của Sở'],
      [token.health, 'Đã bổ sung: Luật Khám bệnh, chữa bệnh 2023'],
    ];
    for (const [minute, [as, body]] of comments.entries()) {
      clock.set(new Date(filedAt.getTime() + (minute + 1) * 60_000));
      expect((await t.gql(CommentOnAccessRequestDocument, { id, body }, as)).data?.commentOnAccessRequest.error).toBeNull();
    }
    const at = (minute: number) => new Date(filedAt.getTime() + minute * 60_000).toISOString();
    const expected = [
      { authorRole: 'DIC', body: expect.stringContaining('căn cứ'), createdAt: at(1) },
      { authorRole: 'OWNER', body: 'Đồng ý với ý kiến của Sở', createdAt: at(2) },
      { authorRole: 'REQUESTER', body: expect.stringContaining('2023'), createdAt: at(3) },
    ];
    expect((await mine(token.health, id)).comments).toEqual(expected);
    const inbox = await t.gql(NegotiatedInboxDocument, {}, token.owner);
    expect(inbox.data?.accessRequestInbox.find((request) => request.id === id)?.comments).toEqual(expected);
    const dicView = await t.gql(ProvinceAccessRequestsDocument, { states: ['PENDING'] }, token.dic);
    expect(dicView.data?.provinceAccessRequests.find((request) => request.id === id)?.comments).toEqual(expected);

    expect((await t.gql(CommentOnAccessRequestDocument, { id, body: 'Tôi cũng muốn' }, token.police)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await t.gql(CommentOnAccessRequestDocument, { id, body: 'Sở khác' }, token.bpDic)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const empty = await t.gql(CommentOnAccessRequestDocument, { id, body: '  ' }, token.dic);
    expect(empty.data?.commentOnAccessRequest.error?.inputErrors).toEqual([{ field: 'body', message: expect.any(String) }]);
    expect(await actions(id)).toEqual(['access.requested', 'access.commented', 'access.commented', 'access.commented']);
    clock.set(filedAt);
  });

  it('002 §27.1d: DIC confirmation required and given; refused', async () => {
    const read = () => t.gql(DatasetRowsDocument, { slug: binhPhuoc }, token.bpPolice);
    const id = await submit(token.bpPolice, {}, binhPhuoc);
    const approved = await approve(id, vn('2026-12-15T00:00:00'), vn('2026-12-31T23:59:59'), ['xa'], token.bpOwner);
    expect(approved.data?.decideAccessRequest).toMatchObject({ request: { state: 'AWAITING_DIC' }, grant: null });
    expect(await mine(token.bpPolice, id)).toMatchObject({ state: 'AWAITING_DIC', agreedColumns: ['xa'], grant: null });
    clock.set(vn('2026-12-16T09:00:00'));
    expect((await read()).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const queue = await t.gql(ProvinceAccessRequestsDocument, { states: ['AWAITING_DIC'] }, token.bpDic);
    expect(queue.data?.provinceAccessRequests.map((request) => request.id)).toEqual([id]);
    const confirm = { decision: 'CONFIRM' as const, reason: 'Phù hợp mục đích' };
    expect((await t.gql(ConfirmAccessRequestDocument, { id, input: confirm }, token.dic)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(ConfirmAccessRequestDocument, { id, input: confirm }, token.bpOwner)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    const confirmed = await t.gql(ConfirmAccessRequestDocument, { id, input: confirm }, token.bpDic);
    expect(confirmed.data?.confirmAccessRequest).toMatchObject({
      error: null,
      request: { state: 'APPROVED', dicReason: 'Phù hợp mục đích', dicDecidedAt: expect.any(String) },
      grant: { allowedColumns: ['xa'], validFrom: vn('2026-12-15T00:00:00').toISOString() },
    });
    expect((await read()).data?.datasetRows.columns.map((column) => column.name)).toEqual(['xa']);
    expect(await actions(id)).toEqual(['access.requested', 'access.approved', 'access.dic_confirmed']);

    // Refused: a counter-offer accepted still waits for DIC, which refuses in writing.
    const second = await submit(token.bpPolice, { periodFrom: '2027-01-01', periodTo: '2027-01-31' }, binhPhuoc);
    await counterOffer(second, {}, token.bpOwner);
    const accepted = await t.gql(AcceptCounterOfferDocument, { id: second }, token.bpPolice);
    expect(accepted.data?.acceptCounterOffer).toMatchObject({ request: { state: 'AWAITING_DIC' }, grant: null });
    const noReason = await t.gql(ConfirmAccessRequestDocument, { id: second, input: { decision: 'REFUSE', reason: ' ' } }, token.bpDic);
    expect(noReason.data?.confirmAccessRequest.error?.inputErrors).toEqual([{ field: 'reason', message: expect.any(String) }]);
    const reason = 'Thời hạn 6 tháng vượt quá mục đích (six months exceed the purpose)';
    const refused = await t.gql(ConfirmAccessRequestDocument, { id: second, input: { decision: 'REFUSE', reason } }, token.bpDic);
    expect(refused.data?.confirmAccessRequest).toMatchObject({ request: { state: 'DIC_REFUSED', dicReason: reason }, grant: null });
    expect(await mine(token.bpPolice, second)).toMatchObject({ state: 'DIC_REFUSED', dicReason: reason, grant: null });
    expect(await actions(second)).toEqual([
      'access.requested',
      'access.counter_offered',
      'access.counter_offer_accepted',
      'access.dic_refused',
    ]);
    clock.set(filedAt);
  });
});

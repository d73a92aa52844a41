import {
  AnswerErrorReportDocument,
  CloseErrorReportDocument,
  DatasetErrorReportsDocument,
  DatasetRowsDocument,
  DecideOnwardSharingDocument,
  FileErrorReportDocument,
  GrantUsageReportDocument,
  MyOnwardSharingRequestsDocument,
  OnwardSharingInboxDocument,
  RequestOnwardSharingDocument,
  type DecideOnwardSharingInput,
  type RequestOnwardSharingInput,
} from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { datasetWithVersion, grantVia, TestClock } from './fixtures';

const restricted = 'nt-ho-so-sau-cap-quyen';
const csv = 'xa,so_ho_so,can_bo_xu_ly\nPhan Rang,12,Nguyễn Văn An\nNinh Hải,7,Trần Thị Bình\nThuận Bắc,3,Lê Văn Cường\n';

describe('after a grant: onward sharing, error reports, usage (002 §26.3, §28.4, §31.8)', () => {
  const clock = new TestClock();
  let t: TestHub;
  const token = { police: '', owner: '', health: '', dic: '', otherDic: '' };
  const t0 = new Date(Math.floor(Date.now() / 1000) * 1000);
  const validTo = new Date(t0.getTime() + 3_600_000);
  let grantId = '';

  beforeAll(async () => {
    t = await startTestHub({ seed: true, clock });
    token.police = await t.signIn('ninhthuan', 'thividu');
    token.owner = await t.signIn('ninhthuan', 'vankiemthu');
    token.health = await t.signIn('ninhthuan', 'vanthidiem');
    token.dic = await t.signIn('ninhthuan', 'thunghiem');
    token.otherDic = await t.signIn('binhphuoc', 'thithunghiem');
    await datasetWithVersion(t, token.owner, restricted, csv);
    clock.set(t0);
    grantId = await grantVia(t, { requester: token.police, owner: token.owner }, restricted, ['xa', 'so_ho_so'], {
      validFrom: t0,
      validTo,
    });
  });

  afterAll(() => t.close());

  const sharing = (overrides: Partial<RequestOnwardSharingInput> = {}): RequestOnwardSharingInput => ({
    grantId,
    thirdPartyName: 'Công ty TNHH Khảo sát Ví Dụ',
    thirdPartyTaxCode: '0312345678',
    purpose: 'Khảo sát mức độ hài lòng (a satisfaction survey)',
    columns: ['xa'],
    ...overrides,
  });

  async function requestSharing(overrides: Partial<RequestOnwardSharingInput> = {}, as = token.police) {
    return (await t.gql(RequestOnwardSharingDocument, { input: sharing(overrides) }, as)).data!.requestOnwardSharing;
  }

  const decide = (id: string, input: DecideOnwardSharingInput, as: string) => t.gql(DecideOnwardSharingDocument, { id, input }, as);

  it('002 §26.3 onward sharing: only the grantee agency asks, for its grant, within the grant’s columns, naming the third party', async () => {
    const stranger = await t.gql(RequestOnwardSharingDocument, { input: sharing() }, token.health);
    expect(stranger.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const outside = await requestSharing({ columns: ['xa', 'can_bo_xu_ly'] });
    expect(outside.error?.inputErrors).toEqual([{ field: 'columns', message: expect.stringContaining('"can_bo_xu_ly"') }]);
    const unnamed = await requestSharing({ thirdPartyName: ' ', purpose: '' });
    expect(unnamed.error?.inputErrors.map((problem) => problem.field)).toEqual(['thirdPartyName', 'purpose']);
    const anonymous = await t.gql(RequestOnwardSharingDocument, { input: sharing() });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('002 §26.3 onward sharing needs both DIC and the owner: one consent leaves it PENDING, the second makes it effective', async () => {
    const asked = await requestSharing();
    expect(asked.error).toBeNull();
    expect(asked.request).toMatchObject({
      state: 'PENDING',
      datasetSlug: restricted,
      requesterAgency: { code: 'catinh' },
      columns: ['xa'],
    });
    const id = asked.request!.id;
    expect((await t.gql(OnwardSharingInboxDocument, {}, token.owner)).data?.onwardSharingInbox.map((item) => item.id)).toContain(id);

    const owner = await decide(id, { party: 'OWNER', answer: 'CONSENT' }, token.owner);
    expect(owner.data?.decideOnwardSharing.request).toMatchObject({
      state: 'PENDING',
      ownerConsent: 'CONSENT',
      dicConsent: null,
      effectiveAt: null,
    });
    expect((await t.gql(OnwardSharingInboxDocument, {}, token.owner)).data?.onwardSharingInbox.map((item) => item.id)).not.toContain(id);
    expect((await t.gql(OnwardSharingInboxDocument, {}, token.dic)).data?.onwardSharingInbox.map((item) => item.id)).toContain(id);

    const dic = await decide(id, { party: 'DIC', answer: 'CONSENT' }, token.dic);
    expect(dic.data?.decideOnwardSharing.request).toMatchObject({
      state: 'APPROVED',
      dicConsent: 'CONSENT',
      ownerConsent: 'CONSENT',
      effectiveAt: clock.now().toISOString(),
    });
    const mine = await t.gql(MyOnwardSharingRequestsDocument, {}, token.police);
    expect(mine.data?.myOnwardSharingRequests.find((item) => item.id === id)).toMatchObject({ state: 'APPROVED' });
    expect((await t.gql(MyOnwardSharingRequestsDocument, {}, token.health)).data?.myOnwardSharingRequests).toEqual([]);
    const events = (await t.hub.services().audit.eventsOf('onward_sharing_request', [id])).get(id)!;
    expect(events.map((event) => [event.action, event.details.party ?? null])).toEqual([
      ['access.onward_sharing_requested', null],
      ['access.onward_sharing_consented', 'OWNER'],
      ['access.onward_sharing_consented', 'DIC'],
    ]);
  });

  it('002 §26.3 either party may refuse, only with a reason; the refusal ends the request and the requester sees it', async () => {
    const id = (await requestSharing()).request!.id;
    const bare = await decide(id, { party: 'DIC', answer: 'REFUSE', reason: '  ' }, token.dic);
    expect(bare.data?.decideOnwardSharing.error).toMatchObject({ code: 'BAD_USER_INPUT', inputErrors: [{ field: 'reason' }] });
    const reason = 'Bên thứ ba không có chức năng phù hợp';
    const refused = await decide(id, { party: 'DIC', answer: 'REFUSE', reason }, token.dic);
    expect(refused.data?.decideOnwardSharing.request).toMatchObject({ state: 'REJECTED', dicConsent: 'REFUSE', dicReason: reason });
    const late = await decide(id, { party: 'OWNER', answer: 'CONSENT' }, token.owner);
    expect(late.data?.decideOnwardSharing.error?.code).toBe('CONFLICT');
    const mine = await t.gql(MyOnwardSharingRequestsDocument, {}, token.police);
    expect(mine.data?.myOnwardSharingRequests.find((item) => item.id === id)).toMatchObject({ state: 'REJECTED', dicReason: reason });
  });

  it('002 §26.3 only DIC of the dataset’s province answers as DIC, only the owner’s steward as OWNER, each once', async () => {
    const id = (await requestSharing()).request!.id;
    expect((await decide(id, { party: 'OWNER', answer: 'CONSENT' }, token.health)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await decide(id, { party: 'OWNER', answer: 'CONSENT' }, token.police)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await decide(id, { party: 'DIC', answer: 'CONSENT' }, token.otherDic)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await decide(id, { party: 'DIC', answer: 'CONSENT' }, token.owner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await decide(id, { party: 'OWNER', answer: 'CONSENT' }, token.owner)).data?.decideOnwardSharing.error).toBeNull();
    expect(
      (await decide(id, { party: 'OWNER', answer: 'REFUSE', reason: 'Đổi ý' }, token.owner)).data?.decideOnwardSharing.error,
    ).toMatchObject({
      code: 'CONFLICT',
      inputErrors: [{ field: 'party' }],
    });
  });

  it('002 §28.4 error reports: a grantee agency files one naming rows and columns it was supplied; others cannot', async () => {
    const bad = await t.gql(
      FileErrorReportDocument,
      { input: { datasetSlug: restricted, description: ' ', rowNumbers: [1], columns: ['can_bo_xu_ly'] } },
      token.police,
    );
    expect(bad.data?.fileErrorReport.error?.inputErrors.map((problem) => problem.field)).toEqual(['description', 'rowNumbers', 'columns']);
    const stranger = await t.gql(FileErrorReportDocument, { input: { datasetSlug: restricted, description: 'Sai số liệu' } }, token.health);
    expect(stranger.data?.fileErrorReport.error?.code).toBe('NOT_FOUND');
    expect((await t.gql(DatasetErrorReportsDocument, { slug: restricted }, token.health)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('002 §28.4 error reports: the owner’s steward answers, and report and answer are visible on the dataset to grantee, owner and DIC', async () => {
    const filed = await t.gql(
      FileErrorReportDocument,
      {
        input: {
          datasetSlug: restricted,
          description: 'Số hồ sơ của Ninh Hải không khớp sổ theo dõi',
          rowNumbers: [3, 3],
          columns: ['so_ho_so'],
        },
      },
      token.police,
    );
    const report = filed.data!.fileErrorReport.report!;
    expect(report).toMatchObject({
      status: 'OPEN',
      rowNumbers: [3],
      columns: ['so_ho_so'],
      reporterAgency: { code: 'catinh' },
      answer: null,
    });
    expect((await t.gql(AnswerErrorReportDocument, { id: report.id, answer: 'Đã sửa' }, token.police)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await t.gql(AnswerErrorReportDocument, { id: report.id, answer: ' ' }, token.owner)).data?.answerErrorReport.error?.inputErrors,
    ).toEqual([{ field: 'answer', message: expect.any(String) }]);
    const answer = 'Đã đối chiếu và sửa trong phiên bản 2';
    const answered = await t.gql(AnswerErrorReportDocument, { id: report.id, answer }, token.owner);
    expect(answered.data?.answerErrorReport.report).toMatchObject({ status: 'ANSWERED', answer, answeredAt: expect.any(String) });
    for (const viewer of [token.police, token.owner, token.dic]) {
      const seen = await t.gql(DatasetErrorReportsDocument, { slug: restricted }, viewer);
      expect(seen.data?.datasetErrorReports.find((item) => item.id === report.id)).toMatchObject({ status: 'ANSWERED', answer });
    }
    const closed = await t.gql(CloseErrorReportDocument, { id: report.id }, token.police);
    expect(closed.data?.closeErrorReport.report).toMatchObject({ status: 'CLOSED', closedAt: expect.any(String) });
    expect(
      (await t.gql(AnswerErrorReportDocument, { id: report.id, answer: 'Lần hai' }, token.owner)).data?.answerErrorReport.error?.code,
    ).toBe('CONFLICT');
    const events = (await t.hub.services().audit.eventsOf('data_error_report', [report.id])).get(report.id)!;
    expect(events.map((event) => event.action)).toEqual(['access.error_reported', 'access.error_answered', 'access.error_closed']);
  });

  it('002 §31.8 usage report for DIC: reads, rows, last access and denied attempts per dataset and grantee, refusals recorded', async () => {
    const read = (as: string, first?: number) => t.gql(DatasetRowsDocument, { slug: restricted, ...(first ? { first } : {}) }, as);
    expect((await read(token.police, 2)).data?.datasetRows.rows).toHaveLength(2);
    const lastRead = clock.now();
    expect((await read(token.police)).data?.datasetRows.rows).toHaveLength(3);
    expect((await read(token.health)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const late = new Date(validTo.getTime() + 1000);
    clock.set(late);
    expect((await read(token.police)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const report = await t.gql(GrantUsageReportDocument, {}, token.dic);
    expect(report.errors).toBeUndefined();
    const ofDataset = report.data!.grantUsageReport.filter((row) => row.datasetSlug === restricted);
    expect(ofDataset).toEqual(
      expect.arrayContaining([
        {
          datasetSlug: restricted,
          granteeKind: 'AGENCY',
          granteeAgency: { code: 'catinh' },
          granteeOrganisation: null,
          clientIds: [],
          reads: 2,
          rowsReturned: 5,
          lastAccessAt: lastRead.toISOString(),
          deniedAttempts: 1,
          lastDeniedAt: late.toISOString(),
        },
        expect.objectContaining({ granteeAgency: { code: 'soyt' }, reads: 0, rowsReturned: 0, lastAccessAt: null, deniedAttempts: 1 }),
      ]),
    );
    expect(ofDataset).toHaveLength(2);
    expect((await t.gql(GrantUsageReportDocument, {}, token.otherDic)).data?.grantUsageReport).toEqual([]);
    expect((await t.gql(GrantUsageReportDocument, {}, token.owner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await t.hub.services().audit.verify()).toMatchObject({ intact: true });
  });
});

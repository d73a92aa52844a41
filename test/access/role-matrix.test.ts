import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AcceptCounterOfferDocument,
  AccessRequestInboxDocument,
  CommentOnAccessRequestDocument,
  ConfirmAccessRequestDocument,
  CounterOfferAccessRequestDocument,
  DeclineCounterOfferDocument,
  ProvinceAccessRequestsDocument,
  AnswerErrorReportDocument,
  CloseErrorReportDocument,
  DatasetErrorReportsDocument,
  DecideAccessRequestDocument,
  DecideOnwardSharingDocument,
  FileErrorReportDocument,
  GrantUsageReportDocument,
  MyAccessRequestsDocument,
  MyOnwardSharingRequestsDocument,
  OnwardSharingInboxDocument,
  OverdueAccessRequestsDocument,
  RequestOnwardSharingDocument,
  RevokeGrantDocument,
  SubmitAccessRequestDocument,
  WithdrawAccessRequestDocument,
} from '../generated/graphql';
import { startTestHub, type GraphQLResponse, type TestHub } from '../helpers/test-hub';
import { signedInCitizen } from '../citizens/fixtures';
import { accessToken, registerClient, registerOrganisation } from '../clients/fixtures';
import { datasetWithVersion, eForm, grantVia } from './fixtures';

/**
 * 002 §13.2: rights per agency and per function. Every role against every operation of access
 * to non-public data, on real targets: a RESTRICTED dataset of sotttt, a request, a grant, an
 * onward sharing request and an error report of catinh (the "steward of another agency").
 * ALLOWED means authorisation let it through (a CONFLICT or input error may follow);
 * NOT_FOUND means the service does not tell a stranger the target exists.
 */
const roles = {
  anonymous: null,
  'data steward, own agency': 'vankiemthu',
  'data steward, another agency': 'thividu',
  'agency viewer': 'thimophong',
  'DIC administrator': 'thunghiem',
  'PPC Office reviewer': 'vanmau',
  'platform administrator': 'minhhethong',
  // Not officials: signed in below, through OAuth2 and the Digital Citizen app.
  'partner client (rows:read)': null,
  citizen: null,
} as const;
type Role = keyof typeof roles;
type Outcome = 'ALLOWED' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'NOT_FOUND';

const A = 'ALLOWED';
const F = 'FORBIDDEN';
const U = 'UNAUTHENTICATED';
const N = 'NOT_FOUND';

/** Columns: anonymous, own steward, other steward, viewer, DIC, PPC Office, platform admin, partner client, citizen. */
type Row = [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];
const matrix: [operation: string, outcomes: Row][] = [
  ['accessRequestInbox', [U, A, A, F, F, F, F, F, F]],
  ['myAccessRequests', [U, A, A, A, A, A, A, A, F]],
  ['overdueAccessRequests', [U, F, F, F, A, F, F, F, F]],
  ['myOnwardSharingRequests', [U, A, A, A, A, A, A, F, F]],
  ['onwardSharingInbox', [U, A, A, F, A, F, F, F, F]],
  ['datasetErrorReports', [U, A, A, N, A, N, N, F, F]],
  ['grantUsageReport', [U, F, F, F, A, F, F, F, F]],
  ['submitAccessRequest', [U, A, A, A, A, A, A, A, F]],
  ['decideAccessRequest', [U, A, F, F, F, F, F, F, F]],
  ['withdrawAccessRequest', [U, F, A, F, F, F, F, F, F]],
  ['requestOnwardSharing', [U, F, A, F, F, F, F, F, F]],
  ['decideOnwardSharing as OWNER', [U, A, F, F, F, F, F, F, F]],
  ['decideOnwardSharing as DIC', [U, F, F, F, A, F, F, F, F]],
  ['fileErrorReport', [U, N, A, N, N, N, N, F, F]],
  ['answerErrorReport', [U, A, F, F, F, F, F, F, F]],
  ['closeErrorReport', [U, A, A, F, F, F, F, F, F]],
  ['revokeGrant', [U, A, F, F, A, F, F, F, F]],
  // Periods both sides agree (002 §27.2) and DIC's review (§27.1d): after decideAccessRequest above.
  ['provinceAccessRequests', [U, F, F, F, A, F, F, F, F]],
  ['counterOfferAccessRequest', [U, A, F, F, F, F, F, F, F]],
  ['acceptCounterOffer', [U, F, A, F, F, F, F, F, F]],
  ['declineCounterOffer', [U, F, A, F, F, F, F, F, F]],
  ['confirmAccessRequest', [U, F, F, F, A, F, F, F, F]],
  ['commentOnAccessRequest', [U, A, A, F, A, F, F, F, F]],
];

const slug = 'nt-ma-tran-quyen';

describe('002 §13.2 role × operation matrix for non-public data', () => {
  let t: TestHub;
  const tokens = new Map<Role, string | undefined>();
  const target = { request: '', grant: '', onward: '', report: '' };

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    for (const [role, account] of Object.entries(roles) as [Role, string | null][]) {
      tokens.set(role, account ? await t.signIn('ninhthuan', account) : undefined);
    }
    const dic = tokens.get('DIC administrator')!;
    const client = await registerClient(t, dic, await registerOrganisation(t, dic), ['ROWS_READ', 'DATASETS_READ']);
    tokens.set('partner client (rows:read)', await accessToken(t, client));
    tokens.set('citizen', await signedInCitizen(t, 'vanthu', '058090000101'));
    const owner = tokens.get('data steward, own agency')!;
    const other = tokens.get('data steward, another agency')!;
    await datasetWithVersion(t, owner, slug, 'xa,so_ho_so\nPhan Rang,12\nNinh Hải,7\n');
    const now = Date.now();
    target.grant = await grantVia(t, { requester: other, owner }, slug, ['xa', 'so_ho_so'], {
      validFrom: new Date(now),
      validTo: new Date(now + 86_400_000),
    });
    const pending = await t.gql(SubmitAccessRequestDocument, { input: eForm(slug, { requestedColumns: ['xa'] }) }, other);
    target.request = pending.data!.submitAccessRequest.request!.id;
    const onward = await t.gql(
      RequestOnwardSharingDocument,
      { input: { grantId: target.grant, thirdPartyName: 'Viện Khảo sát Ví Dụ', purpose: 'Khảo sát', columns: ['xa'] } },
      other,
    );
    target.onward = onward.data!.requestOnwardSharing.request!.id;
    const report = await t.gql(FileErrorReportDocument, { input: { datasetSlug: slug, description: 'Sai số hồ sơ' } }, other);
    target.report = report.data!.fileErrorReport.report!.id;
  });

  afterAll(() => t.close());

  const call =
    <T, V>(document: TypedDocumentNode<T, V>, variables: V) =>
    (token?: string) =>
      t.gql(document, variables, token);

  const operations: Record<string, (token?: string) => Promise<GraphQLResponse<unknown>>> = {
    accessRequestInbox: call(AccessRequestInboxDocument, {}),
    myAccessRequests: call(MyAccessRequestsDocument, {}),
    overdueAccessRequests: call(OverdueAccessRequestsDocument, {}),
    myOnwardSharingRequests: call(MyOnwardSharingRequestsDocument, {}),
    onwardSharingInbox: call(OnwardSharingInboxDocument, {}),
    datasetErrorReports: call(DatasetErrorReportsDocument, { slug }),
    grantUsageReport: call(GrantUsageReportDocument, {}),
    submitAccessRequest: call(SubmitAccessRequestDocument, { input: eForm(slug, { requestedColumns: ['xa'] }) }),
    decideAccessRequest: (token) =>
      t.gql(DecideAccessRequestDocument, { id: target.request, input: { decision: 'REJECT', reason: 'Ngoài phạm vi' } }, token),
    withdrawAccessRequest: (token) => t.gql(WithdrawAccessRequestDocument, { id: target.request }, token),
    requestOnwardSharing: (token) =>
      t.gql(
        RequestOnwardSharingDocument,
        { input: { grantId: target.grant, thirdPartyName: 'Công ty Ví Dụ', purpose: 'Phân tích', columns: ['xa'] } },
        token,
      ),
    'decideOnwardSharing as OWNER': (token) =>
      t.gql(DecideOnwardSharingDocument, { id: target.onward, input: { party: 'OWNER', answer: 'CONSENT' } }, token),
    'decideOnwardSharing as DIC': (token) =>
      t.gql(DecideOnwardSharingDocument, { id: target.onward, input: { party: 'DIC', answer: 'CONSENT' } }, token),
    fileErrorReport: call(FileErrorReportDocument, { input: { datasetSlug: slug, description: 'Thiếu dòng' } }),
    answerErrorReport: (token) => t.gql(AnswerErrorReportDocument, { id: target.report, answer: 'Đã sửa' }, token),
    closeErrorReport: (token) => t.gql(CloseErrorReportDocument, { id: target.report }, token),
    revokeGrant: (token) => t.gql(RevokeGrantDocument, { id: target.grant, reason: 'Kết thúc' }, token),
    provinceAccessRequests: call(ProvinceAccessRequestsDocument, {}),
    counterOfferAccessRequest: (token) =>
      t.gql(
        CounterOfferAccessRequestDocument,
        { id: target.request, period: { validFrom: new Date(), validTo: new Date(Date.now() + 86_400_000) }, columns: ['xa'] },
        token,
      ),
    acceptCounterOffer: (token) => t.gql(AcceptCounterOfferDocument, { id: target.request }, token),
    declineCounterOffer: (token) => t.gql(DeclineCounterOfferDocument, { id: target.request }, token),
    confirmAccessRequest: (token) =>
      t.gql(ConfirmAccessRequestDocument, { id: target.request, input: { decision: 'REFUSE', reason: 'Không phù hợp' } }, token),
    commentOnAccessRequest: (token) => t.gql(CommentOnAccessRequestDocument, { id: target.request, body: 'Ý kiến' }, token),
  };
  /** A coded refusal, thrown or as payload error; anything else passed authorisation. */
  function outcomeOf(response: GraphQLResponse<unknown>): Outcome {
    const thrown = response.errors?.[0]?.extensions?.code;
    if (thrown === F || thrown === U || thrown === N) return thrown;
    const payload = Object.values((response.data ?? {}) as Record<string, { error?: { code?: string } } | null>)[0];
    return payload && !Array.isArray(payload) && payload.error?.code === N ? N : A;
  }

  const roleNames = Object.keys(roles) as Role[];
  const cells = matrix.flatMap(([operation, outcomes]) =>
    outcomes.map((expected, index) => ({ operation, role: roleNames[index], expected })),
  );

  it.each(cells)('002 §13.2: $role × $operation → $expected', async ({ operation, role, expected }) => {
    expect(outcomeOf(await operations[operation](tokens.get(role)))).toBe(expected);
  });
});

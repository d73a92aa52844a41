import {
  AccessRequestInboxDocument,
  AgencySuccessionsDocument,
  DatasetOwnershipDocument,
  DecideAccessRequestDocument,
  ProposeAgencyAccountNameDocument,
  RegisterAgencyDocument,
  SubmitAccessRequestDocument,
  SucceedAgencyDocument,
  type SucceedAgencyInput,
} from '../generated/graphql';
import { datasetWithVersion, eForm } from '../access/fixtures';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const csv = (tag: string) => `xa,so_ho_so,can_bo_xu_ly\nPhước Hải,${tag.length},Nguyễn Văn A\n`;

describe('agencies: 003 §4.1 registration and REQUIREMENTS §10 mergers', () => {
  let t: TestHub;
  let dic: string;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    dic = await t.signIn('ninhthuan', 'thunghiem');
  });

  afterAll(() => t.close());

  it('003 §4.1: DIC registers an agency under the derived account name; a taken name is refused naming its holder', async () => {
    const proposal = await t.gql(
      ProposeAgencyAccountNameDocument,
      { input: { kind: 'DEPARTMENT', name: 'Sở Thông tin và Truyền thông' } },
      dic,
    );
    expect(proposal.data?.proposeAgencyAccountName).toEqual({
      accountName: 'sotttt',
      email: 'sotttt@ninhthuan.gov.vn',
      takenBy: { code: 'sotttt', name: expect.stringContaining('Thông tin') },
    });
    const taken = await t.gql(RegisterAgencyDocument, { input: { kind: 'DEPARTMENT', name: 'Sở Thông tin và Truyền thông' } }, dic);
    expect(taken.data?.registerAgency.error).toMatchObject({ code: 'CONFLICT', inputErrors: [{ field: 'abbreviation' }] });

    const division = await t.gql(
      RegisterAgencyDocument,
      { input: { kind: 'DEPARTMENT_DIVISION', name: 'Văn phòng', parentCode: 'sotttt' } },
      dic,
    );
    expect(division.data?.registerAgency.agency).toMatchObject({
      code: 'sotttt_vp',
      email: 'sotttt_vp@ninhthuan.gov.vn',
      parent: { code: 'sotttt' },
    });
    const orphan = await t.gql(RegisterAgencyDocument, { input: { kind: 'DISTRICT_DIVISION', name: 'Phòng Tư pháp' } }, dic);
    expect(orphan.data?.registerAgency.error?.inputErrors).toEqual([{ field: 'parentCode', message: expect.stringContaining('parent') }]);

    const steward = await t.signIn('ninhthuan', 'vankiemthu');
    const refused = await t.gql(RegisterAgencyDocument, { input: { kind: 'DEPARTMENT', name: 'Sở Du lịch' } }, steward);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('REQUIREMENTS §10: a successor takes over datasets, pending requests, live grants and officials, with history kept', async () => {
    const healthSteward = await t.signIn('ninhthuan', 'vanthidiem');
    const police = await t.signIn('ninhthuan', 'thividu');
    const ictSteward = await t.signIn('ninhthuan', 'vankiemthu');
    // A dataset of soyt that the police ask for (pending) …
    await datasetWithVersion(t, healthSteward, 'soyt-tiem-chung', csv('soyt-tiem-chung'), {
      ownerCode: 'soyt',
      contactEmail: 'soyt@ninhthuan.gov.vn',
    });
    const pending = await t.gql(SubmitAccessRequestDocument, { input: eForm('soyt-tiem-chung') }, police);
    expect(pending.data?.submitAccessRequest.error).toBeNull();
    // … and a grant to soyt on a dataset of sotttt.
    await datasetWithVersion(t, ictSteward, 'sotttt-mot-cua', csv('sotttt-mot-cua-2'));
    const asked = await t.gql(
      SubmitAccessRequestDocument,
      { input: eForm('sotttt-mot-cua', { contactEmail: 'soyt@ninhthuan.gov.vn' }) },
      healthSteward,
    );
    const approved = await t.gql(
      DecideAccessRequestDocument,
      {
        id: asked.data!.submitAccessRequest.request!.id,
        input: {
          decision: 'APPROVE',
          allowedColumns: ['xa'],
          // From now: an approval starts no earlier than the day the request was filed (002 §27.2).
          validFrom: new Date().toISOString(),
          validTo: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        },
      },
      ictSteward,
    );
    expect(approved.data?.decideAccessRequest.error).toBeNull();

    const successor = await t.gql(RegisterAgencyDocument, { input: { kind: 'DEPARTMENT', name: 'Sở Y tế và An toàn thực phẩm' } }, dic);
    expect(successor.data?.registerAgency.agency?.code).toBe('soytattp');

    const input: SucceedAgencyInput = {
      agencyCode: 'soyt',
      successorCode: 'soytattp',
      effectiveOn: '2025-07-01',
      reason: 'Quyết định sáp nhập số 01/QĐ-UBND (thử nghiệm)',
    };
    const succeeded = await t.gql(SucceedAgencyDocument, { input }, dic);
    expect(succeeded.data?.succeedAgency.error).toBeNull();
    expect(succeeded.data?.succeedAgency.succession).toMatchObject({
      effectiveOn: '2025-07-01',
      datasetsMoved: expect.any(Number),
      requestsMoved: 1,
      grantsMoved: 1,
      officialsMoved: expect.any(Number),
      predecessor: { code: 'soyt', validTo: '2025-06-30', successor: { code: 'soytattp' } },
      successor: { code: 'soytattp' },
    });
    expect(succeeded.data?.succeedAgency.succession?.officialsMoved).toBeGreaterThanOrEqual(1);
    expect(succeeded.data?.succeedAgency.succession?.datasetsMoved).toBeGreaterThanOrEqual(1);

    const ownership = await t.gql(DatasetOwnershipDocument, { slug: 'soyt-tiem-chung' }, dic);
    expect(ownership.data?.dataset).toMatchObject({
      owner: { code: 'soytattp' },
      ownershipHistory: [{ effectiveOn: '2025-07-01', from: { code: 'soyt' }, to: { code: 'soytattp' } }],
    });
    // The steward's account moved (same account, same name): signed in again, the inbox is the successor's.
    const inbox = await t.gql(AccessRequestInboxDocument, {}, await t.signIn('ninhthuan', 'vanthidiem'));
    expect(inbox.data?.accessRequestInbox.map((request) => request.datasetSlug)).toEqual(['soyt-tiem-chung']);

    const directory = await t.gql(AgencySuccessionsDocument, { province: 'ninhthuan' });
    const soyt = directory.data?.agencies.find((agency) => agency.code === 'soyt');
    expect(soyt?.successions).toEqual([{ effectiveOn: '2025-07-01', predecessor: { code: 'soyt' }, successor: { code: 'soytattp' } }]);

    const again = await t.gql(SucceedAgencyDocument, { input }, dic);
    expect(again.data?.succeedAgency.error).toMatchObject({ code: 'CONFLICT', inputErrors: [{ field: 'agencyCode' }] });
  });

  it('a merger needs DIC, a date that has come, a reason and agencies that exist', async () => {
    const base: SucceedAgencyInput = {
      agencyCode: 'sotttt_vp',
      successorCode: 'sotttt',
      effectiveOn: '2025-07-01',
      reason: 'Quyết định 02',
    };
    const steward = await t.signIn('ninhthuan', 'vankiemthu');
    expect((await t.gql(SucceedAgencyDocument, { input: base }, steward)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const otherProvinceDic = await t.signIn('binhphuoc', 'thithunghiem');
    expect(
      (await t.gql(SucceedAgencyDocument, { input: { ...base, provinceCode: 'ninhthuan' } }, otherProvinceDic)).errors?.[0].extensions
        ?.code,
    ).toBe('FORBIDDEN');

    const bad = await t.gql(SucceedAgencyDocument, { input: { ...base, effectiveOn: '2999-01-01', reason: ' ' } }, dic);
    expect(bad.data?.succeedAgency.error?.inputErrors?.map((problem) => problem.field)).toEqual(['effectiveOn', 'reason']);
    const unknown = await t.gql(SucceedAgencyDocument, { input: { ...base, successorCode: 'khong-co' } }, dic);
    expect(unknown.data?.succeedAgency.error?.inputErrors).toEqual([
      { field: 'successorCode', message: expect.stringContaining('no such agency') },
    ]);
  });
});

import {
  ClearDuplicateFlagDocument,
  CodeListsDocument,
  DatasetRegistryFieldsDocument,
  DuplicateFlagsDocument,
  RegisterDatasetDocument,
  SearchDatasetsDocument,
  type RegisterDatasetInput,
} from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { upload } from '../helpers/upload';

const base: RegisterDatasetInput = {
  title: 'Danh sách điểm truy cập wifi công cộng',
  description: 'Các điểm wifi miễn phí do tỉnh quản lý.',
  ownerCode: 'sotttt',
  category: 'SECTORAL',
  accessLevel: 'PUBLIC',
  licence: 'CC-BY-4.0',
};

describe('the registry (002 §3.5, §4.2, §5.2, §28.3, §30.3)', () => {
  let t: TestHub;
  let steward: string;
  let policeSteward: string;
  let dic: string;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    steward = await t.signIn('ninhthuan', 'vankiemthu');
    policeSteward = await t.signIn('ninhthuan', 'thividu');
    dic = await t.signIn('ninhthuan', 'thunghiem');
  });

  afterAll(() => t.close());

  it('002 §30.3: anything marked state-secret is refused outright', async () => {
    const result = await t.gql(RegisterDatasetDocument, { input: { ...base, slug: 'nt-mat', stateSecret: true } }, steward);
    expect(result.data?.registerDataset.error?.inputErrors).toEqual([{ field: 'stateSecret', message: expect.stringContaining('002 §30.3') }]);
  });

  it('002 §28.3: a charged dataset must state its fee', async () => {
    const result = await t.gql(RegisterDatasetDocument, { input: { ...base, slug: 'nt-phi', accessLevel: 'RESTRICTED', fee: 'CHARGED' } }, steward);
    expect(result.data?.registerDataset.error?.inputErrors.map((problem) => problem.field)).toEqual(['feeNote']);
  });

  it('002 §5.2: sector and spatial coverage must be codes of the shared code lists', async () => {
    const wrong = await t.gql(
      RegisterDatasetDocument,
      { input: { ...base, slug: 'nt-sai-ma', sector: 'vu-tru', spatialCoverage: ['586', '999'] } },
      steward,
    );
    expect(wrong.data?.registerDataset.error?.inputErrors).toEqual([
      { field: 'sector', message: expect.stringContaining('vu-tru') },
      { field: 'spatialCoverage', message: expect.stringMatching(/999/) },
    ]);
    const right = await t.gql(
      RegisterDatasetDocument,
      {
        input: {
          ...base,
          slug: 'nt-wifi',
          sector: 'thong-tin-truyen-thong',
          spatialCoverage: ['586', '587'],
          contactName: 'Phòng Bưu chính – Viễn thông',
          contactEmail: 'sotttt@ninhthuan.gov.vn',
          temporalFrom: '2024-01-01',
          temporalTo: '2024-06-30',
          // Charged data is never open data (002 §20.1g): this one is obtained by request.
          accessLevel: 'RESTRICTED',
          fee: 'CHARGED',
          feeNote: 'Phí khai thác theo biểu phí của tỉnh',
        },
      },
      steward,
    );
    expect(right.data?.registerDataset.error).toBeNull();
    const fields = await t.gql(DatasetRegistryFieldsDocument, { slug: 'nt-wifi' }, steward);
    expect(fields.data?.dataset).toMatchObject({
      sector: 'thong-tin-truyen-thong',
      spatialCoverage: ['586', '587'],
      contactEmail: 'sotttt@ninhthuan.gov.vn',
      fee: 'CHARGED',
      temporalFrom: '2024-01-01',
      temporalTo: '2024-06-30',
    });
  });

  it('shared code lists are published datasets with entries and validity dates (REQUIREMENTS §10)', async () => {
    const before = await t.gql(CodeListsDocument, { province: 'ninhthuan', validOn: '2024-06-01' });
    const units = before.data?.codeLists.find((list) => list.slug === 'dm-don-vi-hanh-chinh-ninhthuan');
    expect(units?.owner.code).toBe('sotttt');
    expect(units?.entries.map((entry) => entry.code)).toEqual(['58', '582', '584', '585', '586', '587', '588', '589']);
    expect(units?.entries.find((entry) => entry.code === '586')).toMatchObject({ label: 'Huyện Ninh Hải', parentCode: '58' });
    const categories = before.data?.codeLists.find((list) => list.slug === 'dm-loai-du-lieu-ninhthuan');
    expect(categories?.entries).toHaveLength(11);
    const afterMerger = await t.gql(CodeListsDocument, { province: 'ninhthuan', validOn: '2025-07-01' });
    expect(afterMerger.data?.codeLists.find((list) => list.slug === 'dm-don-vi-hanh-chinh-ninhthuan')?.entries).toEqual([]);
  });

  it('002 §4.2b: the same title for the same owner is refused, naming the existing dataset', async () => {
    const again = await t.gql(RegisterDatasetDocument, { input: { ...base, slug: 'nt-wifi-2', title: '  danh sach diem truy cap WIFI cong cong ' } }, steward);
    expect(again.data?.registerDataset.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('nt-wifi'), inputErrors: [{ field: 'title' }] });
  });

  it('002 §4.2b: only DIC may override a duplicate, and the override is recorded with its reason', async () => {
    const bySteward = await t.gql(RegisterDatasetDocument, { input: { ...base, slug: 'nt-wifi-2', duplicateOverrideReason: 'cần bản riêng' } }, steward);
    expect(bySteward.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byDic = await t.gql(RegisterDatasetDocument, { input: { ...base, slug: 'nt-wifi-2', duplicateOverrideReason: 'Bản lưu trữ theo yêu cầu của UBND tỉnh' } }, dic);
    expect(byDic.data?.registerDataset.error).toBeNull();
    const fields = await t.gql(DatasetRegistryFieldsDocument, { slug: 'nt-wifi-2' }, dic);
    expect(fields.data?.dataset?.duplicateOverrides).toEqual([{ kind: 'TITLE', reason: 'Bản lưu trữ theo yêu cầu của UBND tỉnh' }]);
  });

  it('002 §4.2b: a file whose content another dataset already has is refused (409) naming it, unless DIC overrides', async () => {
    const csv = 'diem,xa\nWifi chợ Phan Rang,582\n';
    expect((await upload(t, 'nt-wifi', csv, { token: steward })).status).toBe(201);
    await t.gql(RegisterDatasetDocument, { input: { ...base, slug: 'nt-wifi-ban-sao', title: 'Điểm wifi (bản sao)' } }, steward);
    const copy = await upload(t, 'nt-wifi-ban-sao', csv, { token: steward });
    expect(copy.status).toBe(409);
    expect(copy.body).toMatchObject({ error: 'CONFLICT', message: expect.stringContaining('nt-wifi') });
    const overridden = await t.hub.http.inject({
      method: 'PUT',
      url: `/datasets/nt-wifi-ban-sao/distributions?duplicateOverrideReason=${encodeURIComponent('Dữ liệu đối chứng')}`,
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${dic}` },
      payload: csv,
    });
    expect(overridden.statusCode).toBe(201);
    const fields = await t.gql(DatasetRegistryFieldsDocument, { slug: 'nt-wifi-ban-sao' }, dic);
    expect(fields.data?.dataset?.duplicateOverrides).toEqual([{ kind: 'CONTENT', reason: 'Dữ liệu đối chứng' }]);
  });

  it('002 §4.2b: a similar title of another owner is registered but flagged for DIC, who clears it', async () => {
    const similar = await t.gql(
      RegisterDatasetDocument,
      { input: { ...base, slug: 'nt-wifi-cong-an', title: 'Danh sách điểm truy cập wifi công cộng tỉnh', ownerCode: 'catinh' } },
      policeSteward,
    );
    expect(similar.data?.registerDataset.error).toBeNull();
    expect((await t.gql(DuplicateFlagsDocument, {}, steward)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const flags = await t.gql(DuplicateFlagsDocument, {}, dic);
    const flag = flags.data?.duplicateFlags.find((candidate) => candidate.dataset?.slug === 'nt-wifi-cong-an');
    expect(flag).toMatchObject({ state: 'OPEN', similarTo: { slug: expect.stringMatching(/^nt-wifi/) } });
    expect(flag!.similarity).toBeGreaterThanOrEqual(0.6);
    const cleared = await t.gql(ClearDuplicateFlagDocument, { id: flag!.id }, dic);
    expect(cleared.data?.clearDuplicateFlag.flag?.state).toBe('CLEARED');
    const after = await t.gql(DuplicateFlagsDocument, {}, dic);
    expect(after.data?.duplicateFlags.map((open) => open.id)).not.toContain(flag!.id);
  });
});

describe('search (accent-insensitive, ranked, faceted)', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
  });

  afterAll(() => t.close());

  const slugsFor = async (search: string, filter?: object) =>
    (await t.gql(SearchDatasetsDocument, { first: 50, search, filter })).data!.datasets.edges.map((edge) => edge.node.slug);

  it('finds Vietnamese words typed with or without accents ("can cuoc" finds "Căn cước")', async () => {
    expect(await slugsFor('can cuoc')).toContain('nt-cap-the-can-cuoc-cong-dan');
    expect(await slugsFor('căn cước')).toEqual(await slugsFor('can cuoc'));
    expect(await slugsFor('CĂN CƯỚC')).toEqual(await slugsFor('can cuoc'));
  });

  it('searches keywords and the owner too, and ranks title matches first', async () => {
    expect(await slugsFor('VNeID')).toContain('nt-tai-khoan-dinh-danh-dien-tu');
    const byOwner = await slugsFor('cong an tinh');
    expect(byOwner).toEqual(expect.arrayContaining(['nt-tai-khoan-dinh-danh-dien-tu', 'nt-cap-the-can-cuoc-cong-dan']));
    const ranked = await slugsFor('dinh danh');
    expect(ranked[0]).toBe('nt-tai-khoan-dinh-danh-dien-tu');
  });

  it('pages through ranked results without repeats', async () => {
    const all = await slugsFor('du lieu');
    const seen: string[] = [];
    let after: string | null | undefined;
    do {
      const page = (await t.gql(SearchDatasetsDocument, { first: 2, after, search: 'du lieu' })).data!.datasets;
      seen.push(...page.edges.map((edge) => edge.node.slug));
      // Each edge's cursor, encoded only when asked, is the one the page ends on for its last edge.
      expect(page.edges.at(-1)?.cursor).toBe(page.pageInfo.endCursor);
      after = page.pageInfo.hasNextPage ? page.edges.at(-1)!.cursor : null;
    } while (after);
    expect(seen).toEqual(all);
  });

  it('facets count every match by owner, category, sector, format and access level', async () => {
    const result = (await t.gql(SearchDatasetsDocument, { first: 1, search: 'dan cu' })).data!.datasets;
    const sum = (counts: { count: number }[]) => counts.reduce((total, facet) => total + facet.count, 0);
    expect(sum(result.facets.categories)).toBe(result.totalCount);
    expect(sum(result.facets.owners)).toBe(result.totalCount);
    expect(sum(result.facets.accessLevels)).toBe(result.totalCount);
    expect(result.facets.owners[0]).toEqual({ value: 'catinh', count: expect.any(Number) });
    expect(result.facets.formats).toEqual([{ value: 'text/csv', count: expect.any(Number) }]);
  });

  it('issue 21: facets by licence and keyword count the matches, and each filters to what it counted', async () => {
    const result = (await t.gql(SearchDatasetsDocument, { first: 1, search: 'dan cu' })).data!.datasets;
    const sum = (counts: { count: number }[]) => counts.reduce((total, facet) => total + facet.count, 0);
    expect(sum(result.facets.licences)).toBe(result.totalCount);
    expect(result.facets.keywords.length).toBeGreaterThan(0);
    const [keyword] = result.facets.keywords;
    const tagged = (await t.gql(SearchDatasetsDocument, { first: 100, search: 'dan cu', filter: { keywords: [keyword.value] } })).data!.datasets;
    expect(tagged.totalCount).toBe(keyword.count);
    const [licence] = result.facets.licences;
    const licensed = (await t.gql(SearchDatasetsDocument, { first: 100, search: 'dan cu', filter: { licences: [licence.value] } })).data!.datasets;
    expect(licensed.totalCount).toBe(licence.count);
  });

  it('filters by owner, category, sector and format', async () => {
    const police = await slugsFor('', { ownerCodes: ['catinh'] });
    expect(police.length).toBeGreaterThan(0);
    const catalogues = await slugsFor('', { categories: ['SHARED_CATALOGUE'] });
    expect(catalogues).toEqual(expect.arrayContaining(['dm-don-vi-hanh-chinh-ninhthuan', 'dm-linh-vuc-binhphuoc']));
    expect(await slugsFor('', { sectors: ['y-te'] })).toEqual(['nt-ho-so-suc-khoe-dien-tu']);
    const csv = await slugsFor('', { formats: ['text/csv'] });
    expect(csv).not.toContain('dm-don-vi-hanh-chinh-ninhthuan');
  });

  it('treats words as words: operators and SQL in a search are harmless', async () => {
    expect(await slugsFor("can' | cuoc & !")).toContain('nt-cap-the-can-cuoc-cong-dan');
    expect(await slugsFor("'); drop table dataset; --")).toEqual([]);
    expect(await slugsFor('%')).toEqual([]);
  });
});

import { startTestHub, type TestHub } from '../helpers/test-hub';
import { approveBySampleCouncil } from '../../bench/sample-council';

let t: TestHub;
const ids: Record<string, string> = {};

const entitiesQuery = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on Dataset { id slug title owner { code } }
    ... on Agency { id code provinceCode }
    ... on Province { code name }
    ... on CodeList { id slug entries { code } }
  }
}`;

async function entities(representations: object[], token?: string) {
  const response = await t.postGraphQL(
    { query: entitiesQuery, variables: { representations } },
    token ? { authorization: `Bearer ${token}` } : {},
  );
  expect(response.body.errors).toBeUndefined();
  return (response.body.data as { _entities: (Record<string, unknown> | null)[] })._entities;
}

beforeAll(async () => {
  t = await startTestHub({ seed: true });
  const { catalog } = t.hub.services().trusted;
  const base = {
    provinceCode: 'ninhthuan',
    ownerCode: 'sotttt',
    category: 'SECTORAL',
    licence: 'CC-BY-4.0',
    description: 'Kiểm thử liên kết.',
  } as const;
  const open = await catalog.upsertFromCatalog({ ...base, slug: 'lk-mo', title: 'Dữ liệu mở liên kết', accessLevel: 'PUBLIC' });
  await approveBySampleCouncil(t.hub.services(), open.slug);
  const draft = await catalog.upsertFromCatalog({ ...base, slug: 'lk-nhap', title: 'Dữ liệu nháp liên kết', accessLevel: 'PUBLIC' });
  const restricted = await catalog.upsertFromCatalog({
    ...base,
    slug: 'lk-han-che',
    title: 'Dữ liệu hạn chế liên kết',
    accessLevel: 'RESTRICTED',
  });
  const binhPhuoc = await catalog.upsertFromCatalog({
    ...base,
    provinceCode: 'binhphuoc',
    slug: 'lk-binh-phuoc',
    title: 'Dữ liệu mở liên kết Bình Phước',
    accessLevel: 'PUBLIC',
  });
  await approveBySampleCouncil(t.hub.services(), binhPhuoc.slug);
  await catalog.refreshSearchDocuments();
  Object.assign(ids, { open: open.id, draft: draft.id, restricted: restricted.id });
});

afterAll(() => t?.close());

describe('federation subgraph', () => {
  it('_service.sdl is a Federation 2 subgraph with Dataset, Agency, CodeList and Province as entities', async () => {
    const response = await t.postGraphQL({ query: '{ _service { sdl } }' });
    const sdl = (response.body.data as { _service: { sdl: string } })._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3"');
    expect(sdl).toMatch(/type Dataset\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Agency\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type CodeList\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type Province\s+@key\(fields: "code"\)/);
  });

  it('an anonymous _entities call resolves open data and returns null for unpublished, restricted and unknown datasets', async () => {
    const found = await entities([
      { __typename: 'Dataset', id: ids.open },
      { __typename: 'Dataset', id: ids.draft },
      { __typename: 'Dataset', id: ids.restricted },
      { __typename: 'Dataset', id: '00000000-0000-4000-8000-000000000000' },
      { __typename: 'Dataset', id: 'not-a-uuid' },
    ]);
    expect(found).toEqual([
      { __typename: 'Dataset', id: ids.open, slug: 'lk-mo', title: 'Dữ liệu mở liên kết', owner: { code: 'sotttt' } },
      null,
      null,
      null,
      null,
    ]);
  });

  it('_entities follows the viewer: DIC of the province sees its unpublished and restricted datasets, DIC of another province does not', async () => {
    const representations = [ids.draft, ids.restricted].map((id) => ({ __typename: 'Dataset', id }));
    const ninhThuanDic = await entities(representations, await t.signIn('ninhthuan', 'thunghiem'));
    expect(ninhThuanDic.map((entity) => entity?.slug)).toEqual(['lk-nhap', 'lk-han-che']);
    const binhPhuocDic = await entities(representations, await t.signIn('binhphuoc', 'thithunghiem'));
    expect(binhPhuocDic).toEqual([null, null]);
  });

  it('agencies, provinces and code lists resolve as entities', async () => {
    const {
      agencies,
      trusted: { catalog },
    } = t.hub.services();
    const sotttt = await agencies.findByCode('ninhthuan', 'sotttt');
    const [codeList] = await catalog.codeListDatasets('binhphuoc');
    const found = await entities([
      { __typename: 'Agency', id: sotttt!.id },
      { __typename: 'Province', code: 'binhphuoc' },
      { __typename: 'Province', code: 'khong-co' },
      { __typename: 'CodeList', id: codeList.id },
    ]);
    expect(found[0]).toEqual({ __typename: 'Agency', id: sotttt!.id, code: 'sotttt', provinceCode: 'ninhthuan' });
    expect(found[1]).toMatchObject({ __typename: 'Province', code: 'binhphuoc' });
    expect(found[2]).toBeNull();
    expect(found[3]).toMatchObject({ __typename: 'CodeList', id: codeList.id, slug: codeList.slug });
    expect((found[3]!.entries as unknown[]).length).toBeGreaterThan(0);
  });

  it('_entities is batched: thirty representations cost the same statements as three', async () => {
    const { catalog } = t.hub.services().trusted;
    const open = await catalog.findByIds([ids.open]);
    const count = async (n: number) => {
      const before = t.hub.database.statements.total;
      await entities(Array.from({ length: n }, (_, i) => ({ __typename: 'Dataset', id: i % 2 ? open[0].id : ids.draft })));
      return t.hub.database.statements.total - before;
    };
    expect(await count(30)).toBe(await count(3));
  });
});

describe('several provinces in one hub', () => {
  const query = `query ($provinces: [String!]) {
    datasets(search: "lien ket", filter: { provinceCodes: $provinces }) { edges { node { slug provinceCode } } facets { provinces { value count } } }
  }`;
  type Result = {
    datasets: { edges: { node: { slug: string; provinceCode: string } }[]; facets: { provinces: { value: string; count: number }[] } };
  };

  it('datasets are faceted by province and filtered by province codes', async () => {
    const all = (await t.postGraphQL({ query, variables: { provinces: null } })).body.data as Result;
    expect(all.datasets.facets.provinces).toEqual([
      { value: 'binhphuoc', count: 1 },
      { value: 'ninhthuan', count: 1 },
    ]);
    const binhPhuoc = (await t.postGraphQL({ query, variables: { provinces: ['binhphuoc'] } })).body.data as Result;
    expect(binhPhuoc.datasets.edges.map((edge) => edge.node)).toEqual([{ slug: 'lk-binh-phuoc', provinceCode: 'binhphuoc' }]);
  });
});

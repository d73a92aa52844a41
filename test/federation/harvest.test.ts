import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { startCkanFixture, type CkanFixture } from './ckan-fixture';
import { harvestDesk, openDataset, startProvincialHub, type Entry } from './harvesting';

jest.setTimeout(180_000);

let ninhThuan: TestHub;
let binhPhuoc: TestHub;
let national: TestHub;
let ckan: CkanFixture;
let silent: http.Server;
let dic: string;
const urls: Record<string, string> = {};
const sources: Record<string, string> = {};

const { gql, register, requestHarvest, finished, harvest, search } = harvestDesk(
  () => national,
  () => dic,
);

beforeAll(async () => {
  const a = await startProvincialHub();
  const b = await startProvincialHub();
  ninhThuan = a.hub;
  binhPhuoc = b.hub;
  Object.assign(urls, { ninhThuan: a.url, binhPhuoc: b.url });
  await openDataset(ninhThuan, {
    province: 'ninhthuan',
    owner: 'sotttt',
    slug: 'nt-wifi',
    title: 'Điểm wifi công cộng Ninh Thuận',
    keywords: ['wifi'],
  });
  await openDataset(ninhThuan, { province: 'ninhthuan', owner: 'sotttt', slug: 'nt-cang-ca', title: 'Cảng cá Ninh Thuận' });
  await openDataset(binhPhuoc, { province: 'binhphuoc', owner: 'sotttt', slug: 'bp-dieu', title: 'Vùng trồng điều Bình Phước' });

  ckan = await startCkanFixture([
    {
      id: '3f1c2a9e-0b5d-4c61-9a57-1d2e3f4a5b6c',
      name: 'danh-sach-truong-hoc',
      title: 'Danh sách trường học Phan Thiết',
      notes: 'Trường học các cấp.',
      modified: '2024-05-02T08:15:30.123456',
      tags: ['giáo dục'],
      csvUrl: 'https://ckan.example/dataset/truong-hoc.csv',
      extras: { province: 'binhthuan' },
    },
    {
      id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d',
      name: 'wifi-ninh-thuan-mirror',
      title: 'Điểm wifi công cộng (bản sao)',
      modified: '2024-05-03T09:00:00.000000',
      extras: { uri: `${a.url}/datasets/nt-wifi#dataset` },
    },
    { id: 'b0c1d2e3-f4a5-4b6c-8d7e-9f0a1b2c3d4e', name: 'khong-tieu-de', title: '  ', modified: '2024-05-04T10:00:00.000000' },
    {
      id: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f',
      name: 'benh-vien',
      title: 'Danh sách bệnh viện Phan Thiết',
      modified: '2024-05-05T11:00:00.000000',
    },
  ]);
  silent = http.createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));

  national = await startTestHub({ seed: true });
  dic = await national.signIn('ninhthuan', 'thunghiem');
  sources.ninhThuan = await register('Hub Ninh Thuận', 'HUB', `${a.url}/graphql`);
  sources.binhPhuoc = await register('Danh mục DCAT Bình Phước', 'DCAT', `${b.url}/catalog.ttl?pageSize=2`, { provinceCode: 'binhphuoc' });
  sources.ckan = await register('Cổng CKAN Bình Thuận', 'CKAN', ckan.url, { provinceCode: 'binhthuan' });
  sources.silent = await register('Nguồn không trả lời', 'CKAN', `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, {
    timeoutSeconds: 0.5,
  });
});

afterAll(async () => {
  silent?.closeAllConnections();
  await new Promise((resolve) => silent?.close(resolve));
  await ckan?.close();
  await Promise.all([ninhThuan?.close(), binhPhuoc?.close(), national?.close()]);
});

describe('harvesting remote catalogues into a national hub', () => {
  it('another hub over GraphQL: its open data only, with a report of what was created', async () => {
    const run = await harvest(sources.ninhThuan);
    expect(run).toMatchObject({ state: 'SUCCEEDED', failed: 0, deleted: 0, error: null });
    expect(run.created).toBe(run.seen);
    const [wifi] = await search('wifi cong cong ninh thuan');
    expect(wifi.origin).toMatchObject({
      sourceName: 'Hub Ninh Thuận',
      sourceKind: 'HUB',
      originalUrl: `${urls.ninhThuan}/datasets/nt-wifi`,
    });
    expect(wifi).toMatchObject({ provinceCode: 'ninhthuan', publisher: expect.stringContaining('Thông tin và Truyền thông') });
  });

  it('a DCAT-AP catalogue in Turtle, followed page by page through hydra:next', async () => {
    const run = await harvest(sources.binhPhuoc);
    expect(run).toMatchObject({ state: 'SUCCEEDED', failed: 0 });
    expect(run.seen).toBeGreaterThan(2);
    const found = await search('trong dieu');
    expect(found).toEqual([
      expect.objectContaining({
        title: 'Vùng trồng điều Bình Phước',
        provinceCode: 'binhphuoc',
        origin: expect.objectContaining({ sourceKind: 'DCAT', originalId: `${urls.binhPhuoc}/datasets/bp-dieu#dataset` }),
      }),
    ]);
  });

  it('a CKAN portal: package_search paged, a package without a title reported as failed with its reason', async () => {
    const run = await harvest(sources.ckan);
    expect(run).toMatchObject({ state: 'SUCCEEDED', incremental: false, seen: 4, created: 3, failed: 1 });
    expect(run.failures).toEqual([{ originalId: 'b0c1d2e3-f4a5-4b6c-8d7e-9f0a1b2c3d4e', reason: expect.stringContaining('title') }]);
    expect(ckan.requests.map((request) => request.get('start'))).toEqual(['0', '2']);
    expect(ckan.requests.at(-1)?.get('sort')).toBe('metadata_modified asc');
    const [school] = await search('truong hoc');
    expect(school).toMatchObject({
      provinceCode: 'binhthuan',
      origin: { sourceKind: 'CKAN', originalUrl: `${ckan.url}/dataset/danh-sach-truong-hoc` },
    });
  });

  it('the same dataset from two sources shows once, with the other origin listed', async () => {
    const found = await search('wifi');
    expect(found.map((entry) => entry.title)).toEqual(['Điểm wifi công cộng Ninh Thuận']);
    expect(found[0].otherOrigins).toEqual([{ sourceName: 'Cổng CKAN Bình Thuận' }]);
  });

  it('one search answers over local and harvested datasets of all provinces, origin shown, filtered by province', async () => {
    await openDataset(national, {
      province: 'ninhthuan',
      owner: 'sotttt',
      slug: 'qg-danh-sach',
      title: 'Điểm phục vụ hành chính công Phan Thiết',
    });
    const titles = (entries: Entry[]) => entries.map((entry) => `${entry.title} ← ${entry.origin?.sourceKind ?? 'LOCAL'}`).sort();
    expect(titles(await search('phan thiet'))).toEqual([
      'Danh sách bệnh viện Phan Thiết ← CKAN',
      'Danh sách trường học Phan Thiết ← CKAN',
      'Điểm phục vụ hành chính công Phan Thiết ← LOCAL',
    ]);
    expect(titles(await search('phan thiet', ['binhthuan']))).toEqual([
      'Danh sách bệnh viện Phan Thiết ← CKAN',
      'Danh sách trường học Phan Thiết ← CKAN',
    ]);
  });

  it('federated search pages through local and harvested datasets without loss or repetition', async () => {
    const titles: string[] = [];
    let after: string | null = null;
    do {
      const data: {
        federatedSearch: { edges: { node: { title: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      } = await gql(
        'query ($after: String) { federatedSearch(search: "phan thiet", first: 1, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } } }',
        { after },
        '',
      );
      titles.push(...data.federatedSearch.edges.map((edge) => edge.node.title));
      after = data.federatedSearch.pageInfo.hasNextPage ? data.federatedSearch.pageInfo.endCursor : null;
    } while (after);
    expect(titles.sort()).toEqual([
      'Danh sách bệnh viện Phan Thiết',
      'Danh sách trường học Phan Thiết',
      'Điểm phục vụ hành chính công Phan Thiết',
    ]);
  });

  it('a harvested dataset’s download redirects to the file at its source', async () => {
    const [wifi] = await search('wifi');
    const response = await national.hub.http.inject({ method: 'GET', url: wifi.downloadPath! });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe(`${urls.ninhThuan}/datasets/nt-wifi/download`);
    const [school] = await search('truong hoc');
    expect((await national.hub.http.inject({ method: 'GET', url: school.downloadPath! })).headers.location).toBe(
      'https://ckan.example/dataset/truong-hoc.csv',
    );
  });

  it('CKAN incremental harvest reads only changes since the last one and sees updates and deletions', async () => {
    ckan.packages[0] = { ...ckan.packages[0], title: 'Danh sách trường học Phan Thiết 2025', modified: '2025-01-10T03:00:00.000000' };
    ckan.packages[3] = { ...ckan.packages[3], state: 'deleted', modified: '2025-01-11T03:00:00.000000' };
    const run = await harvest(sources.ckan);
    expect(run).toMatchObject({ state: 'SUCCEEDED', incremental: true, updated: 1, deleted: 1, created: 0 });
    const request = ckan.requests.at(-1)!;
    expect(request.get('fq')).toBe('metadata_modified:[2024-05-05T11:00:00.000000Z TO *]');
    expect(request.get('include_deleted')).toBe('true');
    expect(await search('benh vien')).toEqual([]);
    expect((await search('truong hoc')).map((entry) => entry.title)).toEqual(['Danh sách trường học Phan Thiết 2025']);
  });

  it('a dataset withdrawn from open data at the source hub shows as deleted on the next harvest', async () => {
    const { catalog } = ninhThuan.hub.services().trusted;
    await catalog.setPublication((await catalog.findForReview('nt-cang-ca'))!, null);
    const run = await harvest(sources.ninhThuan);
    expect(run).toMatchObject({ state: 'SUCCEEDED', deleted: 1, created: 0, updated: 0 });
    expect(await search('cang ca')).toEqual([]);
  });

  it('a source that does not answer fails its own harvest on timeout (one harvest of it at a time); other sources and searches go on', async () => {
    const started = Date.now();
    const id = await requestHarvest(sources.silent);
    expect(await requestHarvest(sources.silent)).toBe(id);
    const run = await finished(id);
    expect(run).toMatchObject({ state: 'FAILED', seen: 0 });
    expect(run.error).toContain('timed out');
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(await harvest(sources.binhPhuoc)).toMatchObject({ state: 'SUCCEEDED', created: 0, updated: 0, deleted: 0 });
    expect(await search('trong dieu')).toHaveLength(1);
  });

  it('a harvest costs a fixed number of statements per batch of 100 records, not statements per record', async () => {
    const portal = await startCkanFixture(
      Array.from({ length: 1000 }, (_, i) => ({
        id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
        name: `goi-${i}`,
        title: `Gói dữ liệu ${i}`,
        modified: `2024-06-01T00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000000`,
      })),
      { rowsMax: 1000 },
    );
    try {
      const sourceId = await register('Cổng CKAN lớn', 'CKAN', portal.url);
      const before = national.hub.database.statements.total;
      expect(await harvest(sourceId)).toMatchObject({ state: 'SUCCEEDED', created: 1000, seen: 1000 });
      // 10 batches; the rest is the test's own polling of the run.
      expect(national.hub.database.statements.total - before).toBeLessThan(200);
    } finally {
      await portal.close();
    }
  });

  it('only DIC registers sources, and a bad URL is refused naming the field', async () => {
    const steward = await national.signIn('ninhthuan', 'vankiemthu');
    const { body } = await national.postGraphQL(
      { query: 'mutation { registerHarvestSource(input: { name: "x", kind: HUB, url: "http://x.test/graphql" }) { source { id } } }' },
      { authorization: `Bearer ${steward}` },
    );
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await gql<{ registerHarvestSource: { error: { inputErrors: { field: string }[] } } }>(
      'mutation { registerHarvestSource(input: { name: "x", kind: CKAN, url: "ftp://x.test" }) { error { inputErrors { field } } } }',
    );
    expect(bad.registerHarvestSource.error.inputErrors).toEqual([{ field: 'url' }]);
  });
});

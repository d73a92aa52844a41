import { createHash } from 'node:crypto';
import { DatasetBySlugDocument, DatasetsPageDocument, PublishDatasetDocument, RegisterDatasetDocument, type RegisterDatasetInput } from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { reviewThroughCouncil, waitForIngestions } from '../helpers/publish';
import { upload } from '../helpers/upload';

const csv = 'district,received,source\nNinh Hải,3904,004 §3.3b\nNinh Sơn,2358,004 §3.3b\n';

const registration: RegisterDatasetInput = {
  slug: 'nt-thu-nghiem-ho-so',
  title: 'Hồ sơ tiếp nhận thử nghiệm',
  description: 'Bộ dữ liệu thử nghiệm của luồng đăng ký – tải lên – công bố – tải về.',
  ownerCode: 'sotttt',
  category: 'SECTORAL',
  accessLevel: 'PUBLIC',
  licence: 'CC-BY-4.0',
  keywords: ['thử nghiệm'],
  // What the compliance checks ask of a dataset before the council sees it (002 §5).
  contactName: 'Phòng Công nghệ thông tin',
  contactEmail: 'cntt.sotttt@ninhthuan.gov.vn',
  updateFrequency: 'monthly',
  temporalFrom: '2023-12-16',
  temporalTo: '2024-05-31',
};

describe('one dataset from registration to anonymous download', () => {
  let t: TestHub;
  let steward: string;
  let dic: string;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    steward = await t.signIn('ninhthuan', 'vankiemthu');
    dic = await t.signIn('ninhthuan', 'thunghiem');
  });

  afterAll(() => t.close());

  it('002 §4.2a: a steward registers a dataset with exactly one owning agency, as a draft', async () => {
    const result = await t.gql(RegisterDatasetDocument, { input: registration }, steward);
    expect(result.errors).toBeUndefined();
    expect(result.data?.registerDataset).toEqual({
      dataset: { id: expect.any(String), slug: 'nt-thu-nghiem-ho-so', title: registration.title, reviewState: 'DRAFT', publishedAt: null, owner: { code: 'sotttt' } },
      error: null,
    });
  });

  it('a draft is invisible to anonymous users but visible to its owner', async () => {
    expect((await t.gql(DatasetBySlugDocument, { slug: registration.slug! })).data?.dataset).toBeNull();
    expect((await t.gql(DatasetBySlugDocument, { slug: registration.slug! }, steward)).data?.dataset?.owner.code).toBe('sotttt');
  });

  it('uploading a CSV stores it under its sha256 as a distribution', async () => {
    const response = await upload(t, registration.slug!, csv, { token: steward, filename: 'hồ sơ.csv' });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      sha256: createHash('sha256').update(csv).digest('hex'),
      byteSize: Buffer.byteLength(csv),
      mediaType: 'text/csv',
      originalName: 'hồ sơ.csv',
    });
    expect(await t.hub.blobs.exists(response.body.sha256 as string)).toBe(true);
  });

  it('uploading the same content again is the same distribution, not a second one', async () => {
    const again = await upload(t, registration.slug!, csv, { token: steward });
    expect(again.status).toBe(201);
    const dataset = await t.gql(DatasetBySlugDocument, { slug: registration.slug! }, steward);
    expect(dataset.data?.dataset?.distributions).toHaveLength(1);
  });

  it('002 §30.2: only DIC publishes a dataset the council found compliant; a steward is refused', async () => {
    await reviewThroughCouncil(t, registration.slug!);
    const bySteward = await t.gql(PublishDatasetDocument, { slug: registration.slug! }, steward);
    expect(bySteward.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byDic = await t.gql(PublishDatasetDocument, { slug: registration.slug! }, dic);
    expect(byDic.data?.publishDataset.error).toBeNull();
    expect(byDic.data?.publishDataset.dataset).toMatchObject({ publishedAt: expect.any(String), downloadPath: `/datasets/${registration.slug}/download` });
  });

  it('002 §20.1: anyone downloads the published CSV without identifying themselves', async () => {
    const response = await t.hub.http.inject({ method: 'GET', url: `/datasets/${registration.slug}/download` });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe(csv);
    expect(response.headers).toMatchObject({
      'content-type': 'text/csv; charset=utf-8',
      'content-length': String(Buffer.byteLength(csv)),
      etag: `"${createHash('sha256').update(csv).digest('hex')}"`,
    });
    expect(response.headers['content-disposition']).toContain(`filename="${registration.slug}.csv"`);
  });

  it('a client holding the current ETag gets 304 and no body', async () => {
    const first = await t.hub.http.inject({ method: 'GET', url: `/datasets/${registration.slug}/download` });
    const again = await t.hub.http.inject({ method: 'GET', url: `/datasets/${registration.slug}/download`, headers: { 'if-none-match': first.headers.etag as string } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('a new upload becomes the latest download (002 §20.1b)', async () => {
    const newer = `${csv}Bác Ái,12,004 §3.3b\n`;
    expect((await upload(t, registration.slug!, newer, { token: steward })).status).toBe(201);
    // Open data serves the newest ingested version; the council already made the first one.
    await waitForIngestions(t, registration.slug!);
    const response = await t.hub.http.inject({ method: 'GET', url: `/datasets/${registration.slug}/download` });
    expect(response.body).toBe(newer);
  });

  it('the seed datasets are open data with their owner and source', async () => {
    const result = await t.gql(DatasetBySlugDocument, { slug: 'nt-tai-khoan-dinh-danh-dien-tu' });
    expect(result.data?.dataset).toMatchObject({ accessLevel: 'PUBLIC', owner: { code: 'catinh', provinceCode: 'ninhthuan' }, source: expect.stringContaining('004 §6.4') });
    const download = await t.hub.http.inject({ method: 'GET', url: '/datasets/nt-tai-khoan-dinh-danh-dien-tu/download' });
    expect(download.statusCode).toBe(200);
    expect(download.body).toContain('62549');
    expect(download.body).toContain('277598');
  });
});

describe('datasets(first, after, search)', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
  });

  afterAll(() => t.close());

  it('pages through every open dataset once, newest first, as a Relay connection', async () => {
    const all = await t.gql(DatasetsPageDocument, { first: 100 });
    const total = all.data!.datasets.totalCount;
    expect(total).toBeGreaterThanOrEqual(5);
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (let page = 0; page < 10; page += 1) {
      const result: Awaited<ReturnType<typeof t.gql<import('../generated/graphql').DatasetsPageQuery, unknown>>> = await t.gql(DatasetsPageDocument, { first: 2, after });
      const connection = result.data!.datasets;
      expect(connection.totalCount).toBe(total);
      seen.push(...connection.edges.map((edge) => edge.node.slug));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data!.datasets.edges.map((edge) => edge.node.slug));
    expect(new Set(seen).size).toBe(total);
  });

  it('finds Vietnamese titles typed with or without diacritics', async () => {
    const withMarks = await t.gql(DatasetsPageDocument, { first: 10, search: 'định danh điện tử' });
    const without = await t.gql(DatasetsPageDocument, { first: 10, search: 'dinh danh dien tu' });
    expect(withMarks.data?.datasets.edges.map((edge) => edge.node.slug)).toContain('nt-tai-khoan-dinh-danh-dien-tu');
    expect(without.data?.datasets.edges.map((edge) => edge.node.slug)).toEqual(withMarks.data?.datasets.edges.map((edge) => edge.node.slug));
    expect((await t.gql(DatasetsPageDocument, { first: 10, search: '%' })).data?.datasets.totalCount).toBe(0);
  });

  it('a page costs the same number of SQL statements whatever its size (DataLoaders)', async () => {
    const statementsFor = async (first: number) => {
      const before = t.hub.database.statements.total;
      const result = await t.gql(DatasetsPageDocument, { first });
      expect(result.errors).toBeUndefined();
      return { statements: t.hub.database.statements.total - before, rows: result.data!.datasets.edges.length };
    };
    const small = await statementsFor(1);
    const large = await statementsFor(100);
    expect(large.rows).toBeGreaterThan(small.rows);
    expect(large.statements).toBe(small.statements);
    // page, count, owners, owners' provinces (for e-mail), distributions, their versions (the
    // public sees only files that became a version)
    expect(large.statements).toBeLessThanOrEqual(6);
  });

  it('refuses a page size outside 1..100 and a forged cursor with a field error', async () => {
    const tooMany = await t.gql(DatasetsPageDocument, { first: 101 });
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('first') });
    const forged = await t.gql(DatasetsPageDocument, { first: 5, after: 'not-a-cursor' });
    expect(forged.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('after') });
  });
});

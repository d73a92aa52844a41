import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { DatasetRowsDocument, MostUsedDocument, OpenDataFactsDocument } from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const slug = 'nt-tai-khoan-dinh-danh-dien-tu';
const seedCsv = fs.readFileSync(path.join(__dirname, '../../seeds/ninhthuan', `${slug}.csv`));

describe('open data for anyone (002 §20)', () => {
  let t: TestHub;
  const get = (url: string, headers: Record<string, string> = {}) => t.hub.http.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    t = await startTestHub({ seed: true, env: { HUB_PUBLIC_URL: 'https://dulieu.ninhthuan.gov.vn' } });
  });

  afterAll(() => t.close());

  it('CSV with a UTF-8 BOM for Excel users, on request', async () => {
    const plain = await get(`/datasets/${slug}/download`);
    const withBom = await get(`/datasets/${slug}/download?bom=true`);
    expect(withBom.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(withBom.rawPayload.subarray(3)).toEqual(plain.rawPayload);
    expect(withBom.headers['content-length']).toBe(String(seedCsv.length + 3));
    expect(withBom.headers.etag).not.toBe(plain.headers.etag);
  });

  it('HTTP Range: a byte range, a suffix, and 416 outside the file', async () => {
    const first = await get(`/datasets/${slug}/download`, { range: 'bytes=0-9' });
    expect(first.statusCode).toBe(206);
    expect(first.rawPayload).toEqual(seedCsv.subarray(0, 10));
    expect(first.headers['content-range']).toBe(`bytes 0-9/${seedCsv.length}`);
    const tail = await get(`/datasets/${slug}/download`, { range: 'bytes=-5' });
    expect(tail.rawPayload).toEqual(seedCsv.subarray(seedCsv.length - 5));
    const outside = await get(`/datasets/${slug}/download`, { range: `bytes=${seedCsv.length + 10}-` });
    expect(outside.statusCode).toBe(416);
    expect(outside.headers['content-range']).toBe(`bytes */${seedCsv.length}`);
  });

  it('JSON: one object per row, numbers typed by the Table Schema', async () => {
    const response = await get(`/datasets/${slug}/download.json`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const rows = response.json() as Record<string, unknown>[];
    const lines = seedCsv.toString('utf8').trim().split('\n');
    expect(rows).toHaveLength(lines.length - 1);
    expect(Object.values(rows[0])).toEqual(expect.arrayContaining([62549]));
    expect(rows.map((row) => row.source)).toEqual(rows.map(() => expect.stringMatching(/^004 §6\.4/)));
  });

  it('the original file as uploaded, and a 304 for a client that has it', async () => {
    const original = await get(`/datasets/${slug}/download/original`);
    expect(original.rawPayload).toEqual(seedCsv);
    expect(original.headers['content-disposition']).toContain(`${slug}.csv`);
    const again = await get(`/datasets/${slug}/download/original`, { 'if-none-match': original.headers.etag as string });
    expect(again.statusCode).toBe(304);
  });

  it('datapackage.json is valid against Data Package 2.0 and describes the CSV', async () => {
    const response = await get(`/datasets/${slug}/datapackage.json`);
    const descriptor = response.json();
    const ajv = new Ajv({ strict: false, allErrors: true, formats: { textarea: true } });
    addFormats(ajv);
    const validate = ajv.compile(
      JSON.parse(fs.readFileSync(path.join(__dirname, '../../src/standards/frictionless-datapackage-2.0.json'), 'utf8')),
    );
    expect(validate.errors ?? (validate(descriptor) ? [] : validate.errors)).toEqual([]);
    expect(descriptor.resources[0]).toMatchObject({
      path: `https://dulieu.ninhthuan.gov.vn/datasets/${slug}/download`,
      bytes: seedCsv.length,
      mediatype: 'text/csv',
      schema: { fields: expect.any(Array) },
    });
  });

  it('002 §20.2: every dataset shows its terms of use and a ready citation', async () => {
    const vi = await t.gql(OpenDataFactsDocument, { slug });
    expect(vi.data?.dataset?.termsOfUse).toContain('trích dẫn nguồn');
    expect(vi.data?.dataset?.termsOfUse).toContain('Không được bán lại');
    expect(vi.data?.dataset?.citation).toMatch(
      new RegExp(
        `^Nguồn: Công an tỉnh Ninh Thuận, .+, https://dulieu\\.ninhthuan\\.gov\\.vn/datasets/${slug}, truy cập \\d{2}/\\d{2}/\\d{4}$`,
      ),
    );
    const en = await t.gql(OpenDataFactsDocument, { slug, language: 'EN' });
    expect(en.data?.dataset?.termsOfUse).toContain('The source must be cited');
  });

  it('002 §20.1h: downloads are counted per dataset per day and order "most used"', async () => {
    const before = (await t.gql(OpenDataFactsDocument, { slug: 'nt-ho-so-suc-khoe-dien-tu' })).data!.dataset!;
    for (let i = 0; i < 12; i += 1) await get('/datasets/nt-ho-so-suc-khoe-dien-tu/download');
    await get('/datasets/nt-ho-so-suc-khoe-dien-tu/download', { range: 'bytes=5-10' });
    await t.hub.services().openData.flushDemand();
    const after = (await t.gql(OpenDataFactsDocument, { slug: 'nt-ho-so-suc-khoe-dien-tu' })).data!.dataset!;
    expect(after.usageTotal - before.usageTotal).toBe(12);
    expect(after.usage.at(-1)).toMatchObject({ downloads: expect.any(Number), apiReads: 0 });
    const mostUsed = (await t.gql(MostUsedDocument, { first: 100 })).data!.datasets.edges.map((edge) => edge.node);
    expect(mostUsed[0].slug).toBe('nt-ho-so-suc-khoe-dien-tu');
    const totals = mostUsed.map((node) => node.usageTotal);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    const firstPage = (await t.gql(MostUsedDocument, { first: 2 })).data!.datasets;
    const secondPage = (await t.gql(MostUsedDocument, { first: 2, after: firstPage.pageInfo.endCursor })).data!.datasets;
    expect([...firstPage.edges, ...secondPage.edges].map((edge) => edge.node.slug)).toEqual(mostUsed.slice(0, 4).map((node) => node.slug));
  });

  it('002 §20.1h: reading rows through the API counts as demand too; the seed file is version 1', async () => {
    const rows = await t.gql(DatasetRowsDocument, { slug: 'nt-lam-sach-du-lieu-dan-cu', first: 5 });
    expect(rows.errors).toBeUndefined();
    expect(rows.data?.datasetRows.rows).toHaveLength(5);
    await t.hub.services().openData.flushDemand();
    const facts = (await t.gql(OpenDataFactsDocument, { slug: 'nt-lam-sach-du-lieu-dan-cu' })).data!.dataset!;
    expect(facts.usage.at(-1)).toMatchObject({ apiReads: 1, downloads: 0 });
  });

  it('issue 16: a read writes nothing while it is answered; its demand is written at the next flush, once', async () => {
    const slug = 'nt-lam-sach-du-lieu-dan-cu';
    const usageRows = () =>
      t.hub.database.orm.em
        .fork()
        .getConnection()
        .execute<{ api_reads: number; usage_total: string }[]>(
          'select u.api_reads, d.usage_total from dataset d left join dataset_usage u on u.dataset_id = d.id where d.slug = ? order by u.day desc nulls last limit 1',
          [slug],
        );
    await t.hub.services().openData.flushDemand();
    const [before] = await usageRows();
    for (let i = 0; i < 3; i += 1) expect((await t.gql(DatasetRowsDocument, { slug, first: 1 })).errors).toBeUndefined();
    expect(await usageRows()).toEqual([before]);
    await t.hub.services().openData.flushDemand();
    const [after] = await usageRows();
    expect(after.api_reads - (before.api_reads ?? 0)).toBe(3);
    expect(Number(after.usage_total) - Number(before.usage_total)).toBe(3);
    // A second flush has nothing left to write.
    await t.hub.services().openData.flushDemand();
    expect(await usageRows()).toEqual([after]);
  });

  it('every open-data route answers the same 404 for what is not open data', async () => {
    for (const suffix of ['download', 'download.json', 'download/original', 'datapackage.json']) {
      const response = await get(`/datasets/khong-co/${suffix}`);
      expect({ suffix, status: response.statusCode, error: response.json().error }).toEqual({ suffix, status: 404, error: 'NOT_FOUND' });
    }
  });
});

describe('fair use', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub({ seed: true, env: { HUB_FAIR_USE_PER_MINUTE: '3' } });
  });

  afterAll(() => t.close());

  it('002 §20.1: no account or key, only a per-IP limit (429 with a clear message)', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await t.hub.http.inject({ method: 'GET', url: `/datasets/${slug}/download`, remoteAddress: '10.0.0.7' })).statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    const other = await t.hub.http.inject({ method: 'GET', url: `/datasets/${slug}/download`, remoteAddress: '10.0.0.8' });
    expect(other.statusCode).toBe(200);
    const limited = await t.hub.http.inject({ method: 'GET', url: `/datasets/${slug}/download`, remoteAddress: '10.0.0.7' });
    expect(limited.json()).toMatchObject({ error: 'TOO_MANY_REQUESTS', message: expect.stringContaining('3') });
  });
});

import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { DatasetBySlugDocument, PublishDatasetDocument, RegisterDatasetDocument, type RegisterDatasetInput } from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { upload } from '../helpers/upload';

const maxUploadBytes = 64 * 1024;

const base: RegisterDatasetInput = {
  title: 'Dữ liệu kiểm tra đầu vào',
  description: 'Kiểm tra các lỗi đầu vào.',
  ownerCode: 'sotttt',
  category: 'SECTORAL',
  accessLevel: 'PUBLIC',
  licence: 'CC-BY-4.0',
};

async function blobFiles(dataDir: string): Promise<string[]> {
  const entries = await fs.readdir(path.join(dataDir, 'blobs'), { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe('bad input gets a clear error and leaves nothing half-written', () => {
  let t: TestHub;
  let steward: string;
  let otherSteward: string;
  let dic: string;

  beforeAll(async () => {
    t = await startTestHub({ seed: true, env: { HUB_MAX_UPLOAD_BYTES: String(maxUploadBytes) } });
    steward = await t.signIn('ninhthuan', 'vankiemthu');
    otherSteward = await t.signIn('ninhthuan', 'thividu');
    dic = await t.signIn('ninhthuan', 'thunghiem');
    const created = await t.gql(RegisterDatasetDocument, { input: { ...base, slug: 'nt-kiem-tra' } }, steward);
    expect(created.data?.registerDataset.error).toBeNull();
  });

  afterAll(() => t.close());

  it('an unknown owner is a field error on ownerCode', async () => {
    const result = await t.gql(RegisterDatasetDocument, { input: { ...base, slug: 'nt-khong-chu', ownerCode: 'sokhongco' } }, steward);
    expect(result.data?.registerDataset).toEqual({
      dataset: null,
      error: { code: 'BAD_USER_INPUT', message: expect.stringContaining('sokhongco'), inputErrors: [{ field: 'ownerCode', message: expect.any(String) }] },
    });
  });

  it('field errors name every bad field at once', async () => {
    const result = await t.gql(RegisterDatasetDocument, { input: { ...base, slug: 'Not A Slug', title: 'x', description: ' ', licence: '' } }, steward);
    expect(result.data?.registerDataset.error?.inputErrors.map((problem) => problem.field).sort()).toEqual(['description', 'licence', 'slug', 'title']);
  });

  it('a duplicate slug is a conflict naming the slug, and no second row', async () => {
    const result = await t.gql(RegisterDatasetDocument, { input: { ...base, slug: 'nt-kiem-tra', title: 'Một tiêu đề khác' } }, steward);
    expect(result.data?.registerDataset.error).toMatchObject({ code: 'CONFLICT', inputErrors: [{ field: 'slug' }] });
    const count = await t.hub.database.orm.em.fork().getConnection().execute(`select count(*)::int as n from dataset where slug = 'nt-kiem-tra'`);
    expect(count[0].n).toBe(1);
  });

  it('002 §4.2a: a steward cannot register a dataset for another agency', async () => {
    const result = await t.gql(RegisterDatasetDocument, { input: { ...base, slug: 'nt-cua-nguoi-khac' } }, otherSteward);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(DatasetBySlugDocument, { slug: 'nt-cua-nguoi-khac' }, dic)).data?.dataset).toBeNull();
  });

  it('anonymous registration is refused as UNAUTHENTICATED by the shield', async () => {
    const result = await t.gql(RegisterDatasetDocument, { input: { ...base, slug: 'nt-an-danh' } });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a forged or expired token is refused, never treated as anonymous', async () => {
    const [header, payload] = steward.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    const result = await t.postGraphQL({ query: '{ datasets(first: 1) { totalCount } }' }, { authorization: `Bearer ${forged}` });
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await upload(t, 'nt-kiem-tra', 'a,b\n1,2\n', { token: forged })).status).toBe(401);
  });

  it('an empty upload is refused with 400 and stores nothing', async () => {
    const before = await blobFiles(t.dataDir);
    const response = await upload(t, 'nt-kiem-tra', '', { token: steward });
    expect(response).toEqual({ status: 400, body: { error: 'EMPTY_UPLOAD', message: expect.any(String) } });
    expect(await blobFiles(t.dataDir)).toEqual(before);
  });

  it('an upload over the limit is refused while streaming (413): no row, no blob, not read to the end', async () => {
    const before = await blobFiles(t.dataDir);
    let pulled = 0;
    const chunk = Buffer.alloc(16 * 1024, 'a');
    const endless = new Readable({
      read() {
        pulled += chunk.length;
        this.push(pulled > 100 * maxUploadBytes ? null : chunk);
      },
    });
    const response = await t.hub.http.inject({
      method: 'PUT',
      url: '/datasets/nt-kiem-tra/distributions',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${steward}` },
      payload: endless,
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ error: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining(String(maxUploadBytes)) });
    expect(pulled).toBeLessThan(10 * maxUploadBytes);
    expect(await blobFiles(t.dataDir)).toEqual(before);
    expect((await t.gql(DatasetBySlugDocument, { slug: 'nt-kiem-tra' }, steward)).data?.dataset?.distributions).toEqual([]);
  });

  it('anything but CSV is refused with 415', async () => {
    const response = await upload(t, 'nt-kiem-tra', '%PDF-1.4', { token: steward, contentType: 'application/pdf' });
    expect(response.status).toBe(415);
  });

  it('uploads need a signed-in manager of the dataset', async () => {
    expect((await upload(t, 'nt-kiem-tra', 'a\n1\n')).status).toBe(401);
    expect((await upload(t, 'nt-kiem-tra', 'a\n1\n', { token: otherSteward })).status).toBe(404);
  });

  it('publishing a dataset without a file is a field error', async () => {
    const result = await t.gql(PublishDatasetDocument, { slug: 'nt-kiem-tra' }, dic);
    expect(result.data?.publishDataset.error).toMatchObject({ code: 'BAD_USER_INPUT', inputErrors: [{ field: 'slug' }] });
  });

  it('a restricted dataset can never be published as open data', async () => {
    await t.gql(RegisterDatasetDocument, { input: { ...base, slug: 'nt-han-che', title: 'Dữ liệu hạn chế', accessLevel: 'RESTRICTED' } }, steward);
    await upload(t, 'nt-han-che', 'a\n1\n', { token: steward });
    const result = await t.gql(PublishDatasetDocument, { slug: 'nt-han-che' }, dic);
    expect(result.data?.publishDataset.error?.message).toContain('PUBLIC');
  });

  it('downloads of unknown, unpublished and restricted datasets are the same 404', async () => {
    const answers = await Promise.all(
      ['khong-ton-tai', 'nt-kiem-tra', 'nt-han-che'].map((slug) => t.hub.http.inject({ method: 'GET', url: `/datasets/${slug}/download` })),
    );
    expect(answers.map((answer) => answer.statusCode)).toEqual([404, 404, 404]);
    const bodies = answers.map((answer) => answer.json().error);
    expect(new Set(bodies)).toEqual(new Set(['NOT_FOUND']));
  });

  it('malformed GraphQL is a 400 with a parse error', async () => {
    const result = await t.postGraphQL({ query: '{ datasets(first: 1) { ' });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('a field that does not exist is a validation error without suggestions', async () => {
    const result = await t.postGraphQL({ query: '{ datasets(first: 1) { totalCont } }' });
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.body.errors?.[0].message).not.toContain('Did you mean');
  });

  it('hostile queries are refused before execution: depth, aliases, batches', async () => {
    const deep = `{ datasets(first: 1) { edges { node { owner { parent { parent { parent { parent { parent { parent { parent { parent { code } } } } } } } } } } } } }`;
    const deepResult = await t.postGraphQL({ query: deep });
    expect(deepResult.status).toBe(400);
    expect(deepResult.body.errors?.[0].message).toMatch(/depth/i);

    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: provinces { code }`).join(' ')} }`;
    const aliasResult = await t.postGraphQL({ query: aliases });
    expect(aliasResult.status).toBe(400);
    expect(aliasResult.body.errors?.[0].message).toMatch(/alias/i);

    const costly = `{ ${Array.from({ length: 12 }, (_, i) => `c${i}: datasets(first: 100) { edges { node { owner { name parent { name parent { name } } } distributions { sha256 } } } }`).join(' ')} }`;
    const costResult = await t.postGraphQL({ query: costly });
    expect(costResult.status).toBe(400);
    expect(costResult.body.errors?.[0].message).toMatch(/cost/i);

    const tokens = `{ provinces { ${'code '.repeat(4000)} } }`;
    const tokenResult = await t.postGraphQL({ query: tokens });
    expect(tokenResult.status).toBe(400);
    expect(tokenResult.body.errors?.[0].message).toMatch(/token/i);

    const batch = await t.hub.http.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify([{ query: '{ provinces { code } }' }, { query: '{ provinces { code } }' }]),
    });
    expect(batch.statusCode).toBe(400);
  });
});

describe('the development sign-in', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub({ seed: true, env: { HUB_DEV_SIGN_IN: 'false' } });
  });

  afterAll(() => t.close());

  it('is refused when switched off', async () => {
    const result = await t.postGraphQL({ query: 'mutation { devSignIn(province: "ninhthuan", accountName: "thunghiem") { token } }' });
    expect(result.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

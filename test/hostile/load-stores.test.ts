import fs from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { startTcpProxy, type TcpProxy } from '../../reliability/tcp-proxy';
import { UploadAbandonedError } from '../../src/storage/blob-store';
import { MinioBlobStore } from '../../src/storage/minio-blob-store';
import { startS3rver, s3rverKeys } from '../helpers/s3rver';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { upload } from '../helpers/upload';

const slug = 'nt-tai-khoan-dinh-danh-dien-tu';
// Long enough for the seed's uploads through the proxy on a loaded machine (the first run on a
// busy CI worker timed out at 1 s), short enough that the hung cases stay quick.
const timeoutMs = 2500;
const csv = 'ma_tinh,so_tai_khoan\n58,1\n';

/** Vietnamese first, English second, and the store named in both. */
const namesTheMinioStore = /^Kho tệp MinIO\/S3 127\.0\.0\.1:\d+ .*\(the file store MinIO\/S3 127\.0\.0\.1:\d+ is not answering/;

describe('object store behind a proxy that can cut or hang it', () => {
  let s3: Awaited<ReturnType<typeof startS3rver>>;
  let proxy: TcpProxy;
  let t: TestHub;
  let steward: string;
  const download = () => t.hub.http.inject({ method: 'GET', url: `/datasets/${slug}/download` });

  beforeAll(async () => {
    s3 = await startS3rver();
    proxy = await startTcpProxy({ host: '127.0.0.1', port: s3.port });
    t = await startTestHub({
      seed: true,
      env: {
        BLOB_STORE: 'minio',
        MINIO_ENDPOINT: '127.0.0.1',
        MINIO_PORT: String(proxy.port),
        MINIO_ACCESS_KEY: s3rverKeys.accessKey,
        MINIO_SECRET_KEY: s3rverKeys.secretKey,
        HUB_STORE_TIMEOUT_MS: String(timeoutMs),
      },
    });
    steward = await t.signIn('ninhthuan', 'thividu');
  });

  afterEach(() => proxy.setMode('forward'));

  afterAll(async () => {
    await t.close();
    await proxy.close();
    await s3.stop();
  });

  it('serves downloads while the store is up', async () => {
    expect((await download()).statusCode).toBe(200);
  });

  it('with the store down, a download answers 503 with Retry-After naming the store, not 500', async () => {
    proxy.setMode('cut');
    const response = await download();
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBeDefined();
    expect(response.json()).toMatchObject({ error: 'SERVICE_UNAVAILABLE', message: expect.stringMatching(namesTheMinioStore) });
  });

  it('with the store down, an upload answers 503 naming the store and adds no file', async () => {
    proxy.setMode('cut');
    const before = await distributionCount(t);
    const response = await upload(t, slug, csv, { token: steward });
    expect(response.status).toBe(503);
    expect(response.body.message).toMatch(namesTheMinioStore);
    expect(await distributionCount(t)).toBe(before);
  });

  it('with the store hung, downloads and uploads answer 503 within the timeout instead of hanging', async () => {
    proxy.setMode('hang');
    const started = Date.now();
    const [downloaded, uploaded] = await Promise.all([download(), upload(t, slug, `${csv}58,2\n`, { token: steward })]);
    expect(downloaded.statusCode).toBe(503);
    expect(uploaded.status).toBe(503);
    expect(uploaded.body.message).toMatch(namesTheMinioStore);
    expect(Date.now() - started).toBeLessThan(timeoutMs * 5);
  });

  it('/healthz names the store as down while it hangs, and GraphQL keeps answering', async () => {
    proxy.setMode('hang');
    const health = await t.hub.http.inject({ method: 'GET', url: '/healthz' });
    expect(health.json()).toMatchObject({ storage: 'down', database: 'ok' });
    const graphql = await t.postGraphQL({ query: `{ datasets(first: 1) { totalCount } }` });
    expect(graphql.status).toBe(200);
    expect(graphql.body.errors).toBeUndefined();
  });

  it('answers again once the store is back', async () => {
    proxy.setMode('cut');
    expect((await download()).statusCode).toBe(503);
    proxy.setMode('forward');
    expect((await download()).statusCode).toBe(200);
  });
});

describe('an upload whose client left', () => {
  it('is not stored when the client was gone before the store had it', async () => {
    const s3 = await startS3rver();
    const spoolDir = await mkdtemp(join(tmpdir(), 'minio-spool-'));
    try {
      const store = new MinioBlobStore({
        endPoint: '127.0.0.1',
        port: s3.port,
        useSSL: false,
        ...s3rverKeys,
        bucket: 'left',
        spoolDir,
        timeoutMs,
      });
      await store.ensureBucket();
      const left = new AbortController();
      left.abort();
      await expect(store.put(Readable.from([Buffer.from(csv)]), { maxBytes: 1024, signal: left.signal })).rejects.toBeInstanceOf(
        UploadAbandonedError,
      );
      const kept = await store.put(Readable.from([Buffer.from(csv)]), { maxBytes: 1024 });
      // Had the abandoned put been stored, this one would have found it already there.
      expect(kept.alreadyExisted).toBe(false);
    } finally {
      await s3.stop();
      await rm(spoolDir, { recursive: true, force: true });
    }
  });
});

describe('filesystem store that cannot be written', () => {
  it('answers an upload 503 naming its directory, not 500', async () => {
    const t = await startTestHub({ seed: true });
    try {
      const blobs = join(t.dataDir, 'blobs');
      await fs.rm(blobs, { recursive: true, force: true });
      await fs.writeFile(blobs, 'a file where the blob directory should be');
      const response = await upload(t, slug, csv, { token: await t.signIn('ninhthuan', 'thividu') });
      expect(response.status).toBe(503);
      expect(response.body.message).toContain(`Kho tệp ${blobs} không phản hồi`);
      expect(response.body.message).toContain(`(the file store ${blobs} is not answering`);
      await fs.rm(blobs, { force: true });
    } finally {
      await t.close();
    }
  });
});

async function distributionCount(t: TestHub): Promise<number> {
  const [row] = await t.hub.database.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from distribution');
  return Number(row.n);
}

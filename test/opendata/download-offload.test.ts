import fs from 'node:fs';
import path from 'node:path';
import { startTcpProxy, type TcpProxy } from '../../reliability/tcp-proxy';
import { startS3rver, s3rverKeys } from '../helpers/s3rver';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const slug = 'nt-tai-khoan-dinh-danh-dien-tu';
const seedCsv = fs.readFileSync(path.join(__dirname, '../../seeds/ninhthuan', `${slug}.csv`));
const throughNginx = { 'x-hub-offload-location': '/_blobs' };

/** Issue 16: behind nginx (deploy/nginx.conf) the bytes of an allowed whole-file download are sent by nginx. */
describe('downloads offloaded to the proxy in front (X-Accel-Redirect)', () => {
  let t: TestHub;
  const get = (url: string, headers: Record<string, string> = {}, method: 'GET' | 'HEAD' = 'GET') =>
    t.hub.http.inject({ method, url, headers });

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
  });

  afterAll(() => t.close());

  it('a whole-file download through nginx names the blob under the store and carries no body; nginx reads the same bytes there', async () => {
    const direct = await get(`/datasets/${slug}/download`);
    const offloaded = await get(`/datasets/${slug}/download`, throughNginx);
    expect(offloaded.statusCode).toBe(200);
    expect(offloaded.rawPayload.length).toBe(0);
    const location = offloaded.headers['x-accel-redirect'] as string;
    expect(location).toMatch(/^\/_blobs\/[0-9a-f]{2}\/[0-9a-f]{2}\/[0-9a-f]{64}$/);
    expect(fs.readFileSync(path.join(t.dataDir, 'blobs', location.slice('/_blobs/'.length)))).toEqual(seedCsv);
    // What nginx keeps from this answer (Content-Type, Content-Disposition, Cache-Control; the ETag by add_header).
    for (const header of ['etag', 'content-type', 'content-disposition', 'cache-control', 'access-control-allow-origin']) {
      expect(offloaded.headers[header]).toBe(direct.headers[header]);
    }
  });

  it('the original file is offloaded too; a direct request, a range, HEAD, the BOM and JSON forms stay with the hub', async () => {
    expect((await get(`/datasets/${slug}/download/original`, throughNginx)).headers['x-accel-redirect']).toMatch(/^\/_blobs\//);
    expect((await get(`/datasets/${slug}/download`)).rawPayload).toEqual(seedCsv);
    const range = await get(`/datasets/${slug}/download`, { ...throughNginx, range: 'bytes=0-9' });
    expect([range.statusCode, range.headers['x-accel-redirect']]).toEqual([206, undefined]);
    expect(range.rawPayload).toEqual(seedCsv.subarray(0, 10));
    const head = await get(`/datasets/${slug}/download`, throughNginx, 'HEAD');
    expect([head.headers['x-accel-redirect'], head.headers['content-length']]).toEqual([undefined, String(seedCsv.length)]);
    expect((await get(`/datasets/${slug}/download?bom=true`, throughNginx)).rawPayload.subarray(3)).toEqual(seedCsv);
    expect((await get(`/datasets/${slug}/download.json`, throughNginx)).headers['x-accel-redirect']).toBeUndefined();
  });

  it('only a proxy location is honoured: a malformed header is ignored and the hub sends the file', async () => {
    for (const location of ['_blobs', '/_blobs/../..', 'http://elsewhere/_blobs', '/a b']) {
      const response = await get(`/datasets/${slug}/download`, { 'x-hub-offload-location': location });
      expect([response.headers['x-accel-redirect'], response.rawPayload.equals(seedCsv)]).toEqual([undefined, true]);
    }
  });

  it('an unpublished or unknown dataset answers 404 before anything is offloaded', async () => {
    const response = await get('/datasets/no-such-dataset/download', throughNginx);
    expect([response.statusCode, response.headers['x-accel-redirect']]).toEqual([404, undefined]);
  });

  it('002 §20.1h: an offloaded download counts as a download', async () => {
    const before = await totalDownloads();
    await get(`/datasets/${slug}/download`, throughNginx);
    expect(await totalDownloads()).toBe(before + 1);
  });

  async function totalDownloads(): Promise<number> {
    await t.hub.services().openData.flushDemand();
    const usage = await t.postGraphQL({ query: `{ dataset(slug: "${slug}") { usageTotal } }` });
    return (usage.body.data as { dataset: { usageTotal: number } }).dataset.usageTotal;
  }
});

describe('downloads offloaded from MinIO (a real S3 server): the presigned GET nginx follows', () => {
  let s3: Awaited<ReturnType<typeof startS3rver>>;
  let proxy: TcpProxy;
  let t: TestHub;
  const get = () => t.hub.http.inject({ method: 'GET', url: `/datasets/${slug}/download`, headers: throughNginx });

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
        HUB_STORE_TIMEOUT_MS: '2500',
      },
    });
  });

  afterEach(() => proxy.setMode('forward'));

  afterAll(async () => {
    await t.close();
    await proxy.close();
    await s3.stop();
  });

  it('the location is a presigned GET of the object, which answers the file to a client without credentials', async () => {
    const location = (await get()).headers['x-accel-redirect'] as string;
    expect(location).toMatch(/^\/_blobs\/[^?]+\?X-Amz-/);
    const fetched = await fetch(`http://127.0.0.1:${proxy.port}/${location.slice('/_blobs/'.length)}`);
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(seedCsv);
    // Signed for this object only: another key under the same signature is refused.
    const forged = await fetch(
      `http://127.0.0.1:${proxy.port}/${location.slice('/_blobs/'.length).replace(/[0-9a-f]{64}/, '0'.repeat(64))}`,
    );
    expect(forged.ok).toBe(false);
  });

  it('with the store cut or hung, the offloaded download still answers at once (the signature is computed here; nginx meets the store)', async () => {
    for (const mode of ['cut', 'hang'] as const) {
      proxy.setMode(mode);
      const started = Date.now();
      const response = await get();
      expect([response.statusCode, Date.now() - started < 2500]).toEqual([200, true]);
      expect(response.headers['x-accel-redirect']).toMatch(/^\/_blobs\//);
    }
  });
});

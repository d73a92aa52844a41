import fs from 'node:fs';
import type { LightMyRequestResponse } from 'fastify';
import { startS3rver, s3rverKeys } from '../helpers/s3rver';
import { filesLeftOpenUnder } from '../helpers/open-files';
import { startTestHub, type TestHub } from '../helpers/test-hub';

/** A published seed dataset of 2,610 bytes: large enough for suffix and open ranges that do not touch. */
const slug = 'nt-lam-sach-du-lieu-dan-cu';
const file = fs.readFileSync(`seeds/ninhthuan/${slug}.csv`);
const size = file.length;

interface Part {
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * Reads a multipart/byteranges body as a client would (RFC 2046 §5.1.1): parts between
 * delimiters `CRLF--boundary`, each with its header fields, the body ending with `--boundary--`.
 */
function multipartParts(response: LightMyRequestResponse): Part[] {
  const boundary = /^multipart\/byteranges; boundary=(\S+)$/.exec(String(response.headers['content-type']))?.[1];
  expect(boundary).toBeDefined();
  const body = response.rawPayload;
  const delimiter = Buffer.from(`--${boundary}`);
  expect(body.subarray(0, delimiter.length).equals(delimiter)).toBe(true);
  const parts: Part[] = [];
  let at = delimiter.length;
  for (;;) {
    if (body.subarray(at, at + 4).toString('latin1') === '--\r\n') break;
    expect(body.subarray(at, at + 2).toString('latin1')).toBe('\r\n');
    const headersEnd = body.indexOf('\r\n\r\n', at);
    const headers = Object.fromEntries(
      body
        .subarray(at + 2, headersEnd)
        .toString('latin1')
        .split('\r\n')
        .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
    );
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headersEnd + 4);
    expect(next).toBeGreaterThan(0);
    parts.push({ headers, body: body.subarray(headersEnd + 4, next) });
    at = next + 2 + delimiter.length;
  }
  expect(at + 4).toBe(body.length);
  return parts;
}

/** Each part's Content-Range, and whether its bytes are those of the file there. */
function checkedParts(response: LightMyRequestResponse, partType: string): string[] {
  expect(response.statusCode).toBe(206);
  expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length);
  return multipartParts(response).map((part) => {
    expect(part.headers['content-type']).toBe(partType);
    const [, first, last, total] = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(part.headers['content-range']) ?? [];
    expect(Number(total)).toBe(size);
    expect(part.body.equals(file.subarray(Number(first), Number(last) + 1))).toBe(true);
    return `${first}-${last}`;
  });
}

describe.each(['fs', 'minio'])('RFC 9110 §14.6: several ranges get a multipart/byteranges 206 (%s store)', (store) => {
  let t: TestHub;
  let s3: Awaited<ReturnType<typeof startS3rver>> | undefined;
  const csv = 'text/csv; charset=utf-8';
  const get = (range: string, more: Record<string, string> = {}, url = `/datasets/${slug}/download`) =>
    t.hub.http.inject({ method: 'GET', url, headers: { range, ...more } });

  beforeAll(async () => {
    if (store === 'minio') s3 = await startS3rver();
    const env: Record<string, string> = s3
      ? {
          BLOB_STORE: 'minio',
          MINIO_ENDPOINT: '127.0.0.1',
          MINIO_PORT: String(s3.port),
          MINIO_ACCESS_KEY: s3rverKeys.accessKey,
          MINIO_SECRET_KEY: s3rverKeys.secretKey,
        }
      : {};
    t = await startTestHub({ seed: true, env });
    const whole = await t.hub.http.inject({ method: 'GET', url: `/datasets/${slug}/download` });
    expect(whole.rawPayload.equals(file)).toBe(true);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await s3?.stop();
  });

  it('two ranges: two parts in the order of the file, each its bytes, Content-Type and Content-Range', async () => {
    expect(checkedParts(await get('bytes=1000-1099, 0-99'), csv)).toEqual(['0-99', '1000-1099']);
  });

  it('a suffix range (-500) and an open one (100-199, 2000-) are read against the size', async () => {
    expect(checkedParts(await get('bytes=-500, 100-199'), csv)).toEqual(['100-199', `${size - 500}-${size - 1}`]);
    expect(checkedParts(await get('bytes=2000-, 0-9'), csv)).toEqual(['0-9', `2000-${size - 1}`]);
  });

  it('overlapping and adjacent ranges are coalesced; when one range is left, it is a plain 206', async () => {
    expect(checkedParts(await get('bytes=0-99, 50-149, 150-199, 500-599'), csv)).toEqual(['0-199', '500-599']);
    const one = await get('bytes=0-99, 100-199, 20-30');
    expect(one.statusCode).toBe(206);
    expect(one.headers['content-type']).toBe(csv);
    expect(one.headers['content-range']).toBe(`bytes 0-199/${size}`);
    expect(one.rawPayload.equals(file.subarray(0, 200))).toBe(true);
  });

  it('ranges outside the file are left out; when none is inside, 416 with the size', async () => {
    expect(checkedParts(await get(`bytes=0-9, ${size}-, 20-29`), csv)).toEqual(['0-9', '20-29']);
    const outside = await get(`bytes=${size}-, ${size + 10}-${size + 20}`);
    expect(outside.statusCode).toBe(416);
    expect(outside.headers['content-range']).toBe(`bytes */${size}`);
  });

  it('more than 16 ranges get the whole file (200); 16 get 16 parts', async () => {
    const ranges = (count: number) => `bytes=${Array.from({ length: count }, (_, index) => `${index * 100}-${index * 100 + 9}`).join(',')}`;
    expect(checkedParts(await get(ranges(16)), csv)).toHaveLength(16);
    const many = await get(ranges(17));
    expect(many.statusCode).toBe(200);
    expect(many.rawPayload.equals(file)).toBe(true);
  });

  it('If-Range: the current ETag gets the parts, a stale one the whole file', async () => {
    const etag = (await get('bytes=0-0')).headers.etag as string;
    expect(checkedParts(await get('bytes=0-9, 20-29', { 'if-range': etag }), csv)).toEqual(['0-9', '20-29']);
    const stale = await get('bytes=0-9, 20-29', { 'if-range': '"0000"' });
    expect(stale.statusCode).toBe(200);
    expect(stale.rawPayload.equals(file)).toBe(true);
  });

  it("the original file's parts carry its own media type", async () => {
    const original = await get('bytes=0-9, 20-29', {}, `/datasets/${slug}/download/original`);
    expect(checkedParts(original, 'text/csv')).toEqual(['0-9', '20-29']);
  });

  it('HEAD answers the headers of the GET, with no body', async () => {
    const headers = { range: 'bytes=0-9, 20-29' };
    const got = await t.hub.http.inject({ method: 'GET', url: `/datasets/${slug}/download`, headers });
    const head = await t.hub.http.inject({ method: 'HEAD', url: `/datasets/${slug}/download`, headers });
    expect(head.statusCode).toBe(206);
    expect(head.headers['content-type']).toMatch(/^multipart\/byteranges; boundary=/);
    expect(head.headers['content-length']).toBe(got.headers['content-length']);
    expect(head.rawPayload.length).toBe(0);
    const single = await t.hub.http.inject({ method: 'HEAD', url: `/datasets/${slug}/download`, headers: { range: 'bytes=5-' } });
    expect({ status: single.statusCode, length: single.headers['content-length'] }).toEqual({ status: 206, length: String(size - 5) });
  });

  it('no file of the store is left open after the parts are sent', async () => {
    await get('bytes=0-9, 20-29, -5');
    expect(await filesLeftOpenUnder(t.dataDir)).toEqual([]);
  });
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MinioBlobStore } from '../../src/storage/minio-blob-store';
import { startS3rver } from '../helpers/s3rver';
import { describeBlobStoreContract } from './blob-store-contract';

/** s3rver accepts only its built-in credentials. */
function connectionTo(port: number) {
  return { endPoint: '127.0.0.1', port, useSSL: false, accessKey: 'S3RVER', secretKey: 'S3RVER', timeoutMs: 10_000 };
}

let bucketCount = 0;

/** A store on its own fresh bucket, so tests cannot see each other's blobs. */
async function makeStore(port: number): Promise<{ store: MinioBlobStore; spoolDir: string }> {
  const spoolDir = await mkdtemp(join(tmpdir(), 'minio-spool-'));
  bucketCount += 1;
  const store = new MinioBlobStore({ ...connectionTo(port), bucket: `blobs-${bucketCount}`, spoolDir });
  await store.ensureBucket();
  return { store, spoolDir };
}

describe('MinioBlobStore on s3rver', () => {
  let s3: { port: number; stop(): Promise<void> };

  beforeAll(async () => {
    s3 = await startS3rver();
  });

  afterAll(async () => {
    await s3.stop();
  });

  describeBlobStoreContract('MinioBlobStore', async () => {
    const { store, spoolDir } = await makeStore(s3.port);
    return {
      store,
      spoolDir,
      // What nginx does with the presigned GET (deploy/nginx.conf): no credentials of its own.
      readOffloaded: async (offloadPath) => Buffer.from(await (await fetch(`http://127.0.0.1:${s3.port}/${offloadPath}`)).arrayBuffer()),
      cleanup: () => rm(spoolDir, { recursive: true, force: true }),
    };
  });

  it('fails its health check until ensureBucket has created the bucket', async () => {
    const spoolDir = await mkdtemp(join(tmpdir(), 'minio-spool-'));
    const store = new MinioBlobStore({ ...connectionTo(s3.port), bucket: 'never-created', spoolDir });
    try {
      await expect(store.check()).rejects.toThrow('bucket never-created does not exist');
      await store.ensureBucket();
      await expect(store.check()).resolves.toBeUndefined();
    } finally {
      await rm(spoolDir, { recursive: true, force: true });
    }
  });

  it('ensureBucket leaves an existing bucket alone', async () => {
    const { store, spoolDir } = await makeStore(s3.port);
    try {
      await expect(store.ensureBucket()).resolves.toBeUndefined();
      await expect(store.check()).resolves.toBeUndefined();
    } finally {
      await rm(spoolDir, { recursive: true, force: true });
    }
  });
});

describe('MinioBlobStore health check', () => {
  it('fails when the server is gone', async () => {
    const s3 = await startS3rver();
    const { store, spoolDir } = await makeStore(s3.port);
    try {
      await s3.stop();
      await expect(store.check()).rejects.toMatchObject({ name: 'BlobStoreUnavailableError', cause: { code: 'ECONNREFUSED' } });
    } finally {
      await s3.stop();
      await rm(spoolDir, { recursive: true, force: true });
    }
  });
});

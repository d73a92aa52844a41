import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FsBlobStore } from '../../src/storage/fs-blob-store';
import { describeBlobStoreContract } from './blob-store-contract';

async function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'fs-blob-store-'));
}

describeBlobStoreContract('FsBlobStore', async () => {
  const rootDir = await makeTempDir();
  return {
    store: new FsBlobStore(rootDir, 10_000),
    spoolDir: join(rootDir, 'tmp'),
    readOffloaded: (offloadPath) => readFile(join(rootDir, offloadPath)),
    cleanup: () => rm(rootDir, { recursive: true, force: true }),
  };
});

describe('FsBlobStore health check', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await makeTempDir();
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates a missing root', async () => {
    await expect(new FsBlobStore(join(dir, 'not', 'yet'), 10_000).check()).resolves.toBeUndefined();
  });

  it('fails when the root cannot be created', async () => {
    // A path beneath a regular file fails even for root, unlike a read-only directory.
    const file = join(dir, 'a-file');
    await writeFile(file, 'not a directory');

    await expect(new FsBlobStore(join(file, 'blobs'), 10_000).check()).rejects.toMatchObject({
      name: 'BlobStoreUnavailableError',
      cause: { code: 'ENOTDIR' },
    });
  });
});

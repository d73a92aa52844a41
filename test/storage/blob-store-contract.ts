import { createHash, randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { BlobNotFoundError, BlobTooLargeError, EmptyBlobError, type BlobStore } from '../../src/storage/blob-store';

export interface BlobStoreUnderTest {
  store: BlobStore;
  /** Where the store spools uploads in flight, so the tests can check refused uploads leave nothing behind. */
  spoolDir?: string;
  /** Reads what offloadPath names, the way the proxy in front would (the file under the root, or the presigned GET). */
  readOffloaded(offloadPath: string): Promise<Buffer>;
  cleanup(): Promise<void>;
}

const KiB = 1024;
const MiB = 1024 * KiB;
const LIMIT = { maxBytes: MiB };

/** The behaviour every BlobStore owes its callers, run once per implementation. */
export function describeBlobStoreContract(name: string, makeStore: () => Promise<BlobStoreUnderTest>): void {
  describe(`${name} (BlobStore contract)`, () => {
    let subject: BlobStoreUnderTest;
    let store: BlobStore;

    beforeEach(async () => {
      subject = await makeStore();
      store = subject.store;
    });

    afterEach(async () => {
      await subject.cleanup();
    });

    async function expectSpoolDirEmpty(): Promise<void> {
      if (subject.spoolDir !== undefined) {
        expect(await listOrEmpty(subject.spoolDir)).toEqual([]);
      }
    }

    it('stores content under its sha256 and gives it back', async () => {
      const content = randomBytes(200 * KiB);

      const stored = await store.put(streamOf(content), LIMIT);

      expect(stored).toEqual({ sha256: sha256Of(content), byteSize: content.length, alreadyExisted: false });
      expect(await store.exists(stored.sha256)).toBe(true);
      expect(await readAll(await store.get(stored.sha256))).toEqual(content);
      await expectSpoolDirEmpty();
    });

    it('offloadPath names where a proxy in front reads the same bytes, without the hub', async () => {
      const content = randomBytes(300 * KiB);
      const stored = await store.put(streamOf(content), LIMIT);
      const offloadPath = await store.offloadPath(stored.sha256);
      expect(offloadPath.startsWith('/')).toBe(false);
      expect(await subject.readOffloaded(offloadPath)).toEqual(content);
      await expect(store.offloadPath('not-a-sha256')).rejects.toBeInstanceOf(BlobNotFoundError);
    });

    it('stores equal content once and says so the second time', async () => {
      const content = randomBytes(10 * KiB);

      const first = await store.put(streamOf(content), LIMIT);
      const second = await store.put(streamOf(content), LIMIT);

      expect(first.alreadyExisted).toBe(false);
      expect(second).toEqual({ sha256: first.sha256, byteSize: content.length, alreadyExisted: true });
      await expectSpoolDirEmpty();
    });

    it('gives back exactly the bytes of an inclusive range', async () => {
      const content = randomBytes(100 * KiB);
      const { sha256 } = await store.put(streamOf(content), LIMIT);

      expect(await readAll(await store.get(sha256, { start: 1000, end: 1999 }))).toEqual(content.subarray(1000, 2000));
      // Not 0-0: s3rver 3.7 reads `end: 0` as "to the end" and would fail MinioBlobStore for its own bug.
      expect(await readAll(await store.get(sha256, { start: 0, end: 9 }))).toEqual(content.subarray(0, 10));
      expect(await readAll(await store.get(sha256, { start: 7, end: 7 }))).toEqual(content.subarray(7, 8));
      expect(await readAll(await store.get(sha256, { start: 50 * KiB, end: content.length - 1 }))).toEqual(content.subarray(50 * KiB));
    });

    it('refuses empty content and stores nothing', async () => {
      await expect(store.put(Readable.from([]), LIMIT)).rejects.toBeInstanceOf(EmptyBlobError);

      expect(await store.exists(sha256Of(Buffer.alloc(0)))).toBe(false);
      await expectSpoolDirEmpty();
    });

    it('refuses content over the limit without reading it to the end, and stores nothing', async () => {
      const source = countingSource({ chunk: Buffer.alloc(64 * KiB, 'x'), totalBytes: 5 * MiB });

      await expect(store.put(source.stream, { maxBytes: MiB })).rejects.toBeInstanceOf(BlobTooLargeError);

      expect(source.bytesPulled()).toBeGreaterThan(MiB);
      expect(source.bytesPulled()).toBeLessThan(2 * MiB);
      expect(await store.exists(sha256Of(Buffer.alloc(5 * MiB, 'x')))).toBe(false);
      await expectSpoolDirEmpty();
    });

    it('accepts content of exactly the limit', async () => {
      const content = randomBytes(MiB);

      const stored = await store.put(streamOf(content), { maxBytes: MiB });

      expect(stored.byteSize).toBe(MiB);
    });

    it('reports an unknown sha256 as not found', async () => {
      const unknown = sha256Of(randomBytes(16));

      await expect(store.get(unknown)).rejects.toBeInstanceOf(BlobNotFoundError);
      expect(await store.exists(unknown)).toBe(false);
    });

    it.each(['../../etc/passwd', 'A'.repeat(64), 'a'.repeat(63), `${'a'.repeat(62)}/.`, ''])(
      'treats %j, which is not a sha256, as not found',
      async (notASha) => {
        await expect(store.get(notASha)).rejects.toBeInstanceOf(BlobNotFoundError);
        expect(await store.exists(notASha)).toBe(false);
        await expect(store.delete(notASha)).resolves.toBeUndefined();
      },
    );

    it('forgets a deleted blob', async () => {
      const { sha256 } = await store.put(streamOf(randomBytes(KiB)), LIMIT);

      await store.delete(sha256);

      expect(await store.exists(sha256)).toBe(false);
      await expect(store.get(sha256)).rejects.toBeInstanceOf(BlobNotFoundError);
    });

    it('ignores deleting a blob that is not there', async () => {
      await expect(store.delete(sha256Of(randomBytes(16)))).resolves.toBeUndefined();
    });

    it('passes its health check', async () => {
      await expect(store.check()).resolves.toBeUndefined();
    });
  });
}

function sha256Of(content: Buffer): string {
  return createHash('sha256').update(content).digest('hex');
}

function streamOf(content: Buffer): Readable {
  return Readable.from([content]);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** A source that produces its bytes only on demand, and remembers how many were asked for. */
function countingSource(options: { chunk: Buffer; totalBytes: number }): {
  stream: Readable;
  bytesPulled(): number;
} {
  let pulled = 0;
  async function* produce(): AsyncGenerator<Buffer> {
    while (pulled < options.totalBytes) {
      pulled += options.chunk.length;
      yield options.chunk;
    }
  }
  return { stream: Readable.from(produce()), bytesPulled: () => pulled };
}

async function listOrEmpty(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return [];
    }
    throw error;
  }
}

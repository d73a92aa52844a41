import { constants } from 'node:fs';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { BlobNotFoundError, type BlobStore, type ByteRange, type PutOptions, type StoredBlob } from './blob-store';
import { isSha256Hex } from './sha256-hex';
import { discardSpooledUpload, spoolUpload } from './spool';
import { requireListener, storeCall } from './store-call';

/**
 * Blobs as files under `<root>/<2 hex>/<2 hex>/<sha256>`: two levels of fan-out keep
 * directories small. Uploads are spooled to `<root>/tmp` so the final rename stays on
 * one filesystem and is atomic.
 */
export class FsBlobStore implements BlobStore {
  readonly name: string;

  constructor(
    private readonly rootDir: string,
    /** How long one filesystem call may take before the store counts as hung (a stuck network mount). */
    private readonly timeoutMs: number,
  ) {
    this.name = rootDir;
  }

  async put(content: Readable, options: PutOptions): Promise<StoredBlob> {
    const upload = await spoolUpload(content, join(this.rootDir, 'tmp'), options.maxBytes, this.name);
    try {
      const stored = { sha256: upload.sha256, byteSize: upload.byteSize };
      const target = this.pathOf(upload.sha256);
      if (await this.call(fileExists(target))) return { ...stored, alreadyExisted: true };
      requireListener(options.signal);
      await this.call(mkdir(dirname(target), { recursive: true }));
      // Two concurrent uploads of the same content may both get here; the later rename
      // replaces identical bytes, so the only cost is both reporting a fresh blob.
      await this.call(rename(upload.path, target));
      return { ...stored, alreadyExisted: false };
    } finally {
      await discardSpooledUpload(upload.path);
    }
  }

  async get(sha256: string, range?: ByteRange): Promise<Readable> {
    if (!isSha256Hex(sha256)) {
      throw new BlobNotFoundError(sha256);
    }
    // Opened here rather than lazily by the stream so that a missing blob rejects this call.
    const opening = open(this.pathOf(sha256), 'r').catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'ENOENT' ? new BlobNotFoundError(sha256) : error;
    });
    const file = await this.call(opening, (late) => void late.close());
    // ByteRange and createReadStream agree that `end` is inclusive. Reads of 256 KiB rather than
    // 64: a large download takes a quarter of the reads, callbacks and socket writes (BENCHMARKS §2).
    return file.createReadStream({ ...range, highWaterMark: 256 * 1024 });
  }

  async exists(sha256: string): Promise<boolean> {
    return isSha256Hex(sha256) && this.call(fileExists(this.pathOf(sha256)));
  }

  async delete(sha256: string): Promise<void> {
    if (isSha256Hex(sha256)) {
      await this.call(rm(this.pathOf(sha256), { force: true }));
    }
  }

  async check(): Promise<void> {
    await this.call(mkdir(this.rootDir, { recursive: true }).then(() => access(this.rootDir, constants.W_OK)));
  }

  async offloadPath(sha256: string): Promise<string> {
    if (!isSha256Hex(sha256)) throw new BlobNotFoundError(sha256);
    return relative(this.rootDir, this.pathOf(sha256)).split(sep).join('/');
  }

  private call<T>(work: Promise<T>, onLate?: (value: T) => void): Promise<T> {
    return storeCall(this.name, this.timeoutMs, work, onLate);
  }

  private pathOf(sha256: string): string {
    return join(this.rootDir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }
}

async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

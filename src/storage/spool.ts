import { createHash, randomUUID } from 'node:crypto';
import { type FileHandle, mkdir, open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BlobStoreUnavailableError, BlobTooLargeError, EmptyBlobError } from './blob-store';

/** Failures of the local disk the upload is spooled to, as opposed to the client's stream. */
const diskFailureCodes = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EIO', 'EACCES', 'EPERM', 'ENOTDIR', 'ENOENT', 'EMFILE']);

/** An upload written to a local temp file, with what it is known by once stored. */
export interface SpooledUpload {
  path: string;
  sha256: string;
  byteSize: number;
}

/**
 * Writes the upload to a fresh file in `spoolDir`, hashing and counting on the way,
 * so the whole file is never in memory and its sha256 is known before it is stored.
 * On any failure the temp file is removed; the caller removes it after success. A disk
 * that cannot take the file makes the store `store` unavailable, not the request wrong.
 */
export async function spoolUpload(content: Readable, spoolDir: string, maxBytes: number, store: string): Promise<SpooledUpload> {
  try {
    return await spoolToDisk(content, spoolDir, maxBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw code && diskFailureCodes.has(code) ? new BlobStoreUnavailableError(store, error) : error;
  }
}

async function spoolToDisk(content: Readable, spoolDir: string, maxBytes: number): Promise<SpooledUpload> {
  const path = join(spoolDir, `${randomUUID()}.part`);
  let file: FileHandle;
  try {
    await mkdir(spoolDir, { recursive: true });
    // Created before streaming starts so that cleanup after an early failure cannot race the file's creation.
    file = await open(path, 'wx');
  } catch (error) {
    // Like a failed pipeline would, so the caller is never left with an upload nobody reads.
    content.destroy();
    throw error;
  }
  const hash = createHash('sha256');
  let byteSize = 0;

  const hashAndCount = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      byteSize += chunk.length;
      if (byteSize > maxBytes) {
        // Failing the pipeline destroys the source, so the rest of the upload is never read.
        callback(new BlobTooLargeError(maxBytes));
        return;
      }
      hash.update(chunk);
      callback(null, chunk);
    },
  });

  try {
    await pipeline(content, hashAndCount, file.createWriteStream());
    if (byteSize === 0) {
      throw new EmptyBlobError();
    }
  } catch (error) {
    await discardSpooledUpload(path);
    throw error;
  }
  return { path, sha256: hash.digest('hex'), byteSize };
}

export async function discardSpooledUpload(path: string): Promise<void> {
  await rm(path, { force: true });
}

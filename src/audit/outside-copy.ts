import { Readable } from 'node:stream';
import type { BlobStore } from '../storage/blob-store';

/**
 * Puts a small record (a checkpoint line, a time-stamp token) in the blob store, which MinIO
 * keeps off the database's host. The local journal already has it, so a store that hangs must
 * not hold the hub's shutdown: the copy gives up after 5 s.
 */
export function copyOutside(blobs: BlobStore, bytes: Buffer, what: string): Promise<unknown> {
  return Promise.race([
    blobs.put(Readable.from([bytes]), { maxBytes: Math.max(bytes.length, 1) }),
    new Promise((_, reject) => setTimeout(() => reject(new Error(`blob store did not take the ${what} within 5 s`)), 5000).unref()),
  ]);
}

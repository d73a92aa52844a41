import { BlobNotFoundError, BlobStoreUnavailableError, BlobTooLargeError, EmptyBlobError, UploadAbandonedError } from './blob-store';

/** The errors a store call means: everything else says the store itself failed. */
const expected = [BlobNotFoundError, BlobTooLargeError, EmptyBlobError, UploadAbandonedError, BlobStoreUnavailableError];

/**
 * One call to a store, given `timeoutMs` to answer. A hung store (a disk that blocks, a server
 * that accepts and never replies) then costs the request a bounded wait, and any failure of
 * the store itself reaches the caller as BlobStoreUnavailableError naming it. The call itself
 * cannot be cancelled; `onLate` tidies up after one that answers after the caller gave up.
 */
export async function storeCall<T>(store: string, timeoutMs: number, work: Promise<T>, onLate?: (value: T) => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  let timedOut = false;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      timedOut = true;
      reject(new BlobStoreUnavailableError(store, new Error(`no answer within ${timeoutMs} ms`)));
    }, timeoutMs);
  });
  work.then(
    (value) => timedOut && onLate?.(value),
    () => undefined,
  );
  try {
    return await Promise.race([work, timeout]);
  } catch (error) {
    throw expected.some((kind) => error instanceof kind) ? error : new BlobStoreUnavailableError(store, error);
  } finally {
    clearTimeout(timer);
  }
}

/** Throws UploadAbandonedError once the client that sent the upload is gone. */
export function requireListener(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new UploadAbandonedError();
}

import { ServiceUnavailableError } from '../shared/unavailable';
import type { Readable } from 'node:stream';

/** What a stored blob is known by: content-addressed, so equal files share one blob. */
export interface StoredBlob {
  sha256: string;
  byteSize: number;
  /** True when a blob with this content was already stored before this call. */
  alreadyExisted: boolean;
}

export interface PutOptions {
  /** Refuse the upload while streaming once it grows past this many bytes. */
  maxBytes: number;
  /** Aborted when the client that sent the upload can no longer be told the outcome. */
  signal?: AbortSignal;
}

/** Where a blob was refused: the caller turns these into HTTP or GraphQL errors. */
export class BlobTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`the upload is larger than the limit of ${maxBytes} bytes`);
    this.name = 'BlobTooLargeError';
  }
}

export class EmptyBlobError extends Error {
  constructor() {
    super('the upload is empty');
    this.name = 'EmptyBlobError';
  }
}

/** Also thrown for ids that are not a sha256 at all, so callers never see the difference. */
export class BlobNotFoundError extends Error {
  constructor(readonly sha256: string) {
    super(`no blob with sha256 ${sha256}`);
    this.name = 'BlobNotFoundError';
  }
}

/**
 * The store is down, refused or did not answer within its timeout. `store` names it for the
 * person reading the 503 (which store, where), never its credentials.
 */
export class BlobStoreUnavailableError extends ServiceUnavailableError {
  constructor(
    readonly store: string,
    cause: unknown,
  ) {
    super(`Kho tệp ${store} không phản hồi, vui lòng thử lại sau (the file store ${store} is not answering; try again later)`, 5, cause);
  }
}

/** The client left before its upload was stored: nothing is kept, since nobody could be told. */
export class UploadAbandonedError extends Error {
  constructor() {
    super('the client left before the upload was stored');
    this.name = 'UploadAbandonedError';
  }
}

export interface ByteRange {
  start: number;
  /** Inclusive, as in HTTP Range. */
  end: number;
}

/**
 * Files of the hub, stored under the sha256 of their content.
 * Implementations: the filesystem (embedded default) and MinIO/S3. Every call either
 * answers within the store's timeout or throws BlobStoreUnavailableError.
 */
export interface BlobStore {
  /** Streams the content in, hashing as it goes; never holds the whole file in memory. */
  put(content: Readable, options: PutOptions): Promise<StoredBlob>;
  /** A stream of the blob, or of one byte range of it; throws BlobNotFoundError for an unknown sha256. */
  get(sha256: string, range?: ByteRange): Promise<Readable>;
  exists(sha256: string): Promise<boolean>;
  /** Deleting a blob that is not there is not an error. */
  delete(sha256: string): Promise<void>;
  /** Throws when the store cannot be reached; used by /healthz. */
  check(): Promise<void>;
  /**
   * Where a proxy in front of the hub fetches the blob itself once the hub has allowed the
   * download (nginx's X-Accel-Redirect, http/send-file.ts): the path under the store's root for
   * files, a presigned GET (path and query, valid for a minute) for MinIO. No leading slash.
   */
  offloadPath(sha256: string): Promise<string>;
  /** What the store is called in messages: its kind and where it is. */
  readonly name: string;
}

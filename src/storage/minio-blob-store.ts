import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { Client, S3Error } from 'minio';
import {
  BlobNotFoundError,
  type BlobStore,
  BlobStoreUnavailableError,
  type ByteRange,
  type PutOptions,
  type StoredBlob,
  UploadAbandonedError,
} from './blob-store';
import { idleTimeoutAgent } from './idle-timeout-agent';
import { isSha256Hex } from './sha256-hex';
import { discardSpooledUpload, spoolUpload } from './spool';
import { requireListener, storeCall } from './store-call';

export interface MinioBlobStoreOptions {
  endPoint: string;
  port: number;
  useSSL: boolean;
  accessKey: string;
  secretKey: string;
  bucket: string;
  /** Local directory for uploads in flight: the sha256, which names the object, is only known at the end. */
  spoolDir: string;
  /** How long a call, or a transfer gone silent, may wait for the server before the store counts as down. */
  timeoutMs: number;
}

/** Blobs as objects `sha256/<2 hex>/<sha256>` in one bucket of MinIO or any S3-compatible server. */
export class MinioBlobStore implements BlobStore {
  readonly name: string;
  private readonly client: Client;
  private readonly bucket: string;
  private readonly spoolDir: string;
  private readonly timeoutMs: number;

  constructor(options: MinioBlobStoreOptions) {
    const { bucket, spoolDir, timeoutMs, ...connection } = options;
    // The agent cuts a connection silent for timeoutMs, which also ends a download or an
    // upload whose transfer stalls half-way; whole calls are bounded by storeCall.
    this.client = new Client({ ...connection, transportAgent: idleTimeoutAgent(connection.useSSL, timeoutMs) });
    this.bucket = bucket;
    this.spoolDir = spoolDir;
    this.timeoutMs = timeoutMs;
    this.name = `MinIO/S3 ${connection.endPoint}:${connection.port}`;
  }

  /** Creates the bucket if it is missing; called once at start-up. */
  async ensureBucket(): Promise<void> {
    if (await this.call(this.client.bucketExists(this.bucket))) {
      return;
    }
    try {
      await this.call(this.client.makeBucket(this.bucket));
    } catch (error) {
      // Another instance starting at the same time may have created it in between.
      if (!(error instanceof Error && error.cause instanceof S3Error && error.cause.code === 'BucketAlreadyOwnedByYou')) {
        throw error;
      }
    }
  }

  async put(content: Readable, options: PutOptions): Promise<StoredBlob> {
    const upload = await spoolUpload(content, this.spoolDir, options.maxBytes, this.name);
    try {
      const stored = { sha256: upload.sha256, byteSize: upload.byteSize };
      const key = objectKey(upload.sha256);
      if (await this.objectExists(key)) {
        return { ...stored, alreadyExisted: true };
      }
      requireListener(options.signal);
      // Only a stalled transfer times out (the agent): a large file may take long to send.
      await this.client.putObject(this.bucket, key, createReadStream(upload.path), upload.byteSize).catch((error: unknown) => {
        throw new BlobStoreUnavailableError(this.name, error);
      });
      if (options.signal?.aborted) {
        // Its client gave up while the object was written: keep nothing nobody was told of.
        await this.delete(upload.sha256);
        throw new UploadAbandonedError();
      }
      return { ...stored, alreadyExisted: false };
    } finally {
      await discardSpooledUpload(upload.path);
    }
  }

  async get(sha256: string, range?: ByteRange): Promise<Readable> {
    if (!isSha256Hex(sha256)) {
      throw new BlobNotFoundError(sha256);
    }
    const key = objectKey(sha256);
    const opening = (
      range
        ? this.client.getPartialObject(this.bucket, key, range.start, range.end - range.start + 1)
        : this.client.getObject(this.bucket, key)
    ).catch((error: unknown) => {
      throw isNotFound(error) ? new BlobNotFoundError(sha256) : error;
    });
    return this.call(opening, (late) => late.destroy());
  }

  async exists(sha256: string): Promise<boolean> {
    return isSha256Hex(sha256) && this.objectExists(objectKey(sha256));
  }

  async delete(sha256: string): Promise<void> {
    if (isSha256Hex(sha256)) {
      await this.call(this.client.removeObject(this.bucket, objectKey(sha256)));
    }
  }

  async check(): Promise<void> {
    if (!(await this.call(this.client.bucketExists(this.bucket)))) {
      throw new Error(`bucket ${this.bucket} does not exist`);
    }
  }

  async offloadPath(sha256: string): Promise<string> {
    if (!isSha256Hex(sha256)) throw new BlobNotFoundError(sha256);
    // Signed for the host the hub reaches MinIO by, which the proxy must use too (deploy/nginx.conf).
    const url = new URL(await this.call(this.client.presignedGetObject(this.bucket, objectKey(sha256), offloadValiditySeconds)));
    return `${url.pathname.slice(1)}${url.search}`;
  }

  private objectExists(key: string): Promise<boolean> {
    const stat = this.client.statObject(this.bucket, key).then(
      () => true,
      (error: unknown) => {
        if (isNotFound(error)) return false;
        throw error;
      },
    );
    return this.call(stat);
  }

  private call<T>(work: Promise<T>, onLate?: (value: T) => void): Promise<T> {
    return storeCall(this.name, this.timeoutMs, work, onLate);
  }
}

/** A presigned offload is used at once by the proxy in front; a minute allows for clock skew. */
const offloadValiditySeconds = 60;

function objectKey(sha256: string): string {
  return `sha256/${sha256.slice(0, 2)}/${sha256}`;
}

/** HEAD answers carry no body, so minio reports them as NotFound; GETs carry S3's NoSuchKey. */
function isNotFound(error: unknown): boolean {
  return error instanceof S3Error && (error.code === 'NotFound' || error.code === 'NoSuchKey');
}

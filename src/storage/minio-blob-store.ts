import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { Client, S3Error } from 'minio';
import { BlobNotFoundError, type BlobStore, type ByteRange, type PutOptions, type StoredBlob } from './blob-store';
import { isSha256Hex } from './sha256-hex';
import { discardSpooledUpload, spoolUpload } from './spool';

export interface MinioBlobStoreOptions {
  endPoint: string;
  port: number;
  useSSL: boolean;
  accessKey: string;
  secretKey: string;
  bucket: string;
  /** Local directory for uploads in flight: the sha256, which names the object, is only known at the end. */
  spoolDir: string;
}

/** Blobs as objects `sha256/<2 hex>/<sha256>` in one bucket of MinIO or any S3-compatible server. */
export class MinioBlobStore implements BlobStore {
  private readonly client: Client;
  private readonly bucket: string;
  private readonly spoolDir: string;

  constructor(options: MinioBlobStoreOptions) {
    const { bucket, spoolDir, ...connection } = options;
    this.client = new Client(connection);
    this.bucket = bucket;
    this.spoolDir = spoolDir;
  }

  /** Creates the bucket if it is missing; called once at start-up. */
  async ensureBucket(): Promise<void> {
    if (await this.client.bucketExists(this.bucket)) {
      return;
    }
    try {
      await this.client.makeBucket(this.bucket);
    } catch (error) {
      // Another instance starting at the same time may have created it in between.
      if (!(error instanceof S3Error && error.code === 'BucketAlreadyOwnedByYou')) {
        throw error;
      }
    }
  }

  async put(content: Readable, options: PutOptions): Promise<StoredBlob> {
    const upload = await spoolUpload(content, this.spoolDir, options.maxBytes);
    try {
      const stored = { sha256: upload.sha256, byteSize: upload.byteSize };
      const key = objectKey(upload.sha256);
      if (await this.objectExists(key)) {
        return { ...stored, alreadyExisted: true };
      }
      await this.client.putObject(this.bucket, key, createReadStream(upload.path), upload.byteSize);
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
    try {
      return range
        ? await this.client.getPartialObject(this.bucket, key, range.start, range.end - range.start + 1)
        : await this.client.getObject(this.bucket, key);
    } catch (error) {
      throw isNotFound(error) ? new BlobNotFoundError(sha256) : error;
    }
  }

  async exists(sha256: string): Promise<boolean> {
    return isSha256Hex(sha256) && this.objectExists(objectKey(sha256));
  }

  async delete(sha256: string): Promise<void> {
    if (isSha256Hex(sha256)) {
      await this.client.removeObject(this.bucket, objectKey(sha256));
    }
  }

  async check(): Promise<void> {
    if (!(await this.client.bucketExists(this.bucket))) {
      throw new Error(`bucket ${this.bucket} does not exist`);
    }
  }

  private async objectExists(key: string): Promise<boolean> {
    try {
      await this.client.statObject(this.bucket, key);
      return true;
    } catch (error) {
      if (isNotFound(error)) {
        return false;
      }
      throw error;
    }
  }
}

function objectKey(sha256: string): string {
  return `sha256/${sha256.slice(0, 2)}/${sha256}`;
}

/** HEAD answers carry no body, so minio reports them as NotFound; GETs carry S3's NoSuchKey. */
function isNotFound(error: unknown): boolean {
  return error instanceof S3Error && (error.code === 'NotFound' || error.code === 'NoSuchKey');
}

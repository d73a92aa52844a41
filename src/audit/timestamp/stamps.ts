import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { BlobStore } from '../../storage/blob-store';
import { copyOutside } from '../outside-copy';
import { notPinned, type TimeStampAuthority } from './authority';
import type { PinnedSigners } from './pinned-signers';
import { readTimeStampToken } from './token';

/** A checkpoint to be dated: its seq and its journal line (whose SHA-256 is also its blob's key). */
export interface StampTarget {
  seq: number;
  line: Buffer;
}

/** What audit:verify reports of the time-stamp on the last checkpoint. */
export type TimeStampFinding =
  /** No authority configured, and none ever stamped this checkpoint. */
  | { kind: 'none' }
  /** `pinned`: the signer is one of the authority's configured certificates (not merely any certificate). */
  | { kind: 'stamped'; seq: number; genTime: Date; signer: string; pinned: boolean }
  /** The authority failed when the checkpoint was written (and has not answered since). */
  | { kind: 'missing'; seq: number; lastStamped: { seq: number; genTime: Date } | null }
  /** A token kept for the checkpoint that does not cover it, or whose signature fails: the journal was tampered with. */
  | { kind: 'invalid'; seq: number; problem: string };

interface StampRecord {
  seq: number;
  /** Hex SHA-256 of the checkpoint line the token covers. */
  checkpoint: string;
  genTime: string;
  signer: string;
  /** Base64 DER of the TimeStampToken. */
  token: string;
}

/**
 * RFC 3161 time-stamps of the audit checkpoints (issue 14 item 7, as X-Road's message log): a
 * token from an authority outside the hub's control proves the checkpoint existed at genTime,
 * so even someone holding the signing key cannot back-date a rewritten history. Tokens go to a
 * journal beside the checkpoints' and a copy to the blob store. An authority that fails never
 * stops a checkpoint: the newest unstamped one is retried at the next checkpoint run.
 */
export class CheckpointStamps {
  private unstamped: StampTarget | null = null;

  constructor(
    private readonly file: string,
    private readonly blobs: BlobStore,
    private readonly authority: TimeStampAuthority | null,
    private readonly pinned: PinnedSigners | null,
  ) {}

  /**
   * Stamps `written` (a checkpoint just written), or retries the last one that failed. Throws
   * when the authority fails: the caller's periodic runner logs it, and the next run retries.
   * A newer checkpoint replaces an older unstamped one, since it covers the chain up to it.
   */
  async stamp(written: StampTarget | null): Promise<void> {
    if (written) this.unstamped = written;
    const target = this.unstamped;
    if (!this.authority || !target) return;
    const issued = await this.authority.stamp(target.line).catch((error: Error) => {
      const cause = (error.cause as Error | undefined)?.message;
      throw new Error(
        `time-stamp of checkpoint ${target.seq} from ${this.authority!.url} failed, retried at the next checkpoint: ${error.message}${cause ? ` (${cause})` : ''}`,
      );
    });
    const record: StampRecord = {
      seq: target.seq,
      checkpoint: createHash('sha256').update(target.line).digest('hex'),
      genTime: issued.genTime.toISOString(),
      signer: issued.signer,
      token: issued.token.toString('base64'),
    };
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await fs.appendFile(this.file, `${JSON.stringify(record)}\n`, { mode: 0o600 });
    if (this.unstamped === target) this.unstamped = null;
    await copyOutside(this.blobs, issued.token, 'time-stamp token');
  }

  /** Reads the token kept for `checkpoint` back and checks it covers that checkpoint's line. */
  async findingFor(checkpoint: StampTarget): Promise<TimeStampFinding> {
    const records = await this.records();
    const kept = records.filter((record) => record.seq === checkpoint.seq).pop();
    if (!kept) {
      if (!this.authority && records.length === 0) return { kind: 'none' };
      // As recorded, for the reader's orientation: only the last checkpoint's token is checked.
      const earlier = records.filter((record) => record.seq < checkpoint.seq).pop();
      const lastStamped = earlier ? { seq: earlier.seq, genTime: new Date(earlier.genTime) } : null;
      return { kind: 'missing', seq: checkpoint.seq, lastStamped };
    }
    const contents = await readTimeStampToken(Buffer.from(kept.token, 'base64'), checkpoint.line).catch(() => null);
    if (!contents) return { kind: 'invalid', seq: checkpoint.seq, problem: 'the time-stamp token cannot be read' };
    if (!contents.covers) {
      return { kind: 'invalid', seq: checkpoint.seq, problem: 'the time-stamp token covers another digest than the checkpoint' };
    }
    if (!contents.signatureValid)
      return { kind: 'invalid', seq: checkpoint.seq, problem: 'the time-stamp token’s signature does not verify' };
    if (this.pinned && !this.pinned.accepts(contents.signerCertificate))
      return { kind: 'invalid', seq: checkpoint.seq, problem: notPinned(contents.signer, this.pinned).message };
    return { kind: 'stamped', seq: checkpoint.seq, genTime: contents.genTime, signer: contents.signer, pinned: !!this.pinned };
  }

  private async records(): Promise<StampRecord[]> {
    const text = await fs.readFile(this.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    return text
      .split('\n')
      .filter(Boolean)
      .flatMap((line) => {
        try {
          return [JSON.parse(line) as StampRecord];
        } catch {
          return [];
        }
      })
      .sort((a, b) => a.seq - b.seq);
  }
}

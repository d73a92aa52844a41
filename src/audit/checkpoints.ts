import fs from 'node:fs/promises';
import path from 'node:path';
import type { BlobStore } from '../storage/blob-store';
import { copyOutside } from './outside-copy';
import type { AuditSigner } from './signer';
import type { CheckpointStamps, StampTarget, TimeStampFinding } from './timestamp/stamps';

/** A signed statement, kept outside the database, that the chain reached `seq` with `hash` at `at`. */
export interface Checkpoint {
  seq: number;
  hash: string;
  at: string;
  keyId: string;
  signature: string;
}

export const checkpointMessage = (checkpoint: Pick<Checkpoint, 'seq' | 'hash' | 'at'>): string =>
  `audit-checkpoint:${checkpoint.seq}:${checkpoint.hash}:${checkpoint.at}`;

/**
 * The chain's signed heads, written where the database's users cannot reach: one JSON line per
 * checkpoint appended to a journal file (lines under 4 KiB are appended whole, so replicas
 * sharing a data directory do not interleave), and a copy of each in the blob store, which
 * MinIO keeps off the database's host. Cutting the log's tail back past the last checkpoint, or
 * rewriting what it covers, no longer matches it.
 */
export class CheckpointJournal {
  private lastWritten = 0;

  constructor(
    private readonly file: string,
    private readonly blobs: BlobStore,
    private readonly signer: AuditSigner,
    private readonly stamps: CheckpointStamps,
  ) {}

  /**
   * Writes a checkpoint of `head` unless this process already wrote one at that seq, then has it
   * time-stamped (or retries the last one the authority failed to stamp).
   */
  async write(head: { seq: number; hash: string }, at: Date): Promise<Checkpoint | null> {
    if (head.seq === 0 || head.seq === this.lastWritten) {
      await this.stamps.stamp(null);
      return null;
    }
    const unsigned = { seq: head.seq, hash: head.hash, at: at.toISOString() };
    const checkpoint: Checkpoint = { ...unsigned, keyId: this.signer.keyId, signature: this.signer.sign(checkpointMessage(unsigned)) };
    const line = lineOf(checkpoint);
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await fs.appendFile(this.file, line, { mode: 0o600 });
    await copyOutside(this.blobs, Buffer.from(line), 'checkpoint');
    this.lastWritten = head.seq;
    await this.stamps.stamp(targetOf(checkpoint));
    return checkpoint;
  }

  /** The time-stamp kept for this checkpoint, read back and checked against it. */
  timeStampOf(checkpoint: Checkpoint): Promise<TimeStampFinding> {
    return this.stamps.findingFor(targetOf(checkpoint));
  }

  /**
   * The checkpoint furthest along the chain that this key signed, and how many lines of the
   * journal it did not sign (someone with the file but not the key).
   */
  async last(): Promise<{ checkpoint: Checkpoint | null; unsigned: number }> {
    let text: string;
    try {
      text = await fs.readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { checkpoint: null, unsigned: 0 };
      throw error;
    }
    const lines = text.split('\n').filter(Boolean);
    const signed = lines.map(parseCheckpoint).filter((checkpoint): checkpoint is Checkpoint => !!checkpoint && this.verifies(checkpoint));
    const checkpoint = signed.reduce<Checkpoint | null>((furthest, next) => (!furthest || next.seq > furthest.seq ? next : furthest), null);
    return { checkpoint, unsigned: lines.length - signed.length };
  }

  private verifies(checkpoint: Checkpoint): boolean {
    return checkpoint.keyId === this.signer.keyId && this.signer.verifies(checkpointMessage(checkpoint), checkpoint.signature);
  }
}

/** A checkpoint as one journal line; its SHA-256 is also its blob's key and what a time-stamp covers. */
const lineOf = (checkpoint: Checkpoint): string => `${JSON.stringify(checkpoint)}\n`;

const targetOf = (checkpoint: Checkpoint): StampTarget => ({ seq: checkpoint.seq, line: Buffer.from(lineOf(checkpoint)) });

function parseCheckpoint(line: string): Checkpoint | null {
  try {
    return JSON.parse(line) as Checkpoint;
  } catch {
    return null;
  }
}

import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { BlobStore } from '../storage/blob-store';
import type { AuditSigner } from './signer';

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
  ) {}

  /** Writes a checkpoint of `head` unless this process already wrote one at that seq. */
  async write(head: { seq: number; hash: string }, at: Date): Promise<Checkpoint | null> {
    if (head.seq === 0 || head.seq === this.lastWritten) return null;
    const unsigned = { seq: head.seq, hash: head.hash, at: at.toISOString() };
    const checkpoint: Checkpoint = { ...unsigned, keyId: this.signer.keyId, signature: this.signer.sign(checkpointMessage(unsigned)) };
    const line = `${JSON.stringify(checkpoint)}\n`;
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await fs.appendFile(this.file, line, { mode: 0o600 });
    // The journal line is written; a store that hangs must not hold the hub's shutdown.
    await Promise.race([
      this.blobs.put(Readable.from([Buffer.from(line)]), { maxBytes: 4096 }),
      new Promise((_, reject) => setTimeout(() => reject(new Error('blob store did not take the checkpoint within 5 s')), 5000).unref()),
    ]);
    this.lastWritten = head.seq;
    return checkpoint;
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

function parseCheckpoint(line: string): Checkpoint | null {
  try {
    return JSON.parse(line) as Checkpoint;
  } catch {
    return null;
  }
}

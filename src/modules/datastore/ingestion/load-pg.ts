import { once } from 'node:events';
import { Readable } from 'node:stream';
import { finished, pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { CopyRejected, type BulkLoader, type CopyCommand } from './bulk-loader';
import type { ScannedChunk } from './record-scanner';

/** A PostgreSQL server: one COPY … FROM STDIN fed by the stream, with its backpressure. */
export class PgCopyLoader implements BulkLoader {
  constructor(private readonly sql: ClientBase) {}

  async copy(command: CopyCommand, chunks: AsyncIterable<ScannedChunk>): Promise<void> {
    const target = this.sql.query(copyFrom(`copy ${command.table} (${command.columns}) from stdin with (${command.options})`));
    const bytes = Readable.from(
      (async function* () {
        for await (const chunk of chunks) yield chunk.bytes;
      })(),
      { objectMode: false },
    );
    try {
      await pipeline(bytes, target);
    } catch (error) {
      if (isServerError(error)) throw new CopyRejected(error, 0);
      throw error;
    }
  }
}

function isServerError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    /^(22|23|0A)/.test((error as { code: string }).code)
  );
}

/** Whole records gathered before they go to one of the two COPYs: large enough to keep each backend busy, small enough to alternate often. */
const batchBytes = 4 * 2 ** 20;

/**
 * The direct road on a server: two COPY … FROM STDIN on two connections, fed alternate batches
 * of whole records (cut at `lastRecordEnd`), so two backends parse and type side by side. The
 * records carry their row numbers, so their order across the two does not matter. Each COPY
 * commits on its own, as the single one does: the table is not visible until publish, and any
 * failure drops it whole. An error on either stream (or from the chunks) aborts both.
 */
export class PgTwoCopyLoader implements BulkLoader {
  constructor(
    private readonly first: ClientBase,
    private readonly second: ClientBase,
  ) {}

  async copy(command: CopyCommand, chunks: AsyncIterable<ScannedChunk>): Promise<void> {
    const text = `copy ${command.table} (${command.columns}) from stdin with (${command.options})`;
    const targets = [this.first.query(copyFrom(text)), this.second.query(copyFrom(text))];
    let firstError: unknown;
    const noteError = (error: unknown) => {
      if (firstError === undefined) firstError = error;
    };
    let rejectFailed: (error: unknown) => void = () => undefined;
    const failed = new Promise<never>((_, reject) => (rejectFailed = reject));
    failed.catch(() => undefined);
    const done = targets.map((target) =>
      finished(target).catch((error: unknown) => {
        noteError(error);
        rejectFailed(error);
      }),
    );
    let turn = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    const send = async () => {
      const target = targets[turn];
      turn = 1 - turn;
      if (target.writableNeedDrain) await Promise.race([once(target, 'drain'), failed]);
      for (const piece of pending) target.write(piece);
      pending = [];
      pendingBytes = 0;
    };
    const add = (piece: Buffer) => {
      if (piece.length === 0) return;
      pending.push(piece);
      pendingBytes += piece.length;
    };
    try {
      for await (const chunk of chunks) {
        if (firstError !== undefined) throw firstError;
        if (chunk.lastRecordEnd === -1) {
          add(chunk.bytes);
          continue;
        }
        add(chunk.bytes.subarray(0, chunk.lastRecordEnd));
        if (pendingBytes >= batchBytes) await send();
        add(chunk.bytes.subarray(chunk.lastRecordEnd));
      }
      if (pendingBytes > 0) await send();
      for (const target of targets) target.end();
      await Promise.all(done);
      if (firstError !== undefined) throw firstError;
    } catch (error) {
      noteError(error);
      // Abort both (CopyFail rolls back whichever is still open) and wait until both
      // connections are ready for the next query.
      for (const target of targets) target.destroy(firstError instanceof Error ? firstError : new Error(String(firstError)));
      await Promise.all(done);
      if (isServerError(firstError)) throw new CopyRejected(firstError, 0);
      throw firstError;
    }
  }
}

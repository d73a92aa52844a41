import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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

import type { ScannedChunk } from './record-scanner';

/** What COPY reads: CSV body (UTF-8, no header) in the file's dialect, into staging's columns. */
export interface CopyCommand {
  /** Qualified staging table. */
  table: string;
  /** Quoted, comma-separated column list. */
  columns: string;
  /** `with (…)` options: format csv, delimiter, quote. */
  options: string;
}

/**
 * Streams CSV into a staging table. Two implementations, because COPY FROM STDIN cannot pass
 * through pglite-socket (DESIGN.md): pg-copy-streams for a PostgreSQL server, PGlite's own
 * COPY from a blob for the embedded database. Either throws CopyRejected for data it refuses.
 */
export interface BulkLoader {
  copy(command: CopyCommand, chunks: AsyncIterable<ScannedChunk>): Promise<void>;
}

/** COPY refused the data; `firstRecord` is the body record where the refused COPY began (0-based). */
export class CopyRejected extends Error {
  constructor(
    readonly cause: unknown,
    readonly firstRecord: number,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'CopyRejected';
  }
}

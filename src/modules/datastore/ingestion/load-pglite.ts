import type { PGlite } from '@electric-sql/pglite';
import { CopyRejected, type BulkLoader, type CopyCommand } from './bulk-loader';
import { CopyPiece } from './copy-piece';
import type { ScannedChunk } from './record-scanner';

/**
 * Embedded PGlite: COPY from '/dev/blob', one bounded piece at a time, each cut between
 * records (never inside a quoted newline), so memory holds one piece rather than the file,
 * and the same memory for every piece (copy-piece.ts).
 */
export class PgliteBlobLoader implements BulkLoader {
  constructor(
    private readonly db: PGlite,
    /** One COPY per piece, each one statement that holds the database: small enough to keep other requests waiting under a second. */
    private readonly pieceBytes = 2 ** 20,
  ) {}

  async copy(command: CopyCommand, chunks: AsyncIterable<ScannedChunk>): Promise<void> {
    const statement = `copy ${command.table} (${command.columns}) from '/dev/blob' with (${command.options})`;
    const piece = new CopyPiece(2 * this.pieceBytes);
    let recordsSent = 0;
    const send = async (recordsAfter: number) => {
      await this.whenNoTransactionIsOpen();
      try {
        await this.db.query(statement, [], { blob: piece.asBlob() });
      } catch (error) {
        throw new CopyRejected(error, recordsSent);
      }
      recordsSent = recordsAfter;
    };
    for await (const chunk of chunks) {
      if (piece.length + chunk.bytes.length < this.pieceBytes || chunk.lastRecordEnd === -1) {
        piece.append(chunk.bytes);
        continue;
      }
      piece.append(chunk.bytes.subarray(0, chunk.lastRecordEnd));
      await send(chunk.recordsAtLastEnd);
      piece.clear();
      piece.append(chunk.bytes.subarray(chunk.lastRecordEnd));
    }
    if (piece.length > 0) await send(recordsSent);
  }

  /**
   * PGlite is one session shared with the socket server's clients: a COPY sent while one of
   * them is inside a transaction would join it. Wait for the session to be idle.
   */
  private async whenNoTransactionIsOpen(): Promise<void> {
    while (this.db.isInTransaction()) await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

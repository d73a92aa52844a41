import { IngestionFailure } from './problems';

/** A chunk of CSV bytes and where, inside it, the last complete record ends. */
export interface ScannedChunk {
  bytes: Buffer;
  /** Offset just after the last record end in `bytes`, or -1 when a record spans the whole chunk. */
  lastRecordEnd: number;
  /** Records completed up to `lastRecordEnd` since the start of the body. */
  recordsAtLastEnd: number;
}

const newline = 0x0a;

/**
 * Finds record boundaries in CSV bytes the way PostgreSQL's COPY does: a newline ends a
 * record unless an odd number of quote characters came before it in the record (a doubled
 * quote toggles twice). Counts records for progress, lets the PGlite loader cut chunks only
 * between records, and reports an unterminated quote at the row where it was opened.
 */
export class RecordScanner {
  records = 0;
  private inQuotes = false;
  private quoteOpenedAtRecord = 0;
  private bytesInRecord = 0;

  constructor(
    private readonly quote: number,
    private readonly maxRecordBytes: number,
    /** Row number of the first record scanned (the header is row 1). */
    private readonly firstRow: number,
  ) {}

  /** `untilRecords` stops at that many records in all (the header alone, say). */
  scan(bytes: Buffer, untilRecords = Infinity): ScannedChunk {
    let position = 0;
    let lastRecordEnd = -1;
    let recordsAtLastEnd = this.records;
    // indexOf is native; caching each next position keeps the scan linear.
    let nextQuote = bytes.indexOf(this.quote);
    let nextNewline = bytes.indexOf(newline);
    while (position < bytes.length) {
      if (nextQuote !== -1 && nextQuote < position) nextQuote = bytes.indexOf(this.quote, position);
      if (this.inQuotes) {
        if (nextQuote === -1) break;
        this.inQuotes = false;
        position = nextQuote + 1;
        continue;
      }
      if (nextNewline !== -1 && nextNewline < position) nextNewline = bytes.indexOf(newline, position);
      if (nextQuote !== -1 && (nextNewline === -1 || nextQuote < nextNewline)) {
        this.inQuotes = true;
        this.quoteOpenedAtRecord = this.records;
        position = nextQuote + 1;
        continue;
      }
      if (nextNewline === -1) break;
      this.records += 1;
      position = nextNewline + 1;
      lastRecordEnd = position;
      recordsAtLastEnd = this.records;
      if (this.records >= untilRecords) return { bytes, lastRecordEnd, recordsAtLastEnd };
    }
    this.bytesInRecord = lastRecordEnd === -1 ? this.bytesInRecord + bytes.length : bytes.length - lastRecordEnd;
    if (this.bytesInRecord > this.maxRecordBytes) {
      throw new IngestionFailure([
        {
          row: this.firstRow + this.records,
          column: null,
          message: `dòng dài quá ${this.maxRecordBytes / 2 ** 20} MiB (record longer than the limit; an unclosed quote?)`,
        },
      ]);
    }
    return { bytes, lastRecordEnd, recordsAtLastEnd };
  }

  /** At the end of the input: a quote still open is an error; a last line without newline is a record. */
  finish(): void {
    if (this.inQuotes) {
      throw new IngestionFailure([
        {
          row: this.firstRow + this.quoteOpenedAtRecord,
          column: null,
          message: 'dấu ngoặc kép mở mà không đóng (unterminated quoted field)',
        },
      ]);
    }
    if (this.bytesInRecord > 0) this.records += 1;
  }
}

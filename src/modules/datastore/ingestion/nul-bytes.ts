import { IngestionFailure } from './problems';

/**
 * PostgreSQL refuses a NUL byte in text with its own words ("invalid byte sequence … 0x00")
 * and no column. The body is checked before COPY sees it (indexOf is native, so this costs
 * little) and the first NUL is reported at its row and column. The record being read is kept
 * (as views of the chunks it spans) so that its column can be counted when a NUL turns up.
 */
export class NulFinder {
  private partialRecord: Buffer[] = [];

  constructor(
    private readonly header: string[],
    private readonly delimiter: number,
    private readonly quote: number,
    /** Row number of the first record of the body (the header is row 1). */
    private readonly firstRow: number,
  ) {}

  /** `recordsBefore`: records completed before this chunk; `lastRecordEnd` as the scanner found it. */
  check(bytes: Buffer, recordsBefore: number, lastRecordEnd: number): void {
    const nul = bytes.indexOf(0);
    if (nul === -1) {
      this.partialRecord = lastRecordEnd === -1 ? [...this.partialRecord, bytes] : [bytes.subarray(lastRecordEnd)];
      return;
    }
    const before = Buffer.concat([...this.partialRecord, bytes.subarray(0, nul)]);
    let records = recordsBefore;
    let recordStart = 0;
    let quoted = false;
    let fields = 0;
    for (let index = 0; index < before.length; index += 1) {
      const byte = before[index];
      if (byte === this.quote) quoted = !quoted;
      else if (!quoted && byte === 0x0a) {
        records += 1;
        recordStart = index + 1;
        fields = 0;
      } else if (!quoted && byte === this.delimiter && index >= recordStart) fields += 1;
    }
    throw new IngestionFailure([
      {
        row: this.firstRow + records,
        column: this.header[fields] ?? `#${fields + 1}`,
        message: 'ô có ký tự NUL (byte 0x00), không phải văn bản (a NUL byte: not text)',
      },
    ]);
  }
}

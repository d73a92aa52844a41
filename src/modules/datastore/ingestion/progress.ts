/**
 * Rows and bytes of a running job, written at most once a second or every 64 MB so that
 * progress is readable while the job runs without a write per chunk. Writes never overlap.
 */
export class ProgressMeter {
  bytesRead = 0;
  rowsProcessed = 0;
  private lastWriteAt = Date.now();
  private bytesAtLastWrite = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly write: (bytesRead: number, rowsProcessed: number) => Promise<void>,
    private readonly every = { milliseconds: 1000, bytes: 64 * 2 ** 20 },
  ) {}

  addBytes(count: number): void {
    this.bytesRead += count;
    this.maybeWrite();
  }

  /** The file is read again from its start (the direct road gave way to the staging road). */
  restart(): void {
    this.bytesRead = 0;
    this.rowsProcessed = 0;
  }

  setRows(rows: number): void {
    this.rowsProcessed = rows;
    this.maybeWrite();
  }

  /** Waits for the write in flight; errors of progress writes never fail the ingestion. */
  async settle(): Promise<void> {
    await this.writing;
  }

  private maybeWrite(): void {
    const due = Date.now() - this.lastWriteAt >= this.every.milliseconds || this.bytesRead - this.bytesAtLastWrite >= this.every.bytes;
    if (!due) return;
    this.lastWriteAt = Date.now();
    this.bytesAtLastWrite = this.bytesRead;
    const { bytesRead, rowsProcessed } = this;
    this.writing = this.writing.then(() => this.write(bytesRead, rowsProcessed)).catch(() => undefined);
  }
}

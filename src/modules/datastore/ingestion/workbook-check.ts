import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Parse } from 'unzipper';
import { ingestionLimits, mebibytes } from './limits';
import { fileProblem, IngestionFailure } from './problems';

const limits = ingestionLimits.workbook;
const cellTag = /<c[\s>/]/g;

/**
 * Reads a workbook once, inflating and discarding, before exceljs reads it for real: a file
 * that is not a ZIP or ends early is "damaged", one that inflates beyond the limits (a zip
 * bomb) is refused, before any part of it is held in memory. Parts are counted as they
 * inflate, so the check stops at the limit whatever the ZIP's headers claim.
 */
export async function checkWorkbook(bytes: AsyncIterable<Buffer>): Promise<void> {
  const source = new SourceErrors(bytes);
  const zip = Parse({ forceStream: true });
  const fed = pipeline(Readable.from(source.bytes()), zip);
  fed.catch(() => undefined);
  let expanded = 0;
  let cells = 0;
  try {
    for await (const entry of zip) {
      const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.path);
      const held = /^xl\/(sharedStrings|styles|workbook)\.xml$|^xl\/_rels\//.test(entry.path);
      let partBytes = 0;
      let textRun = 0;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        expanded += chunk.length;
        partBytes += chunk.length;
        if (expanded > limits.expandedBytes)
          throw fileProblem(
            `bảng tính bung ra quá ${mebibytes(limits.expandedBytes)} (the workbook expands beyond ${mebibytes(limits.expandedBytes)})`,
          );
        if (held && partBytes > limits.heldPartBytes) {
          throw fileProblem(
            `phần ${entry.path} của bảng tính bung ra quá ${mebibytes(limits.heldPartBytes)} (the workbook's ${entry.path} expands beyond ${mebibytes(limits.heldPartBytes)})`,
          );
        }
        if (!sheet && !held) continue;
        textRun = longestText(chunk, textRun);
        if (textRun > limits.cellBytes)
          throw fileProblem(
            `một ô trong ${entry.path} dài quá ${mebibytes(limits.cellBytes)} (a cell longer than ${mebibytes(limits.cellBytes)})`,
          );
        if (sheet) cells += chunk.toString('latin1').match(cellTag)?.length ?? 0;
        if (cells > limits.cells)
          throw fileProblem(
            `bảng tính có quá ${limits.cells.toLocaleString('vi')} ô (more than ${limits.cells.toLocaleString('en')} cells)`,
          );
      }
    }
    await fed;
  } catch (error) {
    zip.destroy();
    throw source.failureOf(error);
  }
}

/** Text between tags (no '<' can appear in it): the run still open at the end of the chunk. */
function longestText(chunk: Buffer, openRun: number): number {
  let start = 0;
  let run = openRun;
  for (let next = chunk.indexOf(0x3c); next !== -1; next = chunk.indexOf(0x3c, start)) {
    if (run + next - start > limits.cellBytes) return run + next - start;
    run = 0;
    start = next + 1;
  }
  return run + chunk.length - start;
}

/**
 * Tells a workbook's damage from a failure to read the stored file (which is not the file's
 * fault, and is retried): the bytes pass through here, and their own errors are noted.
 */
export class SourceErrors {
  private failed: { error: unknown } | null = null;

  constructor(private readonly source: AsyncIterable<Buffer>) {}

  async *bytes(): AsyncGenerator<Buffer> {
    try {
      yield* this.source;
    } catch (error) {
      this.failed = { error };
      throw error;
    }
  }

  /** What to throw for an error of the reader: the source's own error, our limits, or damage. */
  failureOf(error: unknown): unknown {
    if (this.failed) return this.failed.error;
    if (error instanceof IngestionFailure) return error;
    const reason = error instanceof Error ? error.message : String(error);
    return fileProblem(`bảng tính bị hỏng hoặc không phải tệp XLSX (the workbook is damaged: ${reason})`);
  }
}

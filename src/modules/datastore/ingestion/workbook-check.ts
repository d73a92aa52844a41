import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Parse } from 'unzipper';
import { ingestionLimits, mebibytes } from './limits';
import { fileProblem, IngestionFailure } from './problems';

const limits = ingestionLimits.workbook;
const lessThan = 0x3c;
const letterC = 0x63;

/**
 * Reads a workbook once, inflating and discarding, before exceljs reads it for real: a file
 * that is not a ZIP or ends early is "damaged", one that inflates beyond the limits (a zip
 * bomb) is refused, before any part of it is held in memory. A part whose header declares a
 * size beyond the limits is refused before it is inflated (inflating 512 MB to find out takes
 * seconds); parts are also counted as they inflate, so the check stops at the limit whatever
 * the ZIP's headers claim.
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
      const declared = declaredSize(entry);
      refuseDeclaredSize(entry.path, held, expanded, declared ?? 0);
      let partBytes = 0;
      let textRun = 0;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        expanded += chunk.length;
        partBytes += chunk.length;
        if (declared !== null && partBytes > declared) throw inflatesBeyondHeader(entry.path, declared);
        if (expanded > limits.expandedBytes) throw expandsBeyondLimit();
        if (held && partBytes > limits.heldPartBytes) throw partExpandsBeyondLimit(entry.path);
        if (!sheet && !held) continue;
        const scanned = scanText(chunk, textRun);
        textRun = scanned.openRun;
        if (scanned.longestRun > limits.cellBytes)
          throw fileProblem(
            `một ô trong ${entry.path} dài quá ${mebibytes(limits.cellBytes)} (a cell longer than ${mebibytes(limits.cellBytes)})`,
          );
        if (sheet) cells += scanned.cells;
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

/**
 * What a part's local header says it inflates to; null when the sizes follow the data (a data
 * descriptor, general purpose flag bit 3), as streaming writers do.
 */
function declaredSize(entry: unknown): number | null {
  const vars = (entry as { vars?: { flags?: number; uncompressedSize?: number } }).vars;
  if (vars?.flags === undefined || vars.uncompressedSize === undefined || vars.flags & 0x08) return null;
  return vars.uncompressedSize;
}

/** Refuses a part whose ZIP header already says it takes the workbook beyond a limit. */
function refuseDeclaredSize(path: string, held: boolean, expandedSoFar: number, declared: number): void {
  if (expandedSoFar + declared > limits.expandedBytes) throw expandsBeyondLimit();
  if (held && declared > limits.heldPartBytes) throw partExpandsBeyondLimit(path);
}

/** A part that inflates to more than its header says is damaged (or a bomb hiding its size). */
function inflatesBeyondHeader(path: string, declared: number): IngestionFailure {
  return fileProblem(
    `bảng tính bị hỏng: phần ${path} bung ra quá ${declared} byte ghi trong tiêu đề (the workbook is damaged: ${path} inflates beyond the ${declared} bytes its header declares)`,
  );
}

function expandsBeyondLimit(): IngestionFailure {
  const limit = mebibytes(limits.expandedBytes);
  return fileProblem(`bảng tính bung ra quá ${limit} (the workbook expands beyond ${limit})`);
}

function partExpandsBeyondLimit(path: string): IngestionFailure {
  const limit = mebibytes(limits.heldPartBytes);
  return fileProblem(`phần ${path} của bảng tính bung ra quá ${limit} (the workbook's ${path} expands beyond ${limit})`);
}

/**
 * One pass over a chunk of XML, from one '<' to the next: the longest text between tags (no
 * '<' can appear in it; `openRun` is the run still open from the previous chunk), the run left
 * open at its end, and the cells it opens (`<c` followed by a space, '>' or '/'). One pass
 * without a string copy: a sheet can be 512 MB of XML.
 */
function scanText(chunk: Buffer, openRun: number): { longestRun: number; openRun: number; cells: number } {
  let start = 0;
  let run = openRun;
  let longestRun = 0;
  let cells = 0;
  for (let next = chunk.indexOf(lessThan); next !== -1; next = chunk.indexOf(lessThan, start)) {
    longestRun = Math.max(longestRun, run + next - start);
    if (chunk[next + 1] === letterC && isCellTagEnd(chunk[next + 2])) cells += 1;
    run = 0;
    start = next + 1;
  }
  run += chunk.length - start;
  return { longestRun: Math.max(longestRun, run), openRun: run, cells };
}

/** After `<c`: whitespace, '>' or '/' make it a cell (`<col>`, `<cfRule>` are not). */
function isCellTagEnd(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === 0x3e || byte === 0x2f;
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

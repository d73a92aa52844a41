import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Parse } from 'unzipper';
import { ingestionLimits, mebibytes } from './limits';
import { fileProblem, IngestionFailure } from './problems';
import { readZipDirectory, type DirectoryEntry } from './zip-directory';

const limits = ingestionLimits.workbook;
const lessThan = 0x3c;
const letterC = 0x63;

/** A stored workbook: its end is read by byte ranges (the central directory), then it is streamed. */
export interface WorkbookFile {
  byteSize: number;
  /** Bytes `start` to `end`, inclusive (as HTTP ranges count). */
  range(start: number, end: number): Promise<AsyncIterable<Buffer>>;
  content(): Promise<AsyncIterable<Buffer>>;
}

/** A central directory needs 46 bytes and a name a part: 1 KB a part is more than any real one. */
const directoryBytesPerPart = 1024;

/**
 * Reads a workbook once, inflating and discarding, before exceljs reads it for real: a file
 * that is not a ZIP or ends early is "damaged", one that inflates beyond the limits (a zip
 * bomb) is refused, before any part of it is held in memory.
 *
 * First the central directory at the end of the ZIP (zip-directory.ts): it has every part's
 * size even when the local headers have none (a data descriptor, general purpose flag bit 3,
 * as streaming writers such as LibreOffice and exceljs write), so a workbook whose parts declare more than the
 * limits (512 MB, or 100 times the file), or that has too many parts, is refused before anything
 * is inflated (inflating 512 MB to find out takes seconds). Then each part is inflated with the same unzipper exceljs
 * uses, and may not inflate beyond the size its headers declare (the central directory's, or
 * the local header's when smaller): a bomb that lies about its sizes is "damaged" at the first
 * chunk past them. Parts are also counted as they inflate, so the check stops at the limit
 * whatever the headers claim: it inflates at most what the limits allow, and `onInflated`
 * is told every chunk it inflates.
 */
export async function checkWorkbook(file: WorkbookFile, onInflated?: (bytes: number) => void): Promise<void> {
  const directory = await readZipDirectory(
    { byteSize: file.byteSize, read: (start, length) => readRange(file, start, length) },
    limits.parts,
    limits.parts * directoryBytesPerPart,
  );
  const limit = expansionLimit(file.byteSize);
  const declaredSizes = refuseDeclaredSizes(directory, limit);
  const source = new SourceErrors(await file.content());
  const zip = Parse({ forceStream: true });
  const fed = pipeline(Readable.from(source.bytes()), zip);
  fed.catch(() => undefined);
  let expanded = 0;
  let cells = 0;
  try {
    for await (const entry of zip) {
      const sheet = /^xl\/worksheets\/[^/]+\.xml$/.test(entry.path);
      const held = isHeld(entry.path);
      const declared = declaredSizes.take(entry.path, localDeclaredSize(entry));
      let partBytes = 0;
      let textRun = 0;
      for await (const chunk of entry as AsyncIterable<Buffer>) {
        onInflated?.(chunk.length);
        expanded += chunk.length;
        partBytes += chunk.length;
        if (partBytes > declared) throw inflatesBeyondHeader(entry.path, declared);
        if (expanded > limit.bytes) throw expandsBeyondLimit(limit);
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

/** `length` bytes from `start`; the stream's own errors (the store's) are thrown as they are, to be retried. */
async function readRange(file: WorkbookFile, start: number, length: number): Promise<Buffer> {
  if (length === 0) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  for await (const chunk of await file.range(start, start + length - 1)) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  if (bytes.length !== length) throw new Error(`the stored workbook gave ${bytes.length} of ${length} bytes at ${start}`);
  return bytes;
}

/** What all of a workbook's parts may inflate to; `fileBytes` when the stored file's size sets it, not the limit. */
interface ExpansionLimit {
  bytes: number;
  fileBytes?: number;
}

function expansionLimit(fileBytes: number): ExpansionLimit {
  const byRatio = Math.max(limits.expansionRatio * fileBytes, limits.smallExpandedBytes);
  return byRatio < limits.expandedBytes ? { bytes: byRatio, fileBytes } : { bytes: limits.expandedBytes };
}

/**
 * Refuses a workbook whose central directory already says it goes beyond a limit, naming the
 * total its parts declare (the most specific limit first: the whole, a held part, then the
 * ratio to the file); otherwise, what each part may inflate to, by name, in the order the
 * directory lists them (a name may appear twice).
 */
function refuseDeclaredSizes(directory: DirectoryEntry[], limit: ExpansionLimit): { take(path: string, local: number | null): number } {
  const total = directory.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.expandedBytes) throw expandsBeyondLimit({ bytes: limits.expandedBytes }, total);
  const byName = new Map<string, number[]>();
  for (const entry of directory) {
    if (isHeld(entry.name) && entry.uncompressedSize > limits.heldPartBytes) throw partExpandsBeyondLimit(entry.name);
    const sizes = byName.get(entry.name);
    if (sizes) sizes.push(entry.uncompressedSize);
    else byName.set(entry.name, [entry.uncompressedSize]);
  }
  if (total > limit.bytes) throw expandsBeyondLimit(limit, total);
  return {
    take(path, local) {
      const listed = byName.get(path)?.shift();
      if (listed === undefined)
        throw fileProblem(
          `bảng tính bị hỏng: phần ${path} không có trong mục lục ZIP (the workbook is damaged: ${path} is not in its ZIP central directory)`,
        );
      return local === null ? listed : Math.min(local, listed);
    },
  };
}

function isHeld(path: string): boolean {
  return /^xl\/(sharedStrings|styles|workbook)\.xml$/.test(path) || /^xl\/_rels\//.test(path);
}

/**
 * What a part's local header says it inflates to; null when the sizes follow the data (a data
 * descriptor, general purpose flag bit 3), as streaming writers do.
 */
function localDeclaredSize(entry: unknown): number | null {
  const vars = (entry as { vars?: { flags?: number; uncompressedSize?: number } }).vars;
  if (vars?.flags === undefined || vars.uncompressedSize === undefined || vars.flags & 0x08) return null;
  return vars.uncompressedSize;
}

/** A part that inflates to more than its header says is damaged (or a bomb hiding its size). */
function inflatesBeyondHeader(path: string, declared: number): IngestionFailure {
  return fileProblem(
    `bảng tính bị hỏng: phần ${path} bung ra quá ${declared} byte ghi trong tiêu đề (the workbook is damaged: ${path} inflates beyond the ${declared} bytes its header declares)`,
  );
}

/** `declared`: the total its central directory declares, when that is what refuses it. */
function expandsBeyondLimit(limit: ExpansionLimit, declared?: number): IngestionFailure {
  const most = mebibytes(limit.bytes);
  let vietnamese = `bảng tính bung ra quá ${most}`;
  let english = `the workbook expands beyond ${most}`;
  if (limit.fileBytes !== undefined) {
    const [file, least] = [mebibytes(limit.fileBytes), mebibytes(limits.smallExpandedBytes)];
    vietnamese += `, mức tối đa cho tệp ${file}: gấp ${limits.expansionRatio} lần cỡ tệp, ít nhất ${least}`;
    english += `, the most a ${file} file may: ${limits.expansionRatio} times its size, ${least} at least`;
  }
  if (declared !== undefined) {
    vietnamese += `${limit.fileBytes === undefined ? ':' : ';'} mục lục ZIP khai báo ${mebibytes(declared)}`;
    english += `${limit.fileBytes === undefined ? ':' : ';'} its ZIP central directory declares ${mebibytes(declared)}`;
  }
  return fileProblem(`${vietnamese} (${english})`);
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

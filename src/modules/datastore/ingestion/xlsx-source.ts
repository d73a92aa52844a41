import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CsvSource } from './csv-source';
import { fileProblem } from './problems';
import { SourceErrors } from './workbook-check';

const sampleRows = 200;
const chunkBytes = 64 * 1024;

/**
 * A workbook read as a stream (exceljs WorkbookReader): the named sheet, or the first, is
 * turned into CSV text so that it takes the same COPY → staging → typed path as a CSV.
 * Numbers are written as JavaScript prints them and dates as ISO dates.
 */
export async function openWorkbook(bytes: AsyncIterable<Buffer>, sheetName: string | null): Promise<CsvSource> {
  const rows = sheetRows(bytes, sheetName);
  const first = await rows.next();
  if (first.done)
    throw fileProblem(
      sheetName
        ? `không có trang tính "${sheetName}" hoặc trang trống (no such sheet, or it is empty)`
        : 'bảng tính trống (the workbook is empty)',
    );
  const header = first.value;
  // A row whose last cells are empty ends early in the sheet: it still has every column.
  const padded = (row: string[]) => (row.length < header.length ? [...row, ...Array<string>(header.length - row.length).fill('')] : row);
  const sample: string[][] = [];
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    sample.push(padded(next.value));
    if (sample.length === sampleRows) break;
  }
  const body = async function* () {
    let text = sample.map(csvLine).join('');
    for await (const row of rows) {
      text += csvLine(padded(row));
      if (text.length >= chunkBytes) {
        yield Buffer.from(text, 'utf8');
        text = '';
      }
    }
    if (text) yield Buffer.from(text, 'utf8');
  };
  return { encoding: 'utf-8', bom: false, dialect: { delimiter: ',', quote: '"' }, header, sample, body: body() };
}

/** Rows of the sheet as text; whatever exceljs or its unzipper throws is the workbook's damage (workbook-check.ts). */
async function* sheetRows(bytes: AsyncIterable<Buffer>, sheetName: string | null): AsyncGenerator<string[]> {
  const source = new SourceErrors(bytes);
  try {
    yield* readSheet(source.bytes(), sheetName);
  } catch (error) {
    throw source.failureOf(error);
  }
}

async function* readSheet(bytes: AsyncIterable<Buffer>, sheetName: string | null): AsyncGenerator<string[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(bytes), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  for await (const sheet of reader) {
    const name = (sheet as unknown as { name?: string }).name;
    if (sheetName && name !== sheetName) continue;
    for await (const row of sheet) {
      const values = (row as ExcelJS.Row).values as unknown[];
      yield values.slice(1).map(cellText);
    }
    return;
  }
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; result?: unknown; text?: string; error?: string };
    if (cell.richText) return cell.richText.map((part) => part.text).join('');
    if ('result' in cell) return cellText(cell.result);
    if (cell.text !== undefined) return cell.text;
    if (cell.error) return '';
  }
  return String(value);
}

function csvLine(cells: string[]): string {
  return `${cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')}\n`;
}

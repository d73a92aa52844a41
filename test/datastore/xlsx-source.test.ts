import fs from 'node:fs';
import os from 'node:os';
import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import JSZip from 'jszip';
import { openWorkbook } from '../../src/modules/datastore/ingestion/xlsx-source';
import { goodWorkbook, streamedWorkbook } from '../hostile/ingestion-fixtures';

const rows: [number, string][] = [
  [1, 'Phường Phủ Hà'],
  [2, 'Xã Phước Dinh'],
];

/** The workbook's header and rows (its CSV body, which begins with the sample) as the ingestion reads them. */
async function read(workbook: Buffer, sheet: string | null = null): Promise<string[][]> {
  const source = await openWorkbook(Readable.from([workbook]), sheet);
  let body = '';
  for await (const chunk of source.body) body += chunk.toString('utf8');
  return [
    source.header,
    ...body
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(',')),
  ];
}

/**
 * exceljs keeps a sheet that comes before xl/workbook.xml (exceljs itself writes that part
 * last) in a temporary file, and unzipper reads the rest of the ZIP meanwhile. A disk slow to
 * create that file (CI under load) let unzipper finish first; exceljs 4.4.0 then stopped at
 * unzipper's early 'end' and lost the parts read meanwhile (patches/exceljs+4.4.0.patch):
 * "Cannot read properties of undefined (reading 'sheets')" for a good workbook, or its shared
 * strings read as "[object Object]". Here every file takes 100 ms to open (tmp opens with
 * fs.open), where the rest of these small ZIPs is read in a few: unpatched, both cases fail.
 */
describe('issue 13: a workbook is read whole however slow its temporary files are', () => {
  const open = fs.open;
  beforeEach(() => {
    jest.spyOn(fs, 'open').mockImplementation(((...args: Parameters<typeof fs.open>) => {
      setTimeout(() => (open as (...all: unknown[]) => void)(...args), 100);
    }) as typeof fs.open);
  });
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ['exceljs writeBuffer (sheet before sharedStrings and workbook.xml)', () => goodWorkbook('slow', rows)],
    ["exceljs's streaming writer (shared strings after the sheet)", () => streamedWorkbook('slow', rows)],
  ])('%s', async (_name, workbook) => {
    const expected = [['ma', 'ten'], ...rows.map(([code, name]) => [String(code), name])];
    expect(await read(await workbook())).toEqual(expected);
    expect(await read(await workbook(), 'Sheet1')).toEqual(expected);
  });
});

/** Three sheets, each with its own rows; exceljs writes them all before xl/workbook.xml. */
async function threeSheets(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const name of ['Một', 'Hai', 'Ba']) {
    const sheet = book.addWorksheet(name);
    sheet.addRow(['ma', 'ten']);
    sheet.addRow([1, `dòng của ${name}`]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Temporary files this process holds (tmp names them tmp-<pid>-…). */
const ownTemporaryFiles = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`));

/**
 * The sheets that wait in temporary files are read after the rest of the ZIP. exceljs 4.4.0
 * removed a skipped sheet's file while its read stream was still opening it, so on a slow disk
 * asking for a later sheet, or for one the workbook lacks, failed with "ENOENT … /tmp/tmp-…"
 * (CI, stop 24); and a reader that stopped at its sheet left the other files and their
 * descriptors behind until the process exited (patches/exceljs+4.4.0.patch).
 */
describe('issue 13: skipping sheets and stopping early lose nothing and leave nothing', () => {
  const open = fs.open;
  beforeEach(() => {
    jest.spyOn(fs, 'open').mockImplementation(((...args: Parameters<typeof fs.open>) => {
      setTimeout(() => (open as (...all: unknown[]) => void)(...args), 50);
    }) as typeof fs.open);
  });
  afterEach(() => jest.restoreAllMocks());

  it('reads a later sheet after skipping the ones before it', async () => {
    const workbook = await threeSheets();
    expect(await read(workbook, 'Ba')).toEqual([
      ['ma', 'ten'],
      ['1', 'dòng của Ba'],
    ]);
    expect(await read(workbook, 'Hai')).toEqual([
      ['ma', 'ten'],
      ['1', 'dòng của Hai'],
    ]);
  });

  it('names a sheet the workbook lacks, after skipping every sheet', async () => {
    await expect(read(await threeSheets(), 'Không có')).rejects.toThrow(/"Không có".*no such sheet/);
  });

  it('removes every temporary file once the read ends, however it ends', async () => {
    const before = ownTemporaryFiles();
    const workbook = await threeSheets();
    await read(workbook, 'Một'); // stops at the first sheet: two files were never read
    await read(workbook);
    await expect(read(workbook, 'Không có')).rejects.toThrow(/no such sheet/);
    expect(ownTemporaryFiles()).toEqual(before);
  });
});

/** The workbook's parts rewritten in `first` order, then the rest as they were. */
async function reordered(workbook: Buffer, first: string[]): Promise<Buffer> {
  const source = await JSZip.loadAsync(workbook);
  const target = new JSZip();
  const names = [...first, ...Object.keys(source.files).filter((name) => !first.includes(name) && !source.files[name].dir)];
  for (const name of names) target.file(name, await source.file(name)!.async('uint8array'));
  return target.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('issue 13: a workbook is read whatever order its writer put the parts in', () => {
  const expected = [['ma', 'ten'], ...rows.map(([code, name]) => [String(code), name])];

  it.each([
    // exceljs 4.4.0 read the sheet at once when strings and relationships were known, before
    // xl/workbook.xml said which sheets exist: "reading 'sheets'" every time (patched).
    [
      'relationships, shared strings, sheet, then workbook.xml',
      ['xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/workbook.xml'],
    ],
    [
      'workbook.xml first, as Excel writes it',
      ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml'],
    ],
    ['the sheet first of all', ['xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', 'xl/_rels/workbook.xml.rels', 'xl/workbook.xml']],
  ])('%s', async (_order, first) => {
    const workbook = await reordered(await goodWorkbook('order', rows), first);
    expect(await read(workbook)).toEqual(expected);
    expect(await read(workbook, 'Sheet1')).toEqual(expected);
  });
});

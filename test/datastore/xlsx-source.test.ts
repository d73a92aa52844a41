import fs from 'node:fs';
import { Readable } from 'node:stream';
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

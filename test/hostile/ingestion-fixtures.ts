import ExcelJS from 'exceljs';

export { manyCellsBomb, oneCellBomb, sharedStringsBomb } from '../../src/bench/workbook-bombs';

/** A small good workbook (ma, ten) whose bytes differ by `tag`. */
export async function goodWorkbook(tag: string, rows: [number, string][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = tag;
  const sheet = book.addWorksheet('Sheet1');
  sheet.addRow(['ma', 'ten']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

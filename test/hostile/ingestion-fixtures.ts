import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

export { embeddedBombWorkbook, manyCellsBomb, manyPartsBomb, nestedBomb, oneCellBomb, sharedStringsBomb } from '../../bench/workbook-bombs';

/** A small good workbook (ma, ten) whose bytes differ by `tag`. */
export async function goodWorkbook(tag: string, rows: [number, string][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = tag;
  const sheet = book.addWorksheet('Sheet1');
  sheet.addRow(['ma', 'ten']);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/**
 * The same, written as streaming writers write (exceljs's WorkbookWriter, LibreOffice): every part's
 * sizes follow its data (a data descriptor, flag bit 3), so its local headers say 0.
 */
export async function streamedWorkbook(tag: string, rows: [number, string][]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: true });
  book.creator = tag;
  const sheet = book.addWorksheet('Sheet1');
  sheet.addRow(['ma', 'ten']).commit();
  for (const row of rows) sheet.addRow(row).commit();
  sheet.commit();
  await book.commit();
  return Buffer.concat(chunks);
}

/** The general purpose flags of each local header of a ZIP, in order. */
export function localFlags(zip: Buffer): number[] {
  const flags: number[] = [];
  const signature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
  for (let at = zip.indexOf(signature); at !== -1; at = zip.indexOf(signature, at + 4)) flags.push(zip.readUInt16LE(at + 6));
  return flags;
}

/**
 * A ZIP (with no archive comment) rewritten with ZIP64 end records and every part's size in
 * its central directory's ZIP64 extra field, as some writers (System.IO.Packaging) always do;
 * `comment` is appended as the archive comment.
 */
export function asZip64(zip: Buffer, comment = ''): Buffer {
  const end = zip.length - 22;
  const count = zip.readUInt16LE(end + 10);
  const directoryOffset = zip.readUInt32LE(end + 16);
  const records: Buffer[] = [];
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    const nameBytes = zip.readUInt16LE(at + 28);
    const extraBytes = zip.readUInt16LE(at + 30);
    const commentBytes = zip.readUInt16LE(at + 32);
    const fixed = Buffer.from(zip.subarray(at, at + 46));
    const zip64 = Buffer.alloc(28);
    zip64.writeUInt16LE(0x0001, 0);
    zip64.writeUInt16LE(24, 2);
    zip64.writeBigUInt64LE(BigInt(fixed.readUInt32LE(24)), 4);
    zip64.writeBigUInt64LE(BigInt(fixed.readUInt32LE(20)), 12);
    zip64.writeBigUInt64LE(BigInt(fixed.readUInt32LE(42)), 20);
    fixed.writeUInt32LE(0xffffffff, 20);
    fixed.writeUInt32LE(0xffffffff, 24);
    fixed.writeUInt32LE(0xffffffff, 42);
    fixed.writeUInt16LE(extraBytes + zip64.length, 30);
    const name = zip.subarray(at + 46, at + 46 + nameBytes);
    const rest = zip.subarray(at + 46 + nameBytes, at + 46 + nameBytes + extraBytes + commentBytes);
    records.push(fixed, name, rest.subarray(0, extraBytes), zip64, rest.subarray(extraBytes));
    at += 46 + nameBytes + extraBytes + commentBytes;
  }
  const directory = Buffer.concat(records);
  const zip64End = Buffer.alloc(56);
  zip64End.writeUInt32LE(0x06064b50, 0);
  zip64End.writeBigUInt64LE(44n, 4);
  zip64End.writeUInt16LE(45, 12);
  zip64End.writeUInt16LE(45, 14);
  zip64End.writeBigUInt64LE(BigInt(count), 24);
  zip64End.writeBigUInt64LE(BigInt(count), 32);
  zip64End.writeBigUInt64LE(BigInt(directory.length), 40);
  zip64End.writeBigUInt64LE(BigInt(directoryOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(directoryOffset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const commentBytes = Buffer.from(comment);
  const endRecord = Buffer.alloc(22);
  endRecord.writeUInt32LE(0x06054b50, 0);
  endRecord.writeUInt16LE(0xffff, 8);
  endRecord.writeUInt16LE(0xffff, 10);
  endRecord.writeUInt32LE(0xffffffff, 12);
  endRecord.writeUInt32LE(0xffffffff, 16);
  endRecord.writeUInt16LE(commentBytes.length, 20);
  return Buffer.concat([zip.subarray(0, directoryOffset), directory, zip64End, locator, endRecord, commentBytes]);
}

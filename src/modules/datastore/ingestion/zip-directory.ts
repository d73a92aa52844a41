import { fileProblem, IngestionFailure } from './problems';

/** A file read by byte ranges (the blob store serves ranges): the end of a ZIP without its start. */
export interface RangeReader {
  byteSize: number;
  read(start: number, length: number): Promise<Buffer>;
}

/** One part as the ZIP's central directory lists it: the sizes that hold even when the local header has none. */
export interface DirectoryEntry {
  name: string;
  uncompressedSize: number;
}

const endRecordBytes = 22;
const maxCommentBytes = 0xffff;
const endSignature = 0x06054b50;
const zip64LocatorSignature = 0x07064b50;
const zip64LocatorBytes = 20;
const zip64EndSignature = 0x06064b50;
const zip64EndBytes = 56;
const entrySignature = 0x02014b50;
const entryBytes = 46;
const zip64ExtraId = 0x0001;
const unset32 = 0xffffffff;
const unset16 = 0xffff;

/**
 * Reads the central directory at the end of a ZIP (APPNOTE 4.3.12–4.3.16, ZIP64 included): the
 * true sizes of every part, which a streaming writer (LibreOffice, exceljs) puts only
 * after each part's data. Refuses before reading the directory when it lists more than
 * `maxEntries` parts or is larger than they could need (`maxDirectoryBytes`). Damage is an
 * IngestionFailure; a failure to read the stored file is thrown as it comes, to be retried.
 */
export async function readZipDirectory(file: RangeReader, maxEntries: number, maxDirectoryBytes: number): Promise<DirectoryEntry[]> {
  const end = await findEndRecord(file);
  if (end.entries > maxEntries) throw tooManyParts(maxEntries);
  if (end.directoryBytes > maxDirectoryBytes || end.directoryOffset + end.directoryBytes > end.offset)
    throw damaged(
      `mục lục ZIP dài ${end.directoryBytes} byte, không hợp lệ`,
      `its ZIP central directory of ${end.directoryBytes} bytes is not valid`,
    );
  const directory = await file.read(end.directoryOffset, end.directoryBytes);
  const entries = parseEntries(directory);
  if (entries.length > maxEntries) throw tooManyParts(maxEntries);
  return entries;
}

interface EndRecord {
  /** Where the end record (or its ZIP64 record) starts: the directory lies before it. */
  offset: number;
  entries: number;
  directoryBytes: number;
  directoryOffset: number;
}

/** The end of central directory record: the last one in the file's final 64 KB (it may carry a comment). */
async function findEndRecord(file: RangeReader): Promise<EndRecord> {
  if (file.byteSize < endRecordBytes) throw noDirectory();
  const tailStart = Math.max(0, file.byteSize - endRecordBytes - maxCommentBytes - zip64LocatorBytes);
  const tail = await file.read(tailStart, file.byteSize - tailStart);
  for (let at = tail.length - endRecordBytes; at >= 0; at -= 1) {
    if (tail.readUInt32LE(at) !== endSignature || at + endRecordBytes + tail.readUInt16LE(at + 20) > tail.length) continue;
    const record: EndRecord = {
      offset: tailStart + at,
      entries: tail.readUInt16LE(at + 10),
      directoryBytes: tail.readUInt32LE(at + 12),
      directoryOffset: tail.readUInt32LE(at + 16),
    };
    const zip64 = record.entries === unset16 || record.directoryBytes === unset32 || record.directoryOffset === unset32;
    return zip64 ? readZip64EndRecord(file, tail, at, tailStart) : record;
  }
  throw noDirectory();
}

async function readZip64EndRecord(file: RangeReader, tail: Buffer, at: number, tailStart: number): Promise<EndRecord> {
  const locator = at - zip64LocatorBytes;
  if (locator < 0 || tail.readUInt32LE(locator) !== zip64LocatorSignature) throw noDirectory();
  const offset = safeNumber(tail.readBigUInt64LE(locator + 8));
  if (offset + zip64EndBytes > tailStart + locator) throw noDirectory();
  const record = await file.read(offset, zip64EndBytes);
  if (record.readUInt32LE(0) !== zip64EndSignature) throw noDirectory();
  return {
    offset,
    entries: safeNumber(record.readBigUInt64LE(32)),
    directoryBytes: safeNumber(record.readBigUInt64LE(40)),
    directoryOffset: safeNumber(record.readBigUInt64LE(48)),
  };
}

function parseEntries(directory: Buffer): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  let at = 0;
  while (at < directory.length) {
    if (at + entryBytes > directory.length || directory.readUInt32LE(at) !== entrySignature)
      throw damaged('mục lục ZIP bị cắt hoặc sai', 'its ZIP central directory is cut short or malformed');
    const nameBytes = directory.readUInt16LE(at + 28);
    const extraBytes = directory.readUInt16LE(at + 30);
    const commentBytes = directory.readUInt16LE(at + 32);
    const next = at + entryBytes + nameBytes + extraBytes + commentBytes;
    if (next > directory.length) throw damaged('mục lục ZIP bị cắt hoặc sai', 'its ZIP central directory is cut short or malformed');
    // Decoded as unzipper decodes the local header's name, so the two can be matched.
    const name = directory.toString('utf8', at + entryBytes, at + entryBytes + nameBytes);
    const size = directory.readUInt32LE(at + 24);
    const extra = directory.subarray(at + entryBytes + nameBytes, at + entryBytes + nameBytes + extraBytes);
    entries.push({ name, uncompressedSize: size === unset32 ? zip64Size(extra) : size });
    at = next;
  }
  return entries;
}

/** A size of 0xffffffff is in the ZIP64 extra field (APPNOTE 4.5.3), where the uncompressed size comes first. */
function zip64Size(extra: Buffer): number {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== zip64ExtraId) continue;
    if (extra.readUInt16LE(at + 2) < 8 || at + 12 > extra.length) break;
    return safeNumber(extra.readBigUInt64LE(at + 4));
  }
  throw damaged('thiếu kích thước ZIP64 của một phần', 'a part has no ZIP64 size');
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw damaged('kích thước ZIP64 quá lớn', 'a ZIP64 size is out of range');
  return Number(value);
}

function damaged(vietnamese: string, english: string): IngestionFailure {
  return fileProblem(`bảng tính bị hỏng: ${vietnamese} (the workbook is damaged: ${english})`);
}

function noDirectory(): IngestionFailure {
  return damaged(
    'không thấy mục lục ZIP ở cuối tệp — tệp bị cắt hoặc không phải XLSX',
    'no ZIP central directory at its end — the file is cut short or is not an XLSX',
  );
}

function tooManyParts(limit: number): IngestionFailure {
  return fileProblem(
    `bảng tính có quá ${limit.toLocaleString('vi')} phần (the workbook has more than ${limit.toLocaleString('en')} parts)`,
  );
}

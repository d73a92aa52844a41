import zlib from 'node:zlib';

/**
 * Workbooks that inflate far beyond their size (zip bombs), made in well under a second: for
 * the hostile-input tests and the benchmark's peak-memory figure.
 */
interface ZipPart {
  name: string;
  /** The part's deflated bytes, and what they inflate to. */
  deflated: Buffer;
  size: number;
  crc: number;
  /** How its sizes are written (ZipSizes). */
  sizes?: ZipSizes;
}

/**
 * Where a part's ZIP headers give its size: truly ('declared', the default), as 1 KB
 * ('understated': a bomb hiding its size), or nowhere before the data ('after-data': a data
 * descriptor, as streaming writers do, so only the central directory at the end tells the
 * size before inflating; 'after-data-understated': the same, the central directory saying 1 KB).
 */
export type ZipSizes = 'declared' | 'understated' | 'after-data' | 'after-data-understated';

function part(name: string, text: string | Buffer): ZipPart {
  const bytes = Buffer.from(text);
  return { name, deflated: zlib.deflateRawSync(bytes), size: bytes.length, crc: zlib.crc32(bytes) };
}

/** A ZIP written by hand (deflate, sizes where `sizes` says), so a part can be any size. */
function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of parts) {
    const name = Buffer.from(entry.name);
    const afterData = entry.sizes === 'after-data' || entry.sizes === 'after-data-understated';
    const understated = entry.sizes === 'understated' || entry.sizes === 'after-data-understated';
    const size = Math.min(understated ? 1024 : entry.size, 0xffffffff);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(afterData ? 0x08 : 0, 6);
    header.writeUInt16LE(8, 8);
    if (!afterData) {
      header.writeUInt32LE(entry.crc >>> 0, 14);
      header.writeUInt32LE(entry.deflated.length, 18);
      header.writeUInt32LE(size, 22);
    }
    header.writeUInt16LE(name.length, 26);
    const descriptor = Buffer.alloc(afterData ? 16 : 0);
    if (afterData) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(entry.crc >>> 0, 4);
      descriptor.writeUInt32LE(entry.deflated.length, 8);
      descriptor.writeUInt32LE(Math.min(entry.size, 0xffffffff), 12);
    }
    locals.push(header, name, entry.deflated, descriptor);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(afterData ? 0x08 : 0, 8);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(entry.crc >>> 0, 16);
    record.writeUInt32LE(entry.deflated.length, 20);
    record.writeUInt32LE(size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += 30 + name.length + entry.deflated.length + descriptor.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * `repeat` copies of `unit` deflated without compressing them all: each copy is one
 * byte-aligned block after a full flush (no back references across it), so the block's
 * bytes can simply be repeated. 600 MB of sheet takes well under a second to make.
 */
function repeated(head: string, unit: string, repeat: number, tail: string, name: string): ZipPart {
  const unitBytes = Buffer.from(unit);
  const block = zlib.deflateRawSync(unitBytes, { finishFlush: zlib.constants.Z_FULL_FLUSH });
  const headBytes = Buffer.from(head);
  const tailBytes = Buffer.from(tail);
  let crc = zlib.crc32(headBytes);
  for (let index = 0; index < repeat; index += 1) crc = zlib.crc32(unitBytes, crc);
  crc = zlib.crc32(tailBytes, crc);
  const deflated = Buffer.concat([
    zlib.deflateRawSync(headBytes, { finishFlush: zlib.constants.Z_FULL_FLUSH }),
    ...Array<Buffer>(repeat).fill(block),
    zlib.deflateRawSync(tailBytes),
  ]);
  return { name, deflated, size: headBytes.length + unitBytes.length * repeat + tailBytes.length, crc };
}

const workbookParts = [
  part(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  ),
  part(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  ),
  part(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ),
  part(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  ),
];

const sheetHead =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
  '<row r="1"><c r="A1" t="inlineStr"><is><t>ma</t></is></c><c r="B1" t="inlineStr"><is><t>ten</t></is></c></row>';
const sheetTail = '</sheetData></worksheet>';

/**
 * A sheet whose rows inflate to `megabytes` (about 60 bytes of XML a cell), its size written
 * in the ZIP's headers as `sizes` says.
 */
export function manyCellsBomb(megabytes: number, sizes: ZipSizes = 'declared'): Buffer {
  const row = '<row><c t="inlineStr"><is><t>1</t></is></c><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(2 ** 20 / 2 ** 7);
  const unit = row.padEnd(2 ** 20, ' ');
  const sheet = repeated(sheetHead, unit, megabytes, sheetTail, 'xl/worksheets/sheet1.xml');
  return zip([...workbookParts, { ...sheet, sizes }]);
}

/** One cell whose text inflates to `megabytes`: what built a string too long for V8. */
export function oneCellBomb(megabytes: number): Buffer {
  const head = `${sheetHead}<row r="2"><c r="A2" t="inlineStr"><is><t>`;
  return zip([
    ...workbookParts,
    repeated(head, 'a'.repeat(2 ** 20), megabytes, `</t></is></c></row>${sheetTail}`, 'xl/worksheets/sheet1.xml'),
  ]);
}

/** Shared strings (held in memory while the sheet is read) inflating to `megabytes`. */
export function sharedStringsBomb(megabytes: number): Buffer {
  const unit = '<si><t>abcdefghij</t></si>'.repeat(2 ** 20 / 32).padEnd(2 ** 20, ' ');
  return zip([
    ...workbookParts,
    repeated(
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
      unit,
      megabytes,
      '</sst>',
      'xl/sharedStrings.xml',
    ),
    part('xl/worksheets/sheet1.xml', `${sheetHead}${sheetTail}`),
  ]);
}

/**
 * `parts` parts of `kilobytes` each (zeros, under xl/media/, which exceljs never reads but
 * the check inflates): many small parts adding up to a bomb, their sizes as `sizes` says.
 */
export function manyPartsBomb(parts: number, kilobytes: number, sizes: ZipSizes = 'after-data'): Buffer {
  const zeros = zlib.deflateRawSync(Buffer.alloc(kilobytes * 1024));
  const crc = zlib.crc32(Buffer.alloc(kilobytes * 1024));
  const media = Array.from({ length: parts }, (_, index) => ({
    name: `xl/media/image${index + 1}.bin`,
    deflated: zeros,
    size: kilobytes * 1024,
    crc,
    sizes,
  }));
  return zip([...workbookParts, part('xl/worksheets/sheet1.xml', `${sheetHead}${sheetTail}`), ...media]);
}

/**
 * A ZIP of `copies` zip bombs (each `manyCellsBomb(600, 'after-data')`), as 42.zip nests
 * them: uploaded as a workbook, it has no workbook parts of its own.
 */
export function nestedBomb(copies: number): Buffer {
  const inner = manyCellsBomb(600, 'after-data');
  return zip(Array.from({ length: copies }, (_, index) => ({ ...part(`bomb${index + 1}.xlsx`, inner), sizes: 'after-data' as const })));
}

/** A good one-sheet workbook (ma, ten; two rows) carrying a zip bomb as an embedded object, which nothing opens. */
export function embeddedBombWorkbook(): Buffer {
  const rows =
    '<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>a</t></is></c></row>' +
    '<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is><t>b</t></is></c></row>';
  return zip([
    ...workbookParts,
    part('xl/worksheets/sheet1.xml', `${sheetHead}${rows}${sheetTail}`),
    { ...part('xl/embeddings/bomb.xlsx', manyCellsBomb(600, 'after-data')), sizes: 'after-data' },
  ]);
}

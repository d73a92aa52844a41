import { countUnreadable } from './control-characters';
import { detectEncoding, type Encoding } from './detect-encoding';
import { toUtf8 } from './decode';
import { fileProblem, IngestionFailure } from './problems';
import { RecordScanner } from './record-scanner';
import { parseRecords, sniffDialect, type CsvDialect } from './sniff';

const sampleBytes = 64 * 1024;
const maxHeaderBytes = 2 ** 20;

/** A CSV opened for loading: what was learnt from its start, and the rest as UTF-8 CSV. */
export interface CsvSource {
  encoding: Encoding;
  /** The file began with a byte order mark. */
  bom: boolean;
  dialect: CsvDialect;
  header: string[];
  /** The first records after the header, for inferring a schema. */
  sample: string[][];
  /** UTF-8 CSV records after the header. */
  body: AsyncIterable<Buffer>;
}

/**
 * Reads only the first 64 KB to decide encoding, delimiter and quote, then the header; the
 * rest stays a stream. A declared encoding is trusted and checked by the server's COPY.
 */
export async function openCsv(bytes: AsyncIterable<Buffer>, declared: Encoding | null): Promise<CsvSource> {
  const source = bytes[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let headLength = 0;
  while (headLength < sampleBytes) {
    const next = await source.next();
    if (next.done) break;
    head.push(next.value);
    headLength += next.value.length;
  }
  const start = Buffer.concat(head);
  if (start.length === 0) throw fileProblem('tệp rỗng (the file is empty)');
  const detected = detectEncoding(start);
  const encoding = declared ?? detected.encoding;
  const bomLength = encoding === detected.encoding ? detected.bomLength : 0;
  const whole = async function* () {
    yield start;
    for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
  };

  let sampleText = '';
  for await (const chunk of toUtf8(oneChunk(start), encoding, bomLength)) sampleText += chunk.toString('utf8');
  if (sampleText.length === 0) throw fileProblem('tệp rỗng (the file is empty)');
  refuseBinary(sampleText, encoding, detected.encoding);
  const dialect = sniffDialect(sampleText);
  const { headerBytes, body } = await splitHeader(toUtf8(whole(), encoding, bomLength), dialect.quote.charCodeAt(0));
  const header = parseRecords(decodeHeader(headerBytes, encoding).replace(/\r?\n$/, ''), dialect)[0] ?? [];
  return { encoding, bom: bomLength > 0, dialect, header, sample: sampleRecords(sampleText, dialect), body };
}

/**
 * Text has hardly any control characters (U+FFFD marks bytes the encoding has no character
 * for); a stray one is reported where it is (a NUL by nul-bytes.ts, at its row and column).
 */
function refuseBinary(sampleText: string, encoding: Encoding, detected: Encoding): void {
  const controls = countUnreadable(sampleText);
  if (controls <= Math.max(8, sampleText.length / 1000)) return;
  const hint = detected !== encoding ? `; it reads as ${detected}` : '';
  throw fileProblem(
    `tệp không phải là văn bản ${encoding} (the file is not text in ${encoding}: ${controls} control characters in its first ${sampleBytes / 1024} KB${hint})`,
  );
}

async function* oneChunk(bytes: Buffer): AsyncGenerator<Buffer> {
  yield bytes;
}

async function splitHeader(utf8: AsyncGenerator<Buffer>, quote: number): Promise<{ headerBytes: Buffer; body: AsyncIterable<Buffer> }> {
  const scanner = new RecordScanner(quote, maxHeaderBytes, 1);
  const parts: Buffer[] = [];
  for (let next = await utf8.next(); !next.done; next = await utf8.next()) {
    const { lastRecordEnd } = scanner.scan(next.value, 1);
    if (lastRecordEnd === -1) {
      parts.push(next.value);
      continue;
    }
    parts.push(next.value.subarray(0, lastRecordEnd));
    const rest = next.value.subarray(lastRecordEnd);
    return {
      headerBytes: Buffer.concat(parts),
      body: (async function* () {
        if (rest.length > 0) yield rest;
        yield* utf8;
      })(),
    };
  }
  scanner.finish();
  return { headerBytes: Buffer.concat(parts), body: oneChunk(Buffer.alloc(0)) };
}

function decodeHeader(bytes: Buffer, encoding: Encoding): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestionFailure([
      { row: 1, column: null, message: `tệp không đúng bảng mã ${encoding} (bytes not valid in the ${encoding} encoding)` },
    ]);
  }
}

function sampleRecords(sampleText: string, dialect: CsvDialect): string[][] {
  const complete = sampleText.slice(0, sampleText.lastIndexOf('\n') + 1);
  try {
    return parseRecords(complete, dialect, 1001).slice(1);
  } catch {
    return [];
  }
}

import iconv from 'iconv-lite';
import type { Encoding } from './detect-encoding';
import { tcvn3ToUtf8 } from './tcvn3';

/**
 * Re-encodes a byte stream as UTF-8, which is what PostgreSQL's COPY reads. UTF-8 input
 * passes through untouched (the server checks it). Windows-1258 writes tones as combining
 * marks: text is composed (NFC), holding back the last character of each chunk in case
 * its mark arrives in the next.
 */
export async function* toUtf8(bytes: AsyncIterable<Buffer>, encoding: Encoding, bomLength: number): AsyncGenerator<Buffer> {
  let skip = bomLength;
  const withoutBom = async function* () {
    for await (const chunk of bytes) {
      if (skip === 0) {
        yield chunk;
        continue;
      }
      const rest = chunk.subarray(Math.min(skip, chunk.length));
      skip -= chunk.length - rest.length;
      if (rest.length > 0) yield rest;
    }
  };
  if (encoding === 'utf-8') return yield* withoutBom();
  if (encoding === 'tcvn3') {
    for await (const chunk of withoutBom()) yield tcvn3ToUtf8(chunk);
    return;
  }
  const decoder = iconv.getDecoder(encoding);
  const compose = encoding === 'windows-1258';
  let held = '';
  for await (const chunk of withoutBom()) {
    const text = held + decoder.write(chunk);
    if (!compose) {
      if (text) yield Buffer.from(text, 'utf8');
      continue;
    }
    const cut = lastCharacterStart(text);
    held = text.slice(cut);
    if (cut > 0) yield Buffer.from(text.slice(0, cut).normalize('NFC'), 'utf8');
  }
  const tail = held + (decoder.end() ?? '');
  if (tail) yield Buffer.from(compose ? tail.normalize('NFC') : tail, 'utf8');
}

/** Where the last base character (with any marks after it) begins. */
function lastCharacterStart(text: string): number {
  let index = text.length - 1;
  while (index > 0 && isCombiningMark(text.charCodeAt(index))) index -= 1;
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff && index > 0 ? index - 1 : Math.max(index, 0);
}

function isCombiningMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

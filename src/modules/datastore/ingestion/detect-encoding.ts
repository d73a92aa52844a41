import chardet from 'chardet';
import iconv from 'iconv-lite';
import { decodeTcvn3, tcvn3Letters } from './tcvn3';

export const encodings = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258', 'tcvn3'] as const;
export type Encoding = (typeof encodings)[number];

export function asEncoding(name: string): Encoding | null {
  const normalised = name
    .trim()
    .toLowerCase()
    .replace(/^utf8$/, 'utf-8')
    .replace(/^(cp|win)1258$/, 'windows-1258');
  const aliases: Record<string, Encoding> = { abc: 'tcvn3', 'tcvn-3': 'tcvn3', tcvn5712: 'tcvn3' };
  const encoding = aliases[normalised] ?? normalised;
  return (encodings as readonly string[]).includes(encoding) ? (encoding as Encoding) : null;
}

export interface DetectedEncoding {
  encoding: Encoding;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

/**
 * The encoding of a file from its first bytes: a byte-order mark decides; otherwise valid
 * UTF-8 is UTF-8; otherwise the legacy Vietnamese encoding whose reading looks most like
 * Vietnamese (chardet knows neither Windows-1258 nor TCVN3, but does recognise BOM-less UTF-16).
 */
export function detectEncoding(sample: Buffer): DetectedEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (sample[0] === 0xff && sample[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (sample[0] === 0xfe && sample[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const utf16 = utf16WithoutBom(sample);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (isUtf8(sample)) return { encoding: 'utf-8', bomLength: 0 };
  const guess = chardet.detect(sample);
  if (guess === 'UTF-16LE') return { encoding: 'utf-16le', bomLength: 0 };
  if (guess === 'UTF-16BE') return { encoding: 'utf-16be', bomLength: 0 };
  const tcvn3 = vietnameseScore(decodeTcvn3(sample));
  const windows1258 = vietnameseScore(iconv.decode(sample, 'windows-1258').normalize('NFC'));
  return { encoding: tcvn3 > windows1258 ? 'tcvn3' : 'windows-1258', bomLength: 0 };
}

/**
 * UTF-16 without a byte-order mark: NUL is valid UTF-8 but rare in text, while UTF-16 has one
 * in every ASCII character, all on odd bytes (little-endian) or all on even ones (big-endian).
 */
function utf16WithoutBom(sample: Buffer): 'utf-16le' | 'utf-16be' | null {
  const nuls = [0, 0];
  for (let index = 0; index < sample.length; index += 1) if (sample[index] === 0) nuls[index % 2] += 1;
  const pairs = Math.floor(sample.length / 2);
  if (nuls[1] > pairs / 3 && nuls[0] < pairs / 50) return 'utf-16le';
  if (nuls[0] > pairs / 3 && nuls[1] < pairs / 50) return 'utf-16be';
  return null;
}

/** Valid UTF-8, allowing the sample to end inside a character. */
export function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

const vietnameseLetters = new Set([...tcvn3Letters, ...'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ']);

/** Share of the non-ASCII characters that are Vietnamese letters. */
function vietnameseScore(text: string): number {
  let nonAscii = 0;
  let vietnamese = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    nonAscii += 1;
    if (vietnameseLetters.has(char)) vietnamese += 1;
  }
  return nonAscii === 0 ? 0 : vietnamese / nonAscii;
}

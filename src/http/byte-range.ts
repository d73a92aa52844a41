/** One byte range of an HTTP Range header, inclusive, within a file of `size` bytes. */
export interface ByteRangeRequest {
  start: number;
  end: number;
}

/**
 * More range specs than this get the whole file: RFC 9110 §14.2 lets a server ignore a Range
 * it finds too costly, and many small parts are a cheap way to make it open the file many times.
 */
export const maxRangesPerRequest = 16;

/**
 * What a GET with a Range header gets: the whole file (200), 416, or the ranges to send
 * (sorted, overlapping and adjacent ones coalesced; one makes a plain 206, more a multipart one).
 */
export type RangeAnswer = { kind: 'whole' } | { kind: 'unsatisfiable' } | { kind: 'ranges'; ranges: ByteRangeRequest[] };

const whole: RangeAnswer = { kind: 'whole' };

/**
 * What to send for a GET with these headers (RFC 9110 §14.2 and §13.1.5): the whole file when
 * there is no Range, when it is not one we read (another unit, bad syntax), when If-Range does
 * not match the file now served (a resumed download must not splice two versions), or when it
 * asks for more than `maxRangesPerRequest` ranges; 'unsatisfiable' when no range it asks for
 * is inside the file; otherwise the ranges inside it (those outside are dropped, §14.1.1).
 */
export function parseRange(headers: { range?: string; 'if-range'?: string }, size: number, etag: string): RangeAnswer {
  const header = headers.range?.trim();
  if (!header) return whole;
  const ifRange = headers['if-range']?.trim();
  // Only a strong entity tag can match; a date cannot (no Last-Modified is sent), nor W/"…".
  if (ifRange !== undefined && ifRange !== etag) return whole;
  const specs = /^bytes=(.+)$/i.exec(header)?.[1].split(',');
  if (!specs || specs.length > maxRangesPerRequest) return whole;
  const ranges: ByteRangeRequest[] = [];
  for (const spec of specs) {
    const match = /^\s*(\d*)-(\d*)\s*$/.exec(spec);
    if (!match || (match[1] === '' && match[2] === '')) return whole;
    if (match[1] !== '' && match[2] !== '' && Number(match[2]) < Number(match[1])) return whole;
    const range = rangeIn(match[1], match[2], size);
    if (range) ranges.push(range);
  }
  if (ranges.length === 0) return { kind: 'unsatisfiable' };
  return { kind: 'ranges', ranges: coalesced(ranges) };
}

function rangeIn(first: string, last: string, size: number): ByteRangeRequest | null {
  if (first === '') {
    const suffix = Number(last);
    return suffix === 0 || size === 0 ? null : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  return start >= size || start > end ? null : { start, end };
}

/**
 * Overlapping and adjacent ranges merged, in file order (RFC 9110 §14.6 allows coalescing
 * whatever order they were asked in): no byte is sent twice, and `0-9, 5-20` is one plain 206.
 */
export function coalesced(ranges: ByteRangeRequest[]): ByteRangeRequest[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const merged: ByteRangeRequest[] = [{ ...sorted[0] }];
  for (const range of sorted.slice(1)) {
    const last = merged[merged.length - 1];
    if (range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

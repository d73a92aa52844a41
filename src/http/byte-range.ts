/** One byte range of an HTTP Range header, inclusive, within a file of `size` bytes. */
export interface ByteRangeRequest {
  start: number;
  end: number;
}

/**
 * What to send for a GET with these headers (RFC 9110 §14.2 and §13.1.5): the whole file
 * (null) when there is no Range, when it is not one we read (another unit, bad syntax), when
 * If-Range does not match the file now served (a resumed download must not splice two
 * versions), or when it asks for several ranges (a server may answer those with the whole
 * file); 'unsatisfiable' when no range it asks for is inside the file; otherwise the range.
 */
export function parseRange(
  headers: { range?: string; 'if-range'?: string },
  size: number,
  etag: string,
): ByteRangeRequest | null | 'unsatisfiable' {
  const header = headers.range?.trim();
  if (!header) return null;
  const ifRange = headers['if-range']?.trim();
  // Only a strong entity tag can match; a date cannot (no Last-Modified is sent), nor W/"…".
  if (ifRange !== undefined && ifRange !== etag) return null;
  const specs = /^bytes=(.+)$/i.exec(header)?.[1].split(',');
  if (!specs) return null;
  const ranges: ByteRangeRequest[] = [];
  for (const spec of specs) {
    const match = /^\s*(\d*)-(\d*)\s*$/.exec(spec);
    if (!match || (match[1] === '' && match[2] === '')) return null;
    if (match[1] !== '' && match[2] !== '' && Number(match[2]) < Number(match[1])) return null;
    const range = rangeIn(match[1], match[2], size);
    if (range) ranges.push(range);
  }
  if (ranges.length === 0) return 'unsatisfiable';
  return ranges.length === 1 ? ranges[0] : null;
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

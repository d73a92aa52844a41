/** One byte range of an HTTP Range header, inclusive, within a file of `size` bytes. */
export interface ByteRangeRequest {
  start: number;
  end: number;
}

/**
 * Reads `bytes=a-b`, `bytes=a-` and `bytes=-n`. Returns null for no header (the whole file),
 * 'unsatisfiable' for a range outside the file or a form we do not serve (several ranges).
 */
export function parseRange(header: string | undefined, size: number): ByteRangeRequest | null | 'unsatisfiable' {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return 'unsatisfiable';
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

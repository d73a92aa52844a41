import { InputError } from './errors';

/** Where a newest-first page ends: the last item's time and id (the tie-breaker). */
export interface KeysetCursor {
  at: Date;
  id: string;
  /** What a listing sorts by before time (a rank, a usage count), when it has one. */
  score?: number;
}

export function encodeKeyset(cursor: KeysetCursor): string {
  const parts: unknown[] = [new Date(cursor.at).toISOString(), cursor.id];
  if (cursor.score !== undefined && cursor.score !== null) parts.push(Number(cursor.score));
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** The cursor a client sent back; a forged or damaged one is a field error, never a crash. */
export function decodeKeyset(text: string, field = 'after'): KeysetCursor {
  try {
    const [at, id, score] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [string, string, number | undefined];
    const date = new Date(at);
    if (Number.isNaN(date.getTime()) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) throw new Error();
    if (score !== undefined && typeof score !== 'number') throw new Error();
    return { at: date, id, ...(score !== undefined ? { score } : {}) };
  } catch {
    throw new InputError([{ field, message: 'không phải con trỏ hợp lệ (not a valid cursor)' }]);
  }
}

/** Page sizes: 20 unless asked, never more than 100. */
export function pageSize(first: number | null | undefined, field = 'first'): number {
  if (first === null || first === undefined) return 20;
  return boundedPageSize(first, 100, field);
}

/** A page size a client asked for, from 1 to `max` (each listing has its own), or a field error. */
export function boundedPageSize(first: number, max: number, field = 'first'): number {
  if (!Number.isInteger(first) || first < 1 || first > max)
    throw new InputError([{ field, message: `từ 1 đến ${max} (between 1 and ${max})` }]);
  return first;
}

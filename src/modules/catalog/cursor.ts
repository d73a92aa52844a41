import { InputError } from '../../shared/errors';

/** Where a page of datasets ends: (a score: rank or usage, when the sort has one,) createdAt desc, id desc. */
export interface DatasetCursor {
  createdAt: Date;
  id: string;
  score?: number;
}

export function encodeCursor(cursor: DatasetCursor): string {
  const parts: unknown[] = [new Date(cursor.createdAt).toISOString(), cursor.id];
  if (cursor.score !== undefined && cursor.score !== null) parts.push(Number(cursor.score));
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

export function decodeCursor(text: string): DatasetCursor {
  try {
    const [createdAt, id, score] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [string, string, number | undefined];
    const date = new Date(createdAt);
    if (Number.isNaN(date.getTime()) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) throw new Error();
    if (score !== undefined && typeof score !== 'number') throw new Error();
    return { createdAt: date, id, ...(score !== undefined ? { score } : {}) };
  } catch {
    throw new InputError([{ field: 'after', message: 'không phải con trỏ hợp lệ (not a valid cursor)' }]);
  }
}

import { InputError } from '../../shared/errors';

/** Where a page of datasets ends: the listing order is (createdAt desc, id desc). */
export interface DatasetCursor {
  createdAt: Date;
  id: string;
}

export function encodeCursor(cursor: DatasetCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), cursor.id])).toString('base64url');
}

export function decodeCursor(text: string): DatasetCursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(createdAt);
    if (Number.isNaN(date.getTime()) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/.test(id)) throw new Error();
    return { createdAt: date, id };
  } catch {
    throw new InputError([{ field: 'after', message: 'không phải con trỏ hợp lệ (not a valid cursor)' }]);
  }
}

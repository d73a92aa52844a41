import { decodeKeyset, encodeKeyset } from '../../shared/cursor';

/** Where a page of datasets ends: (a score: rank or usage, when the sort has one,) createdAt desc, id desc. */
export interface DatasetCursor {
  createdAt: Date;
  id: string;
  score?: number;
}

/** The shared keyset format, under the names the catalogue's queries use. */
export function encodeCursor(cursor: DatasetCursor): string {
  return encodeKeyset({ at: cursor.createdAt, id: cursor.id, score: cursor.score });
}

export function decodeCursor(text: string): DatasetCursor {
  const { at, id, score } = decodeKeyset(text);
  return { createdAt: at, id, ...(score !== undefined ? { score } : {}) };
}

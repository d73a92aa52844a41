import { createHash } from 'node:crypto';
import { InputError } from '../../../shared/errors';
import type { SortKey } from './sort';
import type { SqlParams } from './sql';
import { boundValueFor } from './values';

/**
 * Where a page ended: the last row's sort values (exact text, NULL kept) and its `_row`,
 * plus a fingerprint of the version and order it belongs to, so a cursor is never applied
 * to another order or version (its values would not line up).
 */
export interface RowCursor {
  values: (string | null)[];
  row: number;
}

export function orderFingerprint(versionId: string, keys: readonly SortKey[]): string {
  const order = keys.map((key) => [key.column?.name ?? null, key.descending]);
  return createHash('sha256')
    .update(JSON.stringify([versionId, order]))
    .digest('base64url')
    .slice(0, 12);
}

export function encodeRowCursor(fingerprint: string, cursor: RowCursor): string {
  return Buffer.from(JSON.stringify([fingerprint, cursor.values, cursor.row])).toString('base64url');
}

export function decodeRowCursor(text: string, fingerprint: string, keys: readonly SortKey[]): RowCursor {
  const invalid = (message: string) => new InputError([{ field: 'after', message }]);
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid('không phải con trỏ hợp lệ (not a valid cursor)');
  }
  if (!Array.isArray(decoded) || decoded.length !== 3) throw invalid('không phải con trỏ hợp lệ (not a valid cursor)');
  const [ownFingerprint, values, row] = decoded as [unknown, unknown, unknown];
  if (ownFingerprint !== fingerprint) {
    throw invalid('con trỏ thuộc phiên bản hoặc thứ tự sắp xếp khác (cursor belongs to another version or sort order)');
  }
  const columnKeys = keys.slice(0, -1);
  const wellFormed =
    Array.isArray(values) &&
    values.length === columnKeys.length &&
    typeof row === 'number' &&
    Number.isSafeInteger(row) &&
    values.every((value, index) => (value === null ? columnKeys[index].nullable : typeof value === 'string'));
  if (!wellFormed) throw invalid('không phải con trỏ hợp lệ (not a valid cursor)');
  // A forged value must not reach PostgreSQL's casts: check it like a filter value.
  columnKeys.forEach((key, index) => values[index] !== null && boundValueFor(key.column!, values[index], 'after'));
  return { values: values as (string | null)[], row };
}

/**
 * Rows after the cursor in the page order. When every key is non-null and runs one way, a
 * row-value comparison `(a, b, _row) > (…)`, which PostgreSQL turns into an index range on
 * (a, b, _row). Otherwise the order expanded key by key, with NULLs last in both directions:
 * after a NULL comes only a later NULL, and after a value come greater values, then NULLs.
 */
export function afterCursorCondition(keys: readonly SortKey[], cursor: RowCursor, params: SqlParams): string {
  const values = [...cursor.values, String(cursor.row)];
  const bind = (index: number) => params.bind(values[index], keys[index].column?.sqlType ?? 'bigint');
  const oneDirection = keys.every((key) => key.descending === keys[0].descending);
  if (oneDirection && keys.every((key, index) => !key.nullable && values[index] !== null)) {
    const row = keys.map((key) => key.identifier).join(', ');
    return `(${row}) ${keys[0].descending ? '<' : '>'} (${keys.map((_key, index) => bind(index)).join(', ')})`;
  }
  const after = (index: number): string => {
    const key = keys[index];
    const strictlyAfter =
      values[index] === null
        ? null
        : `${key.identifier} ${key.descending ? '<' : '>'} ${bind(index)}${key.nullable ? ` or ${key.identifier} is null` : ''}`;
    if (index === keys.length - 1) return strictlyAfter ?? 'false';
    const equal = values[index] === null ? `${key.identifier} is null` : `${key.identifier} = ${bind(index)}`;
    const tie = `${equal} and (${after(index + 1)})`;
    return strictlyAfter ? `${strictlyAfter} or (${tie})` : tie;
  };
  return `(${after(0)})`;
}

import { InputError } from '../../../shared/errors';
import { rowNumberColumn } from '../version-tables';
import { columnNamed, type RowColumn } from './columns';
import { columnIdentifier } from './sql';
import { isSortable } from './values';

export interface RowSort {
  column: string;
  descending?: boolean | null;
}

export const maxSortColumns = 3;

/** One key of the page order; the last key is always the source line `_row`. */
export interface SortKey {
  /** Null for `_row`. */
  column: RowColumn | null;
  identifier: string;
  descending: boolean;
  /** NULLs sort last in both directions; a required column has none. */
  nullable: boolean;
}

/**
 * The order of a page: up to three schema columns, then `_row` as the tie-breaker, so the
 * order is total and a keyset cursor is exact. `_row` runs ascending (source order among
 * ties) unless every sort column is descending: then the whole order is one direction and a
 * single index on (column, _row) serves it, scanned backwards.
 */
export function sortKeys(sort: readonly RowSort[], columns: readonly RowColumn[]): SortKey[] {
  if (sort.length > maxSortColumns) {
    throw new InputError([{ field: 'sort', message: `tối đa ${maxSortColumns} cột (at most ${maxSortColumns} columns)` }]);
  }
  const keys = sort.map((entry, index): SortKey => {
    const field = `sort[${index}].column`;
    const column = columnNamed(columns, entry.column, field);
    if (!isSortable(column)) {
      throw new InputError([{ field, message: `không sắp xếp được theo cột kiểu ${column.type} (cannot sort by this type)` }]);
    }
    if (sort.slice(0, index).some((earlier) => earlier.column === entry.column)) {
      throw new InputError([{ field, message: `cột ${JSON.stringify(entry.column)} đã có trong sort (column sorted twice)` }]);
    }
    return { column, identifier: columnIdentifier(column.name), descending: entry.descending === true, nullable: !column.required };
  });
  const allDescending = keys.length > 0 && keys.every((key) => key.descending);
  return [...keys, { column: null, identifier: columnIdentifier(rowNumberColumn), descending: allDescending, nullable: false }];
}

export function orderByClause(keys: readonly SortKey[]): string {
  return keys.map((key) => `${key.identifier} ${key.descending ? 'desc' : 'asc'}${key.nullable ? ' nulls last' : ''}`).join(', ');
}

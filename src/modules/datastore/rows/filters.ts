import { InputError } from '../../../shared/errors';
import { maxSearchTerms } from '../../../shared/input-bounds';
import { columnNamed, type RowColumn } from './columns';
import { columnIdentifier, type SqlParams } from './sql';
import { boundValueFor, isComparable } from './values';

/** One filter on one schema column; several operators in one filter all apply (AND). */
export interface RowFilter {
  column: string;
  eq?: unknown;
  ne?: unknown;
  lt?: unknown;
  lte?: unknown;
  gt?: unknown;
  gte?: unknown;
  in?: unknown[] | null;
  /** Text columns: accent- and case-insensitive substring ("ho tich" finds "Hộ tịch"). */
  contains?: string | null;
  /** true: the cell is empty; false: it is not. */
  isNull?: boolean | null;
}

export const maxInValues = 1000;

const comparisons = { eq: '=', ne: '<>', lt: '<', lte: '<=', gt: '>', gte: '>=' } as const;
type Comparison = keyof typeof comparisons;
type Operator = Comparison | 'in' | 'contains' | 'isNull';
const operators: Operator[] = [...(Object.keys(comparisons) as Comparison[]), 'in', 'contains', 'isNull'];

/** SQL conditions (ANDed) for the filters, every value bound, every name quoted. */
export function filterConditions(filters: readonly RowFilter[], columns: readonly RowColumn[], params: SqlParams): string[] {
  return filters.flatMap((filter, index) => {
    const at = `filter[${index}]`;
    const column = columnNamed(columns, filter.column, `${at}.column`);
    const given = operators.filter((operator) => filter[operator] !== undefined);
    if (given.length === 0) {
      throw new InputError([{ field: at, message: `cần một phép so sánh: ${operators.join(', ')} (needs an operator)` }]);
    }
    return given.map((operator) => condition(column, operator, filter[operator], `${at}.${operator}`, params));
  });
}

function condition(column: RowColumn, operator: Operator, raw: unknown, field: string, params: SqlParams): string {
  const id = columnIdentifier(column.name);
  if (raw === null) {
    throw new InputError([
      { field, message: 'không được để null; dùng isNull để tìm ô trống (must not be null; use isNull for empty cells)' },
    ]);
  }
  if (operator === 'isNull') return raw ? `${id} is null` : `${id} is not null`;
  if (!isComparable(column)) {
    throw new InputError([
      {
        field,
        message: `cột ${JSON.stringify(column.name)} kiểu ${column.type} chỉ lọc được bằng isNull (only isNull applies to this type)`,
      },
    ]);
  }
  if (operator === 'contains') {
    if (column.sqlType !== 'text') {
      throw new InputError([
        {
          field,
          message: `contains chỉ dùng cho cột chữ, ${JSON.stringify(column.name)} là ${column.type} (contains needs a text column)`,
        },
      ]);
    }
    const pattern = `%${escapeLike(String(boundValueFor(column, raw, field)))}%`;
    return `unaccent(lower(${id})) like unaccent(lower(${params.bind(pattern)}))`;
  }
  if (operator === 'in') {
    const values = raw as unknown[];
    if (values.length === 0 || values.length > maxInValues) {
      throw new InputError([{ field, message: `cần từ 1 đến ${maxInValues} giá trị (between 1 and ${maxInValues} values)` }]);
    }
    const placeholders = values.map((value, index) => params.bind(boundValueFor(column, value, `${field}[${index}]`), column.sqlType));
    return `${id} in (${placeholders.join(', ')})`;
  }
  return `${id} ${comparisons[operator]} ${params.bind(boundValueFor(column, raw, field), column.sqlType)}`;
}

/**
 * A free-text search over rows (CKAN datastore_search's plain `q`): every word, accent- and
 * case-insensitive, inside some text column. Null when the text has no word.
 */
export function searchCondition(text: string, columns: readonly RowColumn[], params: SqlParams): string | null {
  const words = [...new Set(text.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, maxSearchTerms);
  const texts = columns.filter((column) => column.sqlType === 'text');
  if (words.length === 0) return null;
  if (texts.length === 0) return 'false';
  return words
    .map((word) => {
      const pattern = `%${escapeLike(word)}%`;
      const anyColumn = texts.map((column) => `unaccent(lower(${columnIdentifier(column.name)})) like unaccent(${params.bind(pattern)})`);
      return `(${anyColumn.join(' or ')})`;
    })
    .join(' and ');
}

/** LIKE treats % and _ as wildcards and \ as its escape: a searched value means itself. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

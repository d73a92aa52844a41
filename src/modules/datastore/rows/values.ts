import { InputError } from '../../../shared/errors';
import type { RowColumn } from './columns';
import { columnIdentifier } from './sql';

/** A value ready to bind: PostgreSQL casts it to the column type (`?::bigint`). */
export type BoundValue = string | boolean;

type Parser = (raw: unknown) => BoundValue | undefined;

const integerText = /^[+-]?\d{1,19}$/;
const decimalText = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,4})?$/;
const dateText = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimeText = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}(:?\d{2})?)?$/;
const timeText = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,6})?)?$/;
const isoDurationText = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

function integerIn(min: bigint, max: bigint): Parser {
  return (raw) => {
    const text = typeof raw === 'number' && Number.isSafeInteger(raw) ? String(raw) : raw;
    if (typeof text !== 'string' || !integerText.test(text)) return undefined;
    const value = BigInt(text);
    return value >= min && value <= max ? value.toString() : undefined;
  };
}

function isCalendarDate(year: string, month: string, day: string): boolean {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}

/** Accepted spellings per column type: JSON numbers and booleans, or their text forms. */
const parsers: Record<string, { parse: Parser; expected: string }> = {
  text: { parse: (raw) => (typeof raw === 'string' ? raw : undefined), expected: 'chuỗi (a string)' },
  bigint: { parse: integerIn(-(2n ** 63n), 2n ** 63n - 1n), expected: 'số nguyên (an integer)' },
  integer: { parse: integerIn(-(2n ** 31n), 2n ** 31n - 1n), expected: 'số nguyên (an integer)' },
  numeric: {
    parse: (raw) => {
      if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
      return typeof raw === 'string' && decimalText.test(raw) ? raw : undefined;
    },
    expected: 'số, dấu chấm thập phân (a number, decimal point)',
  },
  boolean: {
    parse: (raw) => (typeof raw === 'boolean' ? raw : raw === 'true' ? true : raw === 'false' ? false : undefined),
    expected: 'true hoặc false (true or false)',
  },
  date: {
    parse: (raw) => {
      const match = typeof raw === 'string' ? dateText.exec(raw) : null;
      return match && isCalendarDate(match[1], match[2], match[3]) ? match[0] : undefined;
    },
    expected: 'ngày dạng YYYY-MM-DD (a date, YYYY-MM-DD)',
  },
  timestamptz: {
    parse: (raw) => {
      const match = typeof raw === 'string' ? dateTimeText.exec(raw) : null;
      const valid = match && isCalendarDate(match[1], match[2], match[3]) && Number(match[4]) < 24 && Number(match[5]) < 60;
      return valid ? match[0] : undefined;
    },
    expected: 'thời điểm ISO 8601 (an ISO 8601 date-time)',
  },
  time: { parse: (raw) => (typeof raw === 'string' && timeText.test(raw) ? raw : undefined), expected: 'giờ dạng HH:MM:SS (a time)' },
  interval: {
    parse: (raw) => (typeof raw === 'string' && isoDurationText.test(raw) ? raw : undefined),
    expected: 'khoảng thời gian ISO 8601, ví dụ P1DT2H (an ISO 8601 duration)',
  },
};

/** Columns whose values have an order that keyset paging can resume from. */
const sortableTypes = new Set(['text', 'bigint', 'integer', 'numeric', 'boolean', 'date', 'timestamptz', 'time']);

export function isSortable(column: RowColumn): boolean {
  return sortableTypes.has(column.sqlType);
}

/** JSON columns (object, array, geojson) can only be tested for emptiness. */
export function isComparable(column: RowColumn): boolean {
  return column.sqlType in parsers;
}

/**
 * Converts a client's value to what is bound for the column, or a field error naming the
 * filter (e.g. filter[2].gte) and the column: a bad value never reaches PostgreSQL.
 */
export function boundValueFor(column: RowColumn, raw: unknown, field: string): BoundValue {
  const parser = parsers[column.sqlType];
  const value = parser?.parse(raw);
  if (value === undefined) {
    const shown = JSON.stringify(raw)?.slice(0, 60) ?? String(raw);
    const expected = parser?.expected ?? 'không so sánh được (not comparable)';
    throw new InputError([
      { field, message: `cột ${JSON.stringify(column.name)} cần ${expected}, nhận ${shown} (column needs this type)` },
    ]);
  }
  return value;
}

const maxSafeInteger = '9007199254740991';

/**
 * The cell as PostgreSQL writes it in JSON, which pg parses into typed values. An integer
 * beyond ±2^53 comes as a string so that no digit is lost in a JavaScript client.
 */
export function cellExpression(column: RowColumn): string {
  const id = columnIdentifier(column.name);
  if (column.sqlType === 'bigint') {
    return `case when ${id} between -${maxSafeInteger} and ${maxSafeInteger} then to_json(${id}) else to_json(${id}::text) end`;
  }
  return `to_json(${id})`;
}

/** A sort value as exact text for the cursor (numeric keeps every digit, dates stay ISO). */
export function sortKeyExpression(column: RowColumn): string {
  return `to_json(${columnIdentifier(column.name)}) #>> '{}'`;
}

import { unguardFormula } from './formula';
import type { TableField, TableSchema } from './table-schema';

/** A cell of a CSV as JSON: what datasetRows gives for the same value of the same version. */
export type JsonValue = string | number | boolean | null;
export type CellReader = (cell: string) => JsonValue;

const defaultTrue = ['true', 'True', 'TRUE', '1'];
const defaultFalse = ['false', 'False', 'FALSE', '0'];

/**
 * One reader per field of the Table Schema that describes a served CSV: numbers by its
 * groupChar, decimalChar and bareNumber, integers beyond ±2^53 as strings (as GraphQL gives
 * them), dates as ISO 8601, missing values as null and text exactly as uploaded. `guarded`:
 * the hub wrote the CSV, so a formula-like cell carries the ' it added (formula.ts).
 */
export function cellReaders(schema: TableSchema | null, header: string[], guarded: boolean): CellReader[] {
  const missing = new Set(schema?.missingValues ?? ['']);
  const byName = new Map((schema?.fields ?? []).map((field) => [field.name, field]));
  return header.map((name) => {
    const read = valueReader(byName.get(name), guarded);
    return (cell) => (missing.has(cell) ? null : read(cell));
  });
}

function valueReader(field: TableField | undefined, guarded: boolean): CellReader {
  switch (field?.type) {
    case 'integer':
      return (cell) => integerValue(numberText(field, cell)) ?? cell;
    case 'number':
      return (cell) => {
        // + 0: "-0" is zero, as the database's numeric (which has no negative zero) and datasetRows give it.
        const number = Number(numberText(field, cell)) + 0;
        return Number.isFinite(number) ? number : cell;
      };
    case 'year':
      return (cell) => (/^[0-9]{4}$/.test(cell) ? Number(cell) : cell);
    case 'boolean': {
      const trueValues = new Set(field.trueValues ?? defaultTrue);
      const falseValues = new Set(field.falseValues ?? defaultFalse);
      return (cell) => (trueValues.has(cell) ? true : falseValues.has(cell) ? false : cell);
    }
    case 'date':
      return dateReader(field.format);
    case 'datetime':
      return (cell) => {
        const time = Date.parse(cell);
        return Number.isNaN(time) ? cell : new Date(time).toISOString();
      };
    default:
      return guarded ? unguardFormula : (cell) => cell;
  }
}

/** The number as plain digits with '.' for decimals. */
function numberText(field: TableField, cell: string): string {
  let text = cell;
  if (field.bareNumber === false) {
    const decimal = field.decimalChar ?? '.';
    text = text.replace(/^[^0-9+-]+/, (lead) => (lead.endsWith(decimal) ? decimal : '')).replace(/[^0-9]+$/, '');
  }
  if (field.groupChar) text = text.split(field.groupChar).join('');
  if (field.decimalChar && field.decimalChar !== '.') text = text.split(field.decimalChar).join('.');
  return text;
}

function integerValue(text: string): number | string | null {
  if (!/^[+-]?[0-9]+$/.test(text)) return null;
  const value = BigInt(text);
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
}

/** Dates in the field's %d/%m/%Y-style format, as ISO YYYY-MM-DD. */
function dateReader(format: string | undefined): CellReader {
  if (!format || format === 'default' || format === 'any') return (cell) => cell;
  const order: string[] = [];
  const pattern = format.replace(/%([dmY])|([\\^$.|?*+()[\]{}])|(.)/g, (_all, directive: string, special: string, other: string) => {
    if (directive) {
      order.push(directive);
      return directive === 'Y' ? '([0-9]{4})' : '([0-9]{1,2})';
    }
    return special ? `\\${special}` : other;
  });
  const shape = new RegExp(`^${pattern}$`);
  return (cell) => {
    const match = shape.exec(cell);
    if (!match) return cell;
    const part = (directive: string) => match[order.indexOf(directive) + 1];
    return `${part('Y')}-${part('m').padStart(2, '0')}-${part('d').padStart(2, '0')}`;
  };
}

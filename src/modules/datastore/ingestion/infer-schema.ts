import type { TableField, TableSchema } from '../table-schema';

const patterns: { type: string; extra?: Partial<TableField>; test: RegExp }[] = [
  { type: 'integer', test: /^[+-]?\d+$/ },
  { type: 'number', test: /^[+-]?\d+(\.\d+)?$/ },
  // Vietnamese style: 1.234,5 (groupChar ".", decimalChar ",").
  { type: 'number', extra: { decimalChar: ',', groupChar: '.' }, test: /^[+-]?\d{1,3}(\.\d{3})*(,\d+)?$/ },
  { type: 'date', test: /^\d{4}-\d{2}-\d{2}$/ },
  { type: 'date', extra: { format: '%d/%m/%Y' }, test: /^\d{1,2}\/\d{1,2}\/\d{4}$/ },
  { type: 'boolean', test: /^(true|false|TRUE|FALSE|True|False)$/ },
];

/**
 * A Table Schema from a sample when the owner gave none: per column, the first type every
 * non-empty sample value fits (integer, number, date, boolean), else string.
 */
export function inferTableSchema(header: string[], sample: string[][]): TableSchema {
  return {
    fields: header.map((name, index) => {
      const values = sample.map((record) => record[index] ?? '').filter((value) => value !== '');
      const match = values.length === 0 ? undefined : patterns.find((pattern) => values.every((value) => pattern.test.test(value)));
      return match ? { name, type: match.type, ...match.extra } : { name, type: 'string' };
    }),
    missingValues: [''],
  };
}

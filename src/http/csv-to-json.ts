import { Transform, type Readable } from 'node:stream';
import { parse } from 'csv-parse';

interface FieldType {
  name: string;
  type?: string;
}

/**
 * Streams a CSV as a JSON array of objects, one per row, numbers as numbers where the Table
 * Schema says so and empty cells as null. Never holds more than one row.
 */
export function csvToJson(csv: Readable, tableSchema: Record<string, unknown> | null | undefined): Readable {
  const numeric = new Set(
    ((tableSchema?.fields as FieldType[] | undefined) ?? [])
      .filter((field) => field.type === 'integer' || field.type === 'number')
      .map((field) => field.name),
  );
  let first = true;
  const toJson = new Transform({
    writableObjectMode: true,
    transform(row: Record<string, string>, _encoding, done) {
      const typed = Object.fromEntries(Object.entries(row).map(([name, value]) => [name, typedValue(value, numeric.has(name))]));
      done(null, `${first ? '[\n' : ',\n'}${JSON.stringify(typed)}`);
      first = false;
    },
    flush(done) {
      done(null, first ? '[]\n' : '\n]\n');
    },
  });
  const parser = parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: false });
  parser.on('error', (error) => toJson.destroy(error));
  return csv.pipe(parser).pipe(toJson);
}

function typedValue(value: string, numeric: boolean): string | number | null {
  if (value === '') return null;
  if (!numeric) return value;
  const number = Number(value);
  return Number.isFinite(number) ? number : value;
}

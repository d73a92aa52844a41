import { Transform, type Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { asTableSchema, cellReaders, unguardFormula, type CellReader } from '../modules/datastore/service';

/**
 * Streams a served CSV as a JSON array of objects, one per row, each cell read by the Table
 * Schema that describes the file (datastore/json-values.ts): the same values datasetRows gives
 * for that version. `guarded`: the hub wrote the CSV, formula-like cells carry a ' (formula.ts)
 * that belongs to CSV only. Never holds more than one row.
 */
export function csvToJson(csv: Readable, tableSchema: Record<string, unknown> | null | undefined, guarded: boolean): Readable {
  const schema = tableSchema ? asTableSchema(tableSchema) : null;
  let names: string[] = [];
  let readers: CellReader[] = [];
  let first = true;
  const toJson = new Transform({
    writableObjectMode: true,
    transform(row: string[], _encoding, done) {
      if (first && readers.length === 0) {
        names = guarded ? row.map(unguardFormula) : row;
        readers = cellReaders(schema, names, guarded);
        return done();
      }
      const typed = Object.fromEntries(names.map((name, index) => [name, readers[index](row[index] ?? '')]));
      done(null, `${first ? '[\n' : ',\n'}${JSON.stringify(typed)}`);
      first = false;
    },
    flush(done) {
      done(null, first ? '[]\n' : '\n]\n');
    },
  });
  const parser = parse({ bom: true, skip_empty_lines: true, relax_column_count: false });
  parser.on('error', (error) => toJson.destroy(error));
  return csv.pipe(parser).pipe(toJson);
}

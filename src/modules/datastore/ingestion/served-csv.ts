import { Readable } from 'node:stream';
import type { ClientBase } from 'pg';
import type { StoredBlob } from '../../../storage/blob-store';
import { formulaStartSql, guardedStartSql, neutraliseFormula } from '../formula';
import type { TableField, TableSchema } from '../table-schema';
import { quoteIdentifier, rowNumberColumn, sqlTypeOf } from '../version-tables';
import type { CsvSource } from './csv-source';
import { forEachTimedRange } from './timed-ranges';
import { lastRow } from './typed-table';

/** What open data serves for a version: the upload itself, or a CSV written from the typed rows. */
export type ServedCsv = { kind: 'original' } | { kind: 'written'; blob: StoredBlob };

const dateTypes = new Set(['date', 'datetime', 'time']);
/** Table Schema properties that describe how an upload wrote its values, not what they are. */
const localStyles = ['decimalChar', 'groupChar', 'trueValues', 'falseValues', 'bareNumber'] as const;
const rowsPerBatch = 5_000;

/**
 * Open data promises UTF-8, comma-separated CSV whose cells a spreadsheet will not run as
 * formulas (OWASP CSV injection). An upload that already is such a file is served byte for
 * byte, its Table Schema describing its number and date styles; any other (legacy encodings,
 * semicolons, BOM, workbooks, cells starting with = + - @) is written anew from the version's
 * typed table, with canonical values and formula-like text prefixed by '.
 */
export async function writeServedCsv(
  sql: ClientBase,
  typedTable: string,
  schema: TableSchema,
  source: Pick<CsvSource, 'encoding' | 'dialect' | 'bom'>,
  fromWorkbook: boolean,
  store: (content: Readable) => Promise<StoredBlob>,
  /** Whether some text cell starts like a formula, when the load already saw every cell; null to ask SQL. */
  formulaCell: boolean | null = null,
  /** About how long each statement may take when SQL is asked (embedded PGlite: timed-ranges.ts); null for one scan. */
  statementMs: number | null = null,
): Promise<ServedCsv> {
  const alreadyServable =
    !fromWorkbook &&
    source.encoding === 'utf-8' &&
    !source.bom &&
    source.dialect.delimiter === ',' &&
    source.dialect.quote === '"' &&
    !(formulaCell ?? (await hasFormulaCell(sql, typedTable, schema, statementMs)));
  if (alreadyServable) return { kind: 'original' };
  return { kind: 'written', blob: await store(Readable.from(csvLines(sql, typedTable, schema))) };
}

/**
 * The schema that describes a written CSV: the same fields without the upload's local styles,
 * and missing values written as empty cells.
 */
export function canonicalSchema(schema: Record<string, unknown>): Record<string, unknown> {
  const fields = (schema.fields as TableField[] | undefined) ?? [];
  return {
    ...schema,
    missingValues: [''],
    fields: fields.map((field) => {
      const kept: Record<string, unknown> = { ...field };
      for (const style of localStyles) delete kept[style];
      if (dateTypes.has(field.type ?? '')) delete kept.format;
      return kept;
    }),
  };
}

function textColumns(schema: TableSchema): string[] {
  return schema.fields.filter((field) => sqlTypeOf(field.type) === 'text').map((field) => quoteIdentifier(field.name));
}

async function hasFormulaCell(sql: ClientBase, table: string, schema: TableSchema, statementMs: number | null): Promise<boolean> {
  const columns = textColumns(schema);
  if (columns.length === 0) return false;
  const formula = columns.map((column) => `${column} ~ ${formulaStartSql}`).join(' or ');
  const found = async (range: string) =>
    (await sql.query<{ found: boolean }>(`select exists (select 1 from ${table} where (${formula})${range}) as found`)).rows[0].found;
  if (!statementMs) return found('');
  const row = quoteIdentifier(rowNumberColumn);
  let any = false;
  await forEachTimedRange(await lastRow(sql, table), statementMs, async (first, end) => {
    any = await found(` and ${row} >= ${first} and ${row} < ${end}`);
    return any;
  });
  return any;
}

/** One SQL expression per field: its cell as CSV text, quoted when it must be. */
function cellSql(field: TableField): string {
  const column = quoteIdentifier(field.name);
  const sqlType = sqlTypeOf(field.type);
  const text =
    sqlType === 'text'
      ? `(case when ${column} ~ ${guardedStartSql} then '''' || ${column} else ${column} end)`
      : sqlType === 'date'
        ? `to_char(${column}, 'YYYY-MM-DD')`
        : sqlType === 'timestamptz'
          ? `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`
          : `${column}::text`;
  return `coalesce(case when ${text} ~ '[",\\r\\n]' or ${text} = '' then '"' || replace(${text}, '"', '""') || '"' else ${text} end, '')`;
}

/** Keyset batches in row order: memory stays flat however large the table. */
async function* csvLines(sql: ClientBase, table: string, schema: TableSchema): AsyncGenerator<Buffer> {
  yield Buffer.from(`${schema.fields.map((field) => csvCell(field.name)).join(',')}\r\n`);
  const row = quoteIdentifier(rowNumberColumn);
  const line = schema.fields.map(cellSql).join(` || ',' || `);
  let after = -1;
  for (;;) {
    const batch = await sql.query<{ position: string; line: string }>(
      `select ${row}::text as position, ${line} as line from ${table} where ${row} > $1 order by ${row} limit ${rowsPerBatch}`,
      [after],
    );
    if (batch.rows.length === 0) return;
    yield Buffer.from(batch.rows.map((result) => `${result.line}\r\n`).join(''));
    after = Number(batch.rows[batch.rows.length - 1].position);
  }
}

function csvCell(name: string): string {
  const text = neutraliseFormula(name);
  return /[",\r\n]/.test(text) || text === '' ? `"${text.replace(/"/g, '""')}"` : text;
}

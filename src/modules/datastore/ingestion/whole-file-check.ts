import type { ClientBase } from 'pg';
import { quoteIdentifier, rowNumberColumn } from '../version-tables';
import type { InferredColumn } from './infer-schema';
import { literal } from './sql-text';
import { stagingColumn, type JobTables } from './staging';
import { forEachTimedRange } from './timed-ranges';
import { lastRow } from './typed-table';

/**
 * The sample's guess against every row of the file, in one scan of the staging table (by ranges
 * in row order on embedded PGlite, each column's first misfit kept): a column
 * with a value that does not fit its guessed type (a leading zero on row 40,000, a "1.500" after
 * plain integers) becomes text, the reason naming that row and value. Nothing is misread.
 */
export async function checkWholeFile(
  sql: ClientBase,
  tables: JobTables,
  header: string[],
  columns: InferredColumn[],
  /** About how long each statement may take (embedded PGlite: timed-ranges.ts); null for one scan. */
  statementMs: number | null = null,
): Promise<InferredColumn[]> {
  const checked = columns.map((column, index) => ({ column, index })).filter(({ column }) => column.fits !== null);
  if (checked.length === 0) return columns;
  const row = quoteIdentifier(rowNumberColumn);
  const misfits = checked.map(({ column }) => {
    const cell = stagingColumn(header.indexOf(column.column));
    return `min(case when ${cell} <> '' and ${cell} !~ ${literal(column.fits!)} then ${row} end)::text`;
  });
  const scan = async (range: string) =>
    (await sql.query<{ rows: (string | null)[] }>(`select array[${misfits.join(', ')}] as rows from ${tables.staging}${range}`)).rows[0]
      .rows;
  let firstMisfits: (string | null)[];
  if (!statementMs) firstMisfits = await scan('');
  else {
    firstMisfits = checked.map(() => null);
    await forEachTimedRange(await lastRow(sql, tables.staging), statementMs, async (first, end) => {
      const found = await scan(` where ${row} >= ${first} and ${row} < ${end}`);
      // Ranges go in row order: a column's first misfit is in the first range that has one.
      firstMisfits = firstMisfits.map((known, position) => known ?? found[position]);
    });
  }
  const result = [...columns];
  for (const [position, { column, index }] of checked.entries()) {
    const misfit = firstMisfits[position];
    if (misfit === null) continue;
    const cell = stagingColumn(header.indexOf(column.column));
    const value = (await sql.query<{ value: string }>(`select ${cell} as value from ${tables.staging} where ${row} = $1`, [misfit])).rows[0]
      .value;
    result[index] = {
      column: column.column,
      type: 'string',
      reason: `dòng ${misfit}: "${value.slice(0, 40)}" không hợp kiểu ${column.type} suy ra từ mẫu, nên giữ dạng văn bản (row ${misfit} does not fit the type the sample suggested: kept as text)`,
      ownerMustDecide: false,
      field: { name: column.column, type: 'string' },
      fits: null,
    };
  }
  return result;
}

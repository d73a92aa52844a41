import type { ClientBase, PoolClient } from 'pg';
import { quoteIdentifier, rowNumberColumn } from '../version-tables';
import type { FieldSql } from './field-sql';
import type { StageTimer } from './stage-timer';
import type { JobTables } from './staging';
import { forEachTimedRange } from './timed-ranges';

/**
 * The fast path: create the version's table with the schema as constraints (NOT NULL, CHECK,
 * unique indexes) and fill it from staging in one INSERT … SELECT whose casts raise on any
 * value not of its type. Nothing is checked row by row in JavaScript; if anything raises,
 * the caller drops the table and asks validate-sql.ts for the full list of problems.
 */
export async function buildTypedTable(
  sql: ClientBase,
  tables: JobTables,
  fields: FieldSql[],
  uniqueKeys: string[][],
  timer: StageTimer,
  /** More connections: the INSERT … SELECT split by ranges of `_row`, one range each. */
  more: (() => Promise<PoolClient>) | null = null,
  /** About how long each statement may take (a keyed staging table, read by ranges: timed-ranges.ts); null for one statement. */
  statementMs: number | null = null,
): Promise<number> {
  const row = quoteIdentifier(rowNumberColumn);
  await createTypedTable(sql, tables, fields);
  const insert = `insert into ${tables.typed} (${row}, ${fields.map((field) => field.column).join(', ')}) select ${row}, ${fields.map((field) => field.typed).join(', ')} from ${tables.staging}`;
  if (statementMs) {
    // Indexes first: each bounded insert maintains them, where one build at the end would be one long statement.
    await timer.time('indexes', () => buildIndexes(sql, tables, uniqueKeys, null));
    return timer.time('typing', () => insertInRanges(sql, insert, tables, row, statementMs));
  }
  const inserted = await timer.time('typing', () => (more ? insertInTwo(sql, more, insert, tables, row) : insertAll(sql, insert)));
  await timer.time('indexes', () => buildIndexes(sql, tables, uniqueKeys, more));
  return inserted;
}

/**
 * Embedded PGlite runs one statement at a time for everyone, in the hub's own thread: typing
 * a range of rows per statement lets the requests of others run between them.
 */
async function insertInRanges(sql: ClientBase, insert: string, tables: JobTables, row: string, statementMs: number): Promise<number> {
  let inserted = 0;
  await forEachTimedRange(await lastRow(sql, tables.staging), statementMs, async (first, end) => {
    const result = await sql.query(`${insert} where ${row} >= ${first} and ${row} < ${end}`);
    inserted += result.rowCount ?? 0;
  });
  return inserted;
}

/** The highest row number of a job's table (0 when empty): where a walk by ranges ends. */
export async function lastRow(sql: ClientBase, table: string): Promise<number> {
  const bounds = await sql.query<{ last: string | null }>(`select max(${quoteIdentifier(rowNumberColumn)}) as last from ${table}`);
  return Number(bounds.rows[0].last ?? 0);
}

/** The version's table, with the schema as constraints (NOT NULL, CHECK); unique keys come after the rows. */
export async function createTypedTable(sql: ClientBase, tables: JobTables, fields: FieldSql[]): Promise<void> {
  const row = quoteIdentifier(rowNumberColumn);
  const columns = fields.map((field) => {
    const checks = field.rules.map((rule) => `check (${rule.holds(field.column)})`).join(' ');
    return `${field.column} ${field.sqlType}${field.required ? ' not null' : ''} ${checks}`.trim();
  });
  await sql.query(`create table ${tables.typed} (${row} bigint not null, ${columns.join(', ')})`);
}

/**
 * Indexes after the rows: one sort each instead of index maintenance per row. With a second
 * connection the unique keys are built on it while the first builds the row number's index
 * (CREATE INDEX takes a SHARE lock, so the builds run side by side); the primary key then
 * adopts its index, a catalogue change only.
 */
/** Per index build on a server: a 1,000,000-row key sorts in memory (64 MB, the default, spills). */
const indexMemory = '256MB';

export async function buildIndexes(
  sql: ClientBase,
  tables: JobTables,
  uniqueKeys: string[][],
  more: (() => Promise<PoolClient>) | null,
): Promise<void> {
  const row = quoteIdentifier(rowNumberColumn);
  const uniqueIndex = (key: string[]) => `create unique index on ${tables.typed} (${key.map(quoteIdentifier).join(', ')})`;
  if (!more || uniqueKeys.length === 0) {
    await sql.query(`alter table ${tables.typed} add primary key (${row})`);
    for (const key of uniqueKeys) await sql.query(uniqueIndex(key));
    return;
  }
  const primary = quoteIdentifier(`${tables.versionTable}_pkey`);
  const second = await more();
  let broken: Error | undefined;
  try {
    // Each sort in memory rather than in runs on disk; reset before the connections go back.
    const roomy = async (client: ClientBase, build: () => Promise<unknown>) => {
      await client.query(`set maintenance_work_mem = '${indexMemory}'`);
      try {
        await build();
      } finally {
        await client.query('reset maintenance_work_mem');
      }
    };
    const built = await Promise.allSettled([
      roomy(sql, () => sql.query(`create unique index ${primary} on ${tables.typed} (${row})`)),
      roomy(second, async () => {
        for (const key of uniqueKeys) await second.query(uniqueIndex(key));
      }),
    ]);
    const failed = built.find((build): build is PromiseRejectedResult => build.status === 'rejected');
    if (failed) throw failed.reason;
  } catch (error) {
    broken = isDataError(error) ? undefined : (error as Error);
    throw error;
  } finally {
    second.release(broken);
  }
  await sql.query(`alter table ${tables.typed} add primary key using index ${primary}`);
}

async function insertAll(sql: ClientBase, insert: string): Promise<number> {
  return (await sql.query(insert)).rowCount ?? 0;
}

/**
 * The casts are CPU-bound in one backend; two backends on halves of staging take about half
 * the time on a server with the cores to spare. Both halves commit on their own: the table is
 * not visible to readers until publish, and any failure drops it whole.
 */
async function insertInTwo(
  sql: ClientBase,
  more: () => Promise<PoolClient>,
  insert: string,
  tables: JobTables,
  row: string,
): Promise<number> {
  const middle = Math.floor(((await lastRow(sql, tables.staging)) + 2) / 2);
  const second = await more();
  let broken: Error | undefined;
  try {
    const halves = await Promise.allSettled([
      sql.query(`${insert} where ${row} < ${middle}`),
      second.query(`${insert} where ${row} >= ${middle}`),
    ]);
    const failed = halves.find((half): half is PromiseRejectedResult => half.status === 'rejected');
    if (failed) throw failed.reason;
    return halves.reduce((sum, half) => sum + ((half as PromiseFulfilledResult<{ rowCount: number | null }>).value.rowCount ?? 0), 0);
  } catch (error) {
    broken = isDataError(error) ? undefined : (error as Error);
    throw error;
  } finally {
    second.release(broken);
  }
}

function isDataError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && /^(22|23)/.test(code);
}

import type { ClientBase } from 'pg';
import { quoteIdentifier, rowNumberColumn } from '../version-tables';
import type { FieldSql } from './field-sql';
import type { JobTables } from './staging';

/**
 * The fast path: create the version's table with the schema as constraints (NOT NULL, CHECK,
 * unique indexes) and fill it from staging in one INSERT … SELECT whose casts raise on any
 * value not of its type. Nothing is checked row by row in JavaScript; if anything raises,
 * the caller drops the table and asks validate-sql.ts for the full list of problems.
 */
export async function buildTypedTable(sql: ClientBase, tables: JobTables, fields: FieldSql[], uniqueKeys: string[][]): Promise<number> {
  const row = quoteIdentifier(rowNumberColumn);
  const columns = fields.map((field) => {
    const checks = field.rules.map((rule) => `check (${rule.holds(field.column)})`).join(' ');
    return `${field.column} ${field.sqlType}${field.required ? ' not null' : ''} ${checks}`.trim();
  });
  await sql.query(`create table ${tables.typed} (${row} bigint not null, ${columns.join(', ')})`);
  const inserted = await sql.query(
    `insert into ${tables.typed} (${row}, ${fields.map((field) => field.column).join(', ')}) select ${row}, ${fields.map((field) => field.typed).join(', ')} from ${tables.staging}`,
  );
  // Indexes after the rows: one sort each instead of index maintenance per row.
  await sql.query(`alter table ${tables.typed} add primary key (${row})`);
  for (const key of uniqueKeys) {
    await sql.query(`create unique index on ${tables.typed} (${key.map(quoteIdentifier).join(', ')})`);
  }
  return inserted.rowCount ?? 0;
}

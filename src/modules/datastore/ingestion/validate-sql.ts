import type { ClientBase } from 'pg';
import { quoteIdentifier, rowNumberColumn } from '../version-tables';
import type { FieldSql } from './field-sql';
import { keptProblems, type IngestionProblem } from './problems';
import { literal } from './sql-text';
import type { JobTables } from './staging';

export interface ProblemReport {
  problems: IngestionProblem[];
  total: number;
}

/**
 * The report path, run when the fast path refused the data: every cell checked set-based
 * in one scan of staging (its first problem per cell), then duplicates per unique key.
 * The first 1,000 problems in file order, and how many there are in all.
 */
export async function findProblems(sql: ClientBase, tables: JobTables, fields: FieldSql[], uniqueKeys: string[][]): Promise<ProblemReport> {
  const cells = await cellProblems(sql, tables, fields);
  const duplicates = await Promise.all(uniqueKeys.map((key) => duplicateProblems(sql, tables, fields, key)));
  const all = [cells, ...duplicates];
  const problems = all
    .flatMap((report) => report.problems)
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
    .slice(0, keptProblems);
  return { problems, total: all.reduce((sum, report) => sum + report.total, 0) };
}

function cellCheck(field: FieldSql): string {
  const branches: string[] = [];
  if (field.required) branches.push(`when ${field.value} is null then 'bắt buộc nhưng bị trống (required but empty)'`);
  else branches.push(`when ${field.value} is null then null`);
  if (field.notOfType) branches.push(`when ${field.notOfType} then ${field.typeMessage}`);
  for (const rule of field.rules) {
    branches.push(`when not (${rule.holds(field.converted)}) then '"' || left(${field.value}, 40) || '" ' || ${literal(rule.message)}`);
  }
  return `case ${branches.join(' ')} end`;
}

async function cellProblems(sql: ClientBase, tables: JobTables, fields: FieldSql[]): Promise<ProblemReport> {
  const row = quoteIdentifier(rowNumberColumn);
  const checks = fields.map((field, index) => `(${index}, ${literal(field.name)}, ${cellCheck(field)})`).join(', ');
  const result = await sql.query<{ row: string; field: string; message: string; total: string }>(
    `select p.row, p.field, p.message, count(*) over () as total
       from (select s.${row} as row, x.ord, x.field, x.message
               from ${tables.staging} s cross join lateral (values ${checks}) as x(ord, field, message)
              where x.message is not null) p
      order by p.row, p.ord limit ${keptProblems}`,
  );
  return {
    problems: result.rows.map((problem) => ({ row: Number(problem.row), column: problem.field, message: problem.message })),
    total: Number(result.rows[0]?.total ?? 0),
  };
}

async function duplicateProblems(sql: ClientBase, tables: JobTables, fields: FieldSql[], key: string[]): Promise<ProblemReport> {
  const row = quoteIdentifier(rowNumberColumn);
  const values = key.map((name) => fields.find((field) => field.name === name)!.value);
  const result = await sql.query<{ row: string; first: string; total: string }>(
    `select d.row, d.first, count(*) over () as total
       from (select ${row} as row, min(${row}) over w as first, count(*) over w as n
               from ${tables.staging} where ${values.map((value) => `${value} is not null`).join(' and ')}
             window w as (partition by ${values.join(', ')})) d
      where d.n > 1 and d.row > d.first order by d.row limit ${keptProblems}`,
  );
  return {
    problems: result.rows.map((duplicate) => ({
      row: Number(duplicate.row),
      column: key.join(', '),
      message: `trùng giá trị với dòng ${duplicate.first} (duplicate of row ${duplicate.first}; must be unique)`,
    })),
    total: Number(result.rows[0]?.total ?? 0),
  };
}

import type { ClientBase } from 'pg';
import type { TableSchema } from '../table-schema';
import { quoteIdentifier, rowNumberColumn } from '../version-tables';
import type { FieldSql } from './field-sql';
import { keptProblems } from './problems';
import type { ProblemReport } from './validate-sql';
import type { JobTables } from './staging';

/** Asks the catalogue which of these codes its code list (a SHARED_CATALOGUE dataset) lacks. */
export type UnknownCodes = (codeListSlug: string, codes: readonly string[]) => Promise<string[]>;

const maxDistinctCodes = 100_000;

/**
 * 002 §5.2: a field that references a shared code list (a Table Schema foreign key whose
 * reference.resource is the code list's slug) takes only codes the list has. The distinct
 * values go to the catalogue once; the rows holding unknown ones are then found in SQL.
 */
export async function codeListProblems(
  sql: ClientBase,
  tables: JobTables,
  schema: TableSchema,
  fields: FieldSql[],
  unknownCodes: UnknownCodes,
): Promise<ProblemReport> {
  const report: ProblemReport = { problems: [], total: 0 };
  for (const foreignKey of schema.foreignKeys ?? []) {
    const names = ([] as string[]).concat(foreignKey.fields);
    const field = fields.find((candidate) => candidate.name === names[0]);
    if (names.length !== 1 || !foreignKey.reference.resource || !field) continue;
    const distinct = await sql.query<{ code: string }>(
      `select distinct ${field.value} as code from ${tables.staging} where ${field.value} is not null limit ${maxDistinctCodes + 1}`,
    );
    const unknown = await unknownCodes(
      foreignKey.reference.resource,
      distinct.rows.map((row) => row.code),
    );
    if (unknown.length === 0) continue;
    const row = quoteIdentifier(rowNumberColumn);
    const rows = await sql.query<{ row: string; code: string; total: string }>(
      `select ${row} as row, ${field.value} as code, count(*) over () as total from ${tables.staging}
        where ${field.value} = any($1) order by ${row} limit ${keptProblems}`,
      [unknown],
    );
    report.total += Number(rows.rows[0]?.total ?? 0);
    report.problems.push(
      ...rows.rows.map((problem) => ({
        row: Number(problem.row),
        column: field.name,
        message: `"${problem.code}" không có trong danh mục ${foreignKey.reference.resource} (not in the code list)`,
      })),
    );
  }
  return report;
}

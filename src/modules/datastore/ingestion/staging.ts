import type { ClientBase } from 'pg';
import { qualifiedTable, quoteIdentifier, rowNumberColumn, versionTableName } from '../version-tables';

/**
 * Names of what one job builds. A job makes at most one version, so the version takes the
 * job's id: a retry after a crash finds, by name, what the dead attempt left and drops it.
 */
export function tablesOfJob(jobId: string) {
  const versionTable = versionTableName(jobId);
  return {
    versionId: jobId,
    versionTable,
    staging: qualifiedTable(`s_${jobId.replace(/-/g, '')}`),
    typed: qualifiedTable(versionTable),
  };
}

export type JobTables = ReturnType<typeof tablesOfJob>;

/** Staging columns are c1…cN by position in the file: header names are only trusted later. */
export function stagingColumn(index: number): string {
  return quoteIdentifier(`c${index + 1}`);
}

/**
 * Text columns for COPY, plus the row number in file order (the header is row 1). Unlogged:
 * it is scratch that a crash may lose; the typed table written from it is logged.
 */
export async function createStaging(
  sql: ClientBase,
  tables: JobTables,
  columnCount: number,
  /** Keyed by row number, so that it can be read a range of rows per statement (typed-table.ts). */
  keyed = false,
): Promise<void> {
  const columns = Array.from({ length: columnCount }, (_, index) => `${stagingColumn(index)} text`);
  await sql.query(
    `create unlogged table ${tables.staging} (${quoteIdentifier(rowNumberColumn)} bigint generated always as identity (start with 2)${keyed ? ' primary key' : ''}, ${columns.join(', ')})`,
  );
}

export async function dropJobTables(sql: ClientBase, tables: JobTables, options: { keepTyped: boolean }): Promise<void> {
  await sql.query(`drop table if exists ${tables.staging}`);
  if (!options.keepTyped) await sql.query(`drop table if exists ${tables.typed}`);
}

export function copyColumns(columnCount: number): string {
  return Array.from({ length: columnCount }, (_, index) => stagingColumn(index)).join(', ');
}

/**
 * Where a version's rows live, and how Table Schema fields become columns. Ingestion writes
 * these tables and the row queries read them, so both go through these functions.
 */
export const datastoreSchema = 'datastore';

/** The source line of each row (the header is line 1): row errors and keyset order use it. */
export const rowNumberColumn = '_row';

export function versionTableName(versionId: string): string {
  if (!/^[0-9a-f-]{36}$/.test(versionId)) throw new Error(`not a version id: ${versionId}`);
  return `v_${versionId.replace(/-/g, '')}`;
}

export function qualifiedTable(tableName: string): string {
  return `${quoteIdentifier(datastoreSchema)}.${quoteIdentifier(tableName)}`;
}

/** A Table Schema field name as a SQL identifier: always quoted, never interpolated raw. */
export function quoteIdentifier(name: string): string {
  if (name.length === 0 || Buffer.byteLength(name) > 63 || name.includes('\u0000')) {
    throw new Error(`"${name}" cannot be a column name (1 to 63 bytes, no NUL)`);
  }
  return `"${name.replace(/"/g, '""')}"`;
}

/** Frictionless Table Schema 2.0 field types and their PostgreSQL column types. */
const sqlTypes: Record<string, string> = {
  string: 'text',
  integer: 'bigint',
  number: 'numeric',
  boolean: 'boolean',
  date: 'date',
  datetime: 'timestamptz',
  time: 'time',
  year: 'integer',
  yearmonth: 'text',
  duration: 'interval',
  object: 'jsonb',
  array: 'jsonb',
  list: 'text',
  geopoint: 'text',
  geojson: 'jsonb',
  any: 'text',
};

export function sqlTypeOf(fieldType: string | undefined): string {
  return sqlTypes[fieldType ?? 'string'] ?? 'text';
}

import { InputError } from '../../../shared/errors';
import { sqlTypeOf } from '../version-tables';

/** A column of a version's table, as its Table Schema declares it. */
export interface RowColumn {
  name: string;
  title: string | null;
  /** The Table Schema field type, e.g. integer, date. */
  type: string;
  /** The PostgreSQL column type ingestion gave it (version-tables.ts). */
  sqlType: string;
  /** Declared required: ingestion refused missing values, so the column holds no NULL. */
  required: boolean;
}

interface TableSchemaField {
  name: string;
  title?: string;
  type?: string;
  constraints?: { required?: boolean };
}

export function columnsOf(tableSchema: Record<string, unknown>): RowColumn[] {
  const fields = (tableSchema.fields ?? []) as TableSchemaField[];
  return fields.map((field) => ({
    name: field.name,
    title: field.title ?? null,
    type: field.type ?? 'string',
    sqlType: sqlTypeOf(field.type),
    required: field.constraints?.required === true,
  }));
}

/** Filters and sorts may name schema columns only; anything else is a field error naming it. */
export function columnNamed(columns: readonly RowColumn[], name: string, field: string): RowColumn {
  const column = columns.find((candidate) => candidate.name === name);
  if (!column) {
    throw new InputError([{ field, message: `không có cột ${JSON.stringify(name)} trong phiên bản này (no such column in this version)` }]);
  }
  return column;
}

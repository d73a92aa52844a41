import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import tableSchemaStandard from '../../standards/frictionless-tableschema-2.0.json';

/** The parts of a Frictionless Table Schema 2.0 that ingestion reads. */
export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: unknown[];
  pattern?: string;
  minimum?: number | string;
  maximum?: number | string;
  minLength?: number;
  maxLength?: number;
}

export interface TableField {
  name: string;
  type?: string;
  format?: string;
  decimalChar?: string;
  groupChar?: string;
  /** false: characters before and after the number ("95%", "€1.000") are not part of it. */
  bareNumber?: boolean;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: FieldConstraints;
}

export interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

export interface TableSchema {
  fields: TableField[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
  missingValues?: string[];
}

export function asTableSchema(value: Record<string, unknown>): TableSchema {
  return value as unknown as TableSchema;
}

export function primaryKeyOf(schema: TableSchema): string[] {
  if (!schema.primaryKey) return [];
  return Array.isArray(schema.primaryKey) ? schema.primaryKey : [schema.primaryKey];
}

let validator: ValidateFunction | undefined;

/** Problems of a Table Schema against Frictionless 2.0 (empty when valid). */
export function tableSchemaProblems(schema: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(tableSchemaStandard);
  }
  if (validator(schema)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim());
}

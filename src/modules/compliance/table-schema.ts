import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import tableSchemaStandard from '../../standards/frictionless-tableschema-2.0.json';

let validator: ValidateFunction | undefined;

/** Problems of a Table Schema against Frictionless Table Schema 2.0 (empty when valid). */
export function tableSchemaProblems(schema: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(tableSchemaStandard);
  }
  if (validator(schema)) return [];
  return (validator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''}`.trim());
}

/** The code lists a Table Schema's foreign keys name (reference.resource = the code list's slug). */
export function referencedCodeLists(schema: Record<string, unknown>): string[] {
  const foreignKeys = Array.isArray(schema.foreignKeys) ? (schema.foreignKeys as { reference?: { resource?: unknown } }[]) : [];
  // An empty resource refers to the table itself, not to a code list.
  const resources = foreignKeys
    .map((key) => key.reference?.resource)
    .filter((resource): resource is string => typeof resource === 'string' && resource !== '');
  return [...new Set(resources)];
}

/** The code lists a Table Schema's foreign keys name (reference.resource = the code list's slug). */
export function referencedCodeLists(schema: Record<string, unknown>): string[] {
  const foreignKeys = Array.isArray(schema.foreignKeys) ? (schema.foreignKeys as { reference?: { resource?: unknown } }[]) : [];
  // An empty resource refers to the table itself, not to a code list.
  const resources = foreignKeys
    .map((key) => key.reference?.resource)
    .filter((resource): resource is string => typeof resource === 'string' && resource !== '');
  return [...new Set(resources)];
}

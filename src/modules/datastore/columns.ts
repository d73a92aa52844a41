/** A column as a Table Schema describes it: what the catalogue of shared data shows and an e-form names (002 §30, §27.2). */
export interface DatasetColumn {
  name: string;
  type: string;
  title: string | null;
  description: string | null;
}

/** The fields of a Frictionless Table Schema, as columns; none when there is no schema. */
export function columnsOf(tableSchema: Record<string, unknown> | null | undefined): DatasetColumn[] {
  const fields = Array.isArray(tableSchema?.fields) ? (tableSchema.fields as Record<string, unknown>[]) : [];
  return fields.map((field) => ({
    name: String(field.name),
    type: typeof field.type === 'string' ? field.type : 'any',
    title: typeof field.title === 'string' ? field.title : null,
    description: typeof field.description === 'string' ? field.description : null,
  }));
}

import type { FieldProblem } from '../../shared/errors';
import type { CatalogService, Dataset } from '../catalog/service';
import type { ConsentScopeItem } from './entities';
import type { ConsentTerms } from './grant-input';

/** The fields of a dataset's Table Schema, by name. */
export function fieldsOf(dataset: Dataset): string[] {
  const fields = (dataset.tableSchema?.fields as { name: string }[] | undefined) ?? [];
  return fields.map((field) => field.name);
}

/**
 * The scope of a grant or request checked against the catalogue: each a PERSONAL dataset, each
 * field one of its own. Problems are added to `problems`, named by their place in the input.
 */
export async function consentScopeOf(catalog: CatalogService, terms: ConsentTerms, problems: FieldProblem[]): Promise<ConsentScopeItem[]> {
  const scope: ConsentScopeItem[] = [];
  for (const [index, item] of terms.scope.entries()) {
    const dataset = await catalog.findForReview(item.datasetSlug);
    if (!dataset || dataset.accessLevel !== 'PERSONAL') {
      problems.push({ field: `scope.${index}.datasetSlug`, message: 'Không phải dữ liệu cá nhân của kho (not a personal dataset)' });
      continue;
    }
    const known = fieldsOf(dataset);
    const unknown = item.fields.filter((field) => !known.includes(field));
    if (unknown.length > 0)
      problems.push({ field: `scope.${index}.fields`, message: `Không có trường (no such fields): ${unknown.join(', ')}` });
    scope.push({ datasetId: dataset.id, datasetSlug: dataset.slug, fields: [...new Set(item.fields)] });
  }
  return scope;
}

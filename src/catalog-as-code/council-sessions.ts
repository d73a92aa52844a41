import path from 'node:path';
import type { CatalogDocument, CodeListDocument, CouncilSessionDocument, DatasetDocument } from './documents';
import type { LocatedDocument } from './load';

/** What the import knows beyond the folder: datasets already in the hub, and today's date. */
export interface CouncilContext {
  /** The province of a dataset already in the hub, or null. */
  provinceOf(slug: string): Promise<string | null>;
  dateProblem(date: string): string | null;
}

/**
 * 002 §5.5, §30.2: nothing is published without a council's decision on record. Every Dataset
 * with `publish: true` or `sharedCatalogue` (listed in the catalogue of shared data, which must
 * be RESTRICTED) and every CodeList (published open data) must be approved by a
 * CouncilSession of its province; a session must name datasets that exist, in its province, and
 * a day that has come. Checked on the whole folder before anything is written; each problem
 * names its file and says what to add (Vietnamese first, English second).
 */
export async function councilProblems(documents: readonly LocatedDocument[], context: CouncilContext): Promise<string[]> {
  const problems: string[] = [];
  const where = (file: string) => path.relative(process.cwd(), file);
  const declared = new Map<string, string>();
  for (const { document } of documents) {
    if (document.kind === 'Dataset' || document.kind === 'CodeList') declared.set(document.metadata.slug, document.metadata.province);
  }
  const approved = new Set<string>();
  for (const { file, document } of documents) {
    if (document.kind !== 'CouncilSession') continue;
    const { metadata, spec } = document;
    const dateProblem = context.dateProblem(spec.date);
    if (dateProblem) problems.push(`${where(file)}: biên bản ${metadata.reference}: ${dateProblem}`);
    for (const { dataset } of spec.approved) {
      const province = declared.get(dataset) ?? (await context.provinceOf(dataset));
      if (province === metadata.province) approved.add(dataset);
      else problems.push(`${where(file)}: ${unknownDataset(metadata, dataset, province)}`);
    }
  }
  for (const { file, document } of documents) {
    if (document.kind !== 'Dataset' || !document.spec.sharedCatalogue) continue;
    const { slug, province } = document.metadata;
    if (document.spec.accessLevel !== 'RESTRICTED') {
      problems.push(
        `${where(file)}: bộ dữ liệu ${slug} không phải dữ liệu hạn chế nên không vào danh mục dữ liệu dùng chung (only RESTRICTED data is listed in the catalogue of shared data, 002 §30, §27.1)`,
      );
    }
    if (!approved.has(slug)) {
      problems.push(
        `${where(file)}: bộ dữ liệu ${slug} vào danh mục dữ liệu dùng chung mà chưa có quyết định của hội đồng thẩm định; thêm một CouncilSession của tỉnh ${province} phê duyệt nó, hoặc bỏ sharedCatalogue (${slug} is listed with no council decision: add a CouncilSession of ${province} approving it, or drop sharedCatalogue; 002 §5.5, §30.2)`,
      );
    }
  }
  for (const { file, document } of documents) {
    if (!isPublished(document)) continue;
    const { slug, province } = document.metadata;
    if (document.kind === 'Dataset' && document.spec.accessLevel !== 'PUBLIC') {
      problems.push(
        `${where(file)}: bộ dữ liệu ${slug} không công khai nên không được công bố (only PUBLIC data is published as open data, 002 §30.2)`,
      );
    }
    if (!approved.has(slug)) {
      problems.push(
        `${where(file)}: bộ dữ liệu ${slug} được công bố mà chưa có quyết định của hội đồng thẩm định; thêm một CouncilSession của tỉnh ${province} phê duyệt nó, hoặc bỏ publish (${slug} is published with no council decision: add a CouncilSession of ${province} approving it, or drop publish; 002 §5.5, §30.2)`,
      );
    }
  }
  return problems;
}

/** A Dataset that asks for publication, or a CodeList: code lists are always open data. */
export function isPublished(document: CatalogDocument): document is DatasetDocument | CodeListDocument {
  return document.kind === 'CodeList' || (document.kind === 'Dataset' && Boolean(document.spec.publish));
}

function unknownDataset(metadata: CouncilSessionDocument['metadata'], slug: string, province: string | null): string {
  return province === null
    ? `biên bản ${metadata.reference} phê duyệt bộ dữ liệu ${slug} không có trong danh mục (the minutes approve ${slug}, which is not in the catalogue)`
    : `biên bản ${metadata.reference} của tỉnh ${metadata.province} phê duyệt bộ dữ liệu ${slug} của tỉnh ${province} (the minutes of ${metadata.province} approve a dataset of ${province})`;
}

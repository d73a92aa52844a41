import type { Dataset } from './entities';
import type { DatasetChanges, RegisterDatasetInput } from './registration';

/** The metadata registration sets, in the order a change lists them. */
const metadataFields = [
  'title',
  'titleEn',
  'description',
  'descriptionEn',
  'category',
  'accessLevel',
  'licence',
  'keywords',
  'sector',
  'spatialCoverage',
  'updateFrequency',
  'temporalFrom',
  'temporalTo',
  'contactName',
  'contactEmail',
  'contactPhone',
  'fee',
  'feeNote',
  'source',
] as const;

const requiredFields = new Set<string>(['title', 'description', 'category', 'accessLevel', 'licence']);

/** The dataset's metadata with the changes applied, as a registration would state it (so the same rules apply). */
export function changedRegistration(dataset: Dataset, ownerCode: string, changes: DatasetChanges): RegisterDatasetInput {
  const current: RegisterDatasetInput = {
    ownerCode,
    title: dataset.title,
    titleEn: dataset.titleEn,
    description: dataset.description,
    descriptionEn: dataset.descriptionEn,
    category: dataset.category,
    accessLevel: dataset.accessLevel,
    licence: dataset.licence,
    keywords: dataset.keywords,
    sector: dataset.sector,
    spatialCoverage: dataset.spatialCoverage,
    updateFrequency: dataset.updateFrequency,
    temporalFrom: dataset.temporalFrom,
    temporalTo: dataset.temporalTo,
    contactName: dataset.contactName,
    contactEmail: dataset.contactEmail,
    contactPhone: dataset.contactPhone,
    fee: dataset.fee,
    feeNote: dataset.feeNote,
    source: dataset.source,
  };
  const applied: Record<string, unknown> = { ...current };
  for (const field of metadataFields) {
    const value = changes[field];
    if (value === undefined || (value === null && requiredFields.has(field))) continue;
    applied[field] = value;
  }
  return applied as unknown as RegisterDatasetInput;
}

/** Names of the metadata fields whose values differ (what the audit entry records). */
export function changedFields(before: RegisterDatasetInput, after: RegisterDatasetInput): string[] {
  return metadataFields.filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
}

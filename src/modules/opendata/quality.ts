import type { Dataset } from '../catalog/service';

/**
 * What a re-user asks before trusting a dataset (issue 21; data.gouv.fr and the EU portal show
 * the same): is it described, is its schema the owner's own, and is it as fresh as promised.
 */
export interface DatasetQuality {
  /** Recommended metadata present, of all recommended (0–1). */
  metadataCompleteness: number;
  /** The fields a re-user would miss, by their GraphQL names. */
  missingMetadata: string[];
  /** The served version's Table Schema was given or confirmed by the owner, not only inferred; null without a version. */
  schemaConfirmed: boolean | null;
  /** Fresh by the promised update frequency; null when no frequency is promised in words we know, or no version exists. */
  fresh: boolean | null;
  /** When the served version was made. */
  lastUpdatedAt: Date | null;
}

/** Beyond the required fields: what DCAT-AP recommends and 002 §4.2 asks owners to describe. */
const recommended: [string, (dataset: Dataset) => boolean][] = [
  ['titleEn', (dataset) => Boolean(dataset.titleEn)],
  ['descriptionEn', (dataset) => Boolean(dataset.descriptionEn)],
  ['keywords', (dataset) => dataset.keywords.length > 0],
  ['updateFrequency', (dataset) => Boolean(dataset.updateFrequency)],
  ['temporalFrom', (dataset) => Boolean(dataset.temporalFrom || dataset.temporalTo)],
  ['spatialCoverage', (dataset) => dataset.spatialCoverage.length > 0],
  ['sector', (dataset) => Boolean(dataset.sector)],
  ['contactEmail', (dataset) => Boolean(dataset.contactEmail || dataset.contactPhone)],
  ['tableSchema', (dataset) => Boolean(dataset.tableSchema)],
];

/** The longest a promise of each frequency lets a version age, a few days' grace included. */
const maximumAgeDays: Record<string, number> = {
  continuous: 2,
  daily: 2,
  weekly: 9,
  monthly: 33,
  quarterly: 95,
  semiannual: 186,
  annual: 370,
};

export function qualityOf(dataset: Dataset, served: { createdAt: Date; schemaInferred: boolean } | undefined, now: Date): DatasetQuality {
  const missingMetadata = recommended.filter(([, present]) => !present(dataset)).map(([field]) => field);
  const maximumAge = maximumAgeDays[dataset.updateFrequency?.trim().toLowerCase() ?? ''];
  return {
    metadataCompleteness: (recommended.length - missingMetadata.length) / recommended.length,
    missingMetadata,
    schemaConfirmed: served ? !served.schemaInferred : null,
    fresh: served && maximumAge !== undefined ? now.getTime() - served.createdAt.getTime() <= maximumAge * 86_400_000 : null,
    lastUpdatedAt: served?.createdAt ?? null,
  };
}

import type { OfficialRole } from '../shared/viewer';

/** The kinds of catalogue-as-code documents; their JSON Schemas are in ./kinds. */
export type Kind = 'Province' | 'Agency' | 'Official' | 'Dataset' | 'CodeList' | 'CouncilSession' | 'PersonalRecords';

interface Document<K extends Kind, M, S> {
  apiVersion: 'hub/v1';
  kind: K;
  metadata: M;
  spec: S;
}

export type ProvinceDocument = Document<
  'Province',
  { code: string },
  { name: string; nameEn?: string; administrativeCode?: string; emailDomain: string; validFrom?: string; validTo?: string }
>;

export type AgencyDocument = Document<
  'Agency',
  { code: string; province: string },
  {
    name: string;
    nameEn?: string;
    abbreviation?: string;
    kind: import('../modules/agencies/service').AgencyKind;
    parent?: string;
    source?: string;
    validFrom?: string;
    validTo?: string;
  }
>;

export type OfficialDocument = Document<
  'Official',
  { accountName: string; province: string },
  { fullName: string; agency: string; roles: OfficialRole[] }
>;

export type DatasetDocument = Document<
  'Dataset',
  { slug: string; province: string },
  {
    title: string;
    titleEn?: string;
    description: string;
    descriptionEn?: string;
    owner: string;
    category: import('../modules/catalog/service').DataCategory;
    accessLevel: import('../modules/catalog/service').AccessLevel;
    licence: string;
    keywords?: string[];
    updateFrequency?: string;
    temporalCoverage?: { from?: string; to?: string };
    sector?: string;
    spatialCoverage?: string[];
    contactPoint?: { name: string; email?: string; phone?: string };
    fee?: import('../modules/catalog/service').Fee;
    feeNote?: string;
    source: string;
    publish?: boolean;
    /** Listed in the catalogue of shared data (002 §30, §27.1), once its council approved it. */
    sharedCatalogue?: { metadataPublic?: boolean };
    /** `file` is absent for PERSONAL datasets: their records live in the personal data store. */
    distribution?: { file?: string; schema: Record<string, unknown> };
  }
>;

export type CodeListDocument = Document<
  'CodeList',
  { slug: string; province: string },
  {
    title: string;
    titleEn?: string;
    description: string;
    owner: string;
    source: string;
    keywords?: string[];
    entries: import('../modules/catalog/service').CodeListEntrySpec[];
  }
>;

/**
 * The minutes of one meeting of a province's review council (002 §5.5): the PPC Office and DIC
 * seats' officials, and for each dataset it approved the owning agency's, by name and title.
 * A Dataset published (and every CodeList) needs one (002 §30.2).
 */
export type CouncilSessionDocument = Document<
  'CouncilSession',
  { reference: string; province: string },
  { date: string; members: { PPC_OFFICE: string; DIC: string }; approved: { dataset: string; owner: string }[] }
>;

/** Synthetic records of a PERSONAL dataset (fictitious people), for development and tests. */
export type PersonalRecordsDocument = Document<
  'PersonalRecords',
  { dataset: string },
  { records: { cccd: string; data: Record<string, unknown> }[] }
>;

export type CatalogDocument =
  | ProvinceDocument
  | AgencyDocument
  | OfficialDocument
  | DatasetDocument
  | CodeListDocument
  | CouncilSessionDocument
  | PersonalRecordsDocument;

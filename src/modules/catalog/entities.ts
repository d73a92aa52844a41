import { ArrayType, BigIntType, Entity, Enum, JsonType, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** The eleven kinds of data of 002 §3.5. */
export const dataCategories = [
  'SHARED',
  'SHARED_CATALOGUE',
  'SECTORAL',
  'SECTORAL_SHARED',
  'SURVEY',
  'ENTERPRISE_REPORTED',
  'STANDARDIZED',
  'CITIZEN_CONTRIBUTED',
  'SOCIALIZATION',
  'IOT_SENSOR',
  'PLATFORM_GENERATED',
] as const;
export type DataCategory = (typeof dataCategories)[number];

/** State-secret data is not a level: it is refused outright (002 §30.3). */
export const accessLevels = ['PUBLIC', 'RESTRICTED', 'PERSONAL'] as const;
export type AccessLevel = (typeof accessLevels)[number];

export const reviewStates = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'COMPLIANT', 'REJECTED'] as const;
export type ReviewState = (typeof reviewStates)[number];

/** Free, or charged with fees the requester acknowledges (002 §28.3). */
export const fees = ['FREE', 'CHARGED'] as const;
export type Fee = (typeof fees)[number];

@Entity({ tableName: 'dataset' })
export class Dataset {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text', unique: true })
  slug!: string;

  @Property({ type: 'text' })
  provinceCode!: string;

  /** Exactly one owning agency (002 §4.2a): a required column, never a list. */
  @Property({ type: 'uuid' })
  ownerAgencyId!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text', nullable: true })
  titleEn?: string | null;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: 'text', nullable: true })
  descriptionEn?: string | null;

  @Enum({ items: () => dataCategories as unknown as string[], type: 'text' })
  category!: DataCategory;

  @Enum({ items: () => accessLevels as unknown as string[], type: 'text' })
  accessLevel!: AccessLevel;

  @Property({ type: 'text' })
  licence!: string;

  @Property({ type: ArrayType })
  keywords: string[] = [];

  @Property({ type: 'text', nullable: true })
  updateFrequency?: string | null;

  @Property({ type: 'date', nullable: true })
  temporalFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  temporalTo?: string | null;

  /** A code of the sectors code list (lĩnh vực). */
  @Property({ type: 'text', nullable: true })
  sector?: string | null;

  /** Codes of the administrative-units code list the data covers. */
  @Property({ type: ArrayType })
  spatialCoverage: string[] = [];

  @Property({ type: 'text', nullable: true })
  contactName?: string | null;

  @Property({ type: 'text', nullable: true })
  contactEmail?: string | null;

  @Property({ type: 'text', nullable: true })
  contactPhone?: string | null;

  @Enum({ items: () => fees as unknown as string[], type: 'text' })
  fee: Fee = 'FREE';

  @Property({ type: 'text', nullable: true })
  feeNote?: string | null;

  /** Title without accents, case or repeated spaces: how duplicates are recognised (002 §4.2b). */
  @Property({ type: 'text' })
  normalisedTitle!: string;

  /** Where the figures come from, e.g. "004 §6.4". */
  @Property({ type: 'text', nullable: true })
  source?: string | null;

  @Property({ type: JsonType, nullable: true })
  tableSchema?: Record<string, unknown> | null;

  @Enum({ items: () => reviewStates as unknown as string[], type: 'text' })
  reviewState: ReviewState = 'DRAFT';

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  /** Downloads and API reads so far, kept by open data: the "most used" order (002 §20.1h). */
  @Property({ type: new BigIntType('number') })
  usageTotal: Opt<number> = 0;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  /** When updateDataset last changed the metadata: after an approval, the council looks again. */
  @Property({ type: 'timestamptz', nullable: true })
  metadataChangedAt?: Date | null;

  /**
   * When DIC confirmed this RESTRICTED dataset for the catalogue of shared data (002 §30, §27.1):
   * its metadata is listed to every agency of the province; its rows still need a grant.
   */
  @Property({ type: 'timestamptz', nullable: true })
  sharedListedAt?: Date | null;

  /** DIC made a listed dataset's metadata (never its rows) visible to anyone, anonymous included. */
  @Property({ type: 'boolean' })
  metadataPublic: Opt<boolean> = false;
}

@Entity({ tableName: 'distribution' })
export class Distribution {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  datasetId!: string;

  @Property({ type: 'text' })
  sha256!: string;

  @Property({ type: new BigIntType('number') })
  byteSize!: number;

  @Property({ type: 'text' })
  mediaType!: string;

  @Property({ type: 'text' })
  originalName!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}

/** An entry of a shared code list (danh mục dùng chung, 002 §3.5b): the list is a dataset. */
@Entity({ tableName: 'code_list_entry' })
export class CodeListEntry {
  @PrimaryKey({ type: 'uuid' })
  datasetId!: string;

  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  label!: string;

  @Property({ type: 'text', nullable: true })
  labelEn?: string | null;

  @Property({ type: 'text', nullable: true })
  parentCode?: string | null;

  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  /** The order of the list as its owner published it. */
  @Property({ type: 'integer' })
  position!: number;
}

export const duplicateKinds = ['TITLE', 'CONTENT'] as const;
export type DuplicateKind = (typeof duplicateKinds)[number];

/** DIC's recorded decision that a dataset may stand beside a duplicate (002 §4.2b). */
@Entity({ tableName: 'duplicate_override' })
export class DuplicateOverride {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  datasetId!: string;

  @Property({ type: 'uuid' })
  duplicateOfId!: string;

  @Enum({ items: () => duplicateKinds as unknown as string[], type: 'text' })
  kind!: DuplicateKind;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'uuid' })
  decidedBy!: string;

  @Property({ type: 'timestamptz' })
  decidedAt!: Date;
}

export const duplicateFlagStates = ['OPEN', 'CLEARED'] as const;
export type DuplicateFlagState = (typeof duplicateFlagStates)[number];

/** A likely duplicate across owners, for DIC to look at: similar titles, different agencies. */
@Entity({ tableName: 'duplicate_flag' })
export class DuplicateFlag {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  datasetId!: string;

  @Property({ type: 'uuid' })
  similarToId!: string;

  @Property({ type: 'float' })
  similarity!: number;

  @Enum({ items: () => duplicateFlagStates as unknown as string[], type: 'text' })
  state: DuplicateFlagState = 'OPEN';

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  clearedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  clearedAt?: Date | null;
}

/** A change of a dataset's one owning agency, kept so its history stays visible (REQUIREMENTS §10). */
@Entity({ tableName: 'dataset_ownership_transfer' })
export class DatasetOwnershipTransfer {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  datasetId!: string;

  @Property({ type: 'uuid' })
  fromAgencyId!: string;

  @Property({ type: 'uuid' })
  toAgencyId!: string;

  @Property({ type: 'date' })
  effectiveOn!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'timestamptz' })
  recordedAt!: Date;
}

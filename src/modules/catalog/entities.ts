import { ArrayType, BigIntType, Entity, Enum, JsonType, PrimaryKey, Property } from '@mikro-orm/core';

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

  /** Where the figures come from, e.g. "004 §6.4". */
  @Property({ type: 'text', nullable: true })
  source?: string | null;

  @Property({ type: JsonType, nullable: true })
  tableSchema?: Record<string, unknown> | null;

  @Enum({ items: () => reviewStates as unknown as string[], type: 'text' })
  reviewState: ReviewState = 'DRAFT';

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
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

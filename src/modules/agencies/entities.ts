import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';

@Entity({ tableName: 'province' })
export class Province {
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  nameEn?: string | null;

  @Property({ type: 'text', nullable: true })
  administrativeCode?: string | null;

  @Property({ type: 'text' })
  emailDomain!: string;

  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;
}

export const agencyKinds = [
  'PPC',
  'PPC_OFFICE',
  'DIC',
  'DEPARTMENT',
  'DEPARTMENT_DIVISION',
  'DEPARTMENT_UNIT',
  'DISTRICT_PPC',
  'DISTRICT_DIVISION',
  'COMMUNE_PPC',
  'POLICE',
  'OTHER',
] as const;
export type AgencyKind = (typeof agencyKinds)[number];

@Entity({ tableName: 'agency' })
@Unique({ properties: ['provinceCode', 'code'] })
export class Agency {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  provinceCode!: string;

  /** The agency account name of 003 §4.1, unique within its province. */
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text', nullable: true })
  nameEn?: string | null;

  @Property({ type: 'text', nullable: true })
  abbreviation?: string | null;

  @Enum({ items: () => agencyKinds as unknown as string[], type: 'text' })
  kind!: AgencyKind;

  @Property({ type: 'uuid', nullable: true })
  parentId?: string | null;

  @Property({ type: 'text', nullable: true })
  source?: string | null;

  @Property({ type: 'date', nullable: true })
  validFrom?: string | null;

  @Property({ type: 'date', nullable: true })
  validTo?: string | null;

  /** The agency that took over its data, requests and officials (REQUIREMENTS §10). */
  @Property({ type: 'uuid', nullable: true })
  successorId?: string | null;
}

/** One merger: from `effectiveOn` the successor holds what the predecessor held (REQUIREMENTS §10). */
@Entity({ tableName: 'agency_succession' })
export class AgencySuccession {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  predecessorId!: string;

  @Property({ type: 'uuid' })
  successorId!: string;

  @Property({ type: 'date' })
  effectiveOn!: string;

  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'uuid' })
  decidedBy!: string;

  @Property({ type: 'timestamptz' })
  decidedAt!: Date;

  @Property({ type: 'integer' })
  datasetsMoved!: number;

  @Property({ type: 'integer' })
  requestsMoved!: number;

  @Property({ type: 'integer' })
  grantsMoved!: number;

  @Property({ type: 'integer' })
  officialsMoved!: number;
}

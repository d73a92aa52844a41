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
}

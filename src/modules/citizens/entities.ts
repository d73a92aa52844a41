import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';

export const citizenAccountTypes = ['INDIVIDUAL', 'ORGANISATION', 'ENTERPRISE'] as const;
export type CitizenAccountType = (typeof citizenAccountTypes)[number];

export const genders = ['MALE', 'FEMALE', 'OTHER'] as const;
export type Gender = (typeof genders)[number];

/** Which number identifies the account holder (000 §8.4). */
export const identityKinds = ['CCCD', 'CMND', 'TAX_CODE'] as const;
export type IdentityKind = (typeof identityKinds)[number];

/** Usable only after the SMS code is confirmed (000 §9.1). */
export const citizenStatuses = ['PENDING_VERIFICATION', 'ACTIVE', 'LOCKED'] as const;
export type CitizenStatus = (typeof citizenStatuses)[number];

/** A Digital Citizen account (000 §8.2): a person, or an organisation or enterprise. */
@Entity({ tableName: 'citizen' })
@Unique({ properties: ['provinceCode', 'accountName'] })
@Unique({ properties: ['provinceCode', 'identityNumber'] })
@Unique({ properties: ['provinceCode', 'phone'] })
export class Citizen {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  provinceCode!: string;

  @Property({ type: 'text' })
  accountType!: CitizenAccountType;

  @Property({ type: 'text' })
  accountName!: string;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  /** The person's name, or the organisation's. */
  @Property({ type: 'text' })
  fullName!: string;

  /** `YYYY-MM-DD`; people only. */
  @Property({ type: 'date', nullable: true })
  dateOfBirth?: string | null;

  @Property({ type: 'text', nullable: true })
  gender?: Gender | null;

  /** E.164, e.g. +84912345678. */
  @Property({ type: 'text' })
  phone!: string;

  @Property({ type: 'text', nullable: true })
  email?: string | null;

  @Property({ type: 'text' })
  identityKind!: IdentityKind;

  @Property({ type: 'text' })
  identityNumber!: string;

  @Property({ type: 'date', nullable: true })
  idIssuedOn?: string | null;

  @Property({ type: 'text', nullable: true })
  idIssuedPlace?: string | null;

  @Property({ type: 'text', nullable: true })
  addressProvince?: string | null;

  @Property({ type: 'text', nullable: true })
  addressDistrict?: string | null;

  @Property({ type: 'text', nullable: true })
  addressCommune?: string | null;

  @Property({ type: 'text', nullable: true })
  houseNumber?: string | null;

  @Property({ type: 'text', nullable: true })
  street?: string | null;

  @Property({ type: 'text' })
  status!: CitizenStatus;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  verifiedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  lastActiveAt?: Date | null;
}

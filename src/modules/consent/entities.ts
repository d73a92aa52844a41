import { ArrayType, Entity, Enum, JsonType, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/**
 * A citizen-linked record in the personal electronic data store (004 §2.5a, §7.2): one per
 * PERSONAL dataset and citizen (CCCD), with the agency it came from and when it changed.
 */
@Entity({ tableName: 'personal_record' })
@Unique({ properties: ['datasetId', 'subjectCccd'] })
export class PersonalRecord {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  datasetId!: string;

  @Property({ type: 'text' })
  subjectCccd!: string;

  @Property({ type: 'uuid' })
  sourceAgencyId!: string;

  /** Field name → value, the fields of the dataset's Table Schema. */
  @Property({ type: JsonType })
  data!: Record<string, unknown>;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}

export const consentStates = ['ACTIVE', 'PAUSED', 'REVOKED', 'EXPIRED'] as const;
export type ConsentState = (typeof consentStates)[number];

export const consentModes = ['ONE_TIME', 'PERIODIC'] as const;
export type ConsentMode = (typeof consentModes)[number];

export const frequencyPeriods = ['DAY', 'WEEK', 'MONTH'] as const;
export type FrequencyPeriod = (typeof frequencyPeriods)[number];

/** What a consent lets the partner read: one PERSONAL dataset and some of its fields. */
export interface ConsentScopeItem {
  datasetId: string;
  datasetSlug: string;
  fields: string[];
}

/**
 * The terms a consent and a partner's request for one share: the purpose as the citizen reads it,
 * the datasets and fields, the period, how often the partner may read and how long it may keep it.
 */
export abstract class ConsentTermsColumns {
  @Property({ type: 'text' })
  purpose!: string;

  @Property({ type: JsonType })
  scope!: ConsentScopeItem[];

  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  @Property({ type: 'timestamptz' })
  validTo!: Date;

  @Enum({ items: () => consentModes as unknown as string[], type: 'text' })
  mode!: ConsentMode;

  /** Reads allowed per period (PERIODIC) or in all (ONE_TIME: 1). */
  @Property({ type: 'integer' })
  maxReads!: number;

  @Enum({ items: () => frequencyPeriods as unknown as string[], type: 'text', nullable: true })
  period?: FrequencyPeriod | null;

  @Property({ type: 'integer' })
  retentionDays!: number;
}

/**
 * A citizen's consent artefact: one purpose, one partner client, the datasets and fields in
 * scope, a period, how often the partner may read and how long it may keep what it read.
 */
@Entity({ tableName: 'consent' })
export class Consent extends ConsentTermsColumns {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Human-readable receipt number, e.g. DY-2026-000123. */
  @Property({ type: 'text', unique: true })
  receiptNumber!: string;

  @Property({ type: 'text' })
  citizenCccd!: string;

  @Property({ type: 'uuid' })
  clientId!: string;

  /** The partner as the citizen saw it when agreeing, for the receipt. */
  @Property({ type: 'text' })
  clientName!: string;

  /** As stored: ACTIVE, PAUSED or REVOKED; EXPIRED is when the period has passed (stateAt). */
  @Enum({ items: () => consentStates as unknown as string[], type: 'text' })
  state!: ConsentState;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  pausedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}

/** Each attempt to read under a consent: what the citizen sees, and what counts towards the limit. */
@Entity({ tableName: 'consent_access' })
export class ConsentAccess {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  consentId!: string;

  @Property({ type: 'text' })
  citizenCccd!: string;

  @Property({ type: 'uuid' })
  clientId!: string;

  @Property({ type: 'uuid', nullable: true })
  datasetId?: string | null;

  @Property({ type: ArrayType })
  fields!: string[];

  @Property({ type: 'integer' })
  records!: number;

  /** ALLOWED, or the refusal's code. */
  @Property({ type: 'text' })
  outcome!: string;

  @Property({ type: 'timestamptz' })
  at!: Date;
}

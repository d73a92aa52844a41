import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/core';

/** The three seats of the review council (002 §5.5). */
export const councilSeats = ['PPC_OFFICE', 'DIC', 'OWNER'] as const;
export type CouncilSeat = (typeof councilSeats)[number];

export const seatVerdicts = ['APPROVE', 'REJECT'] as const;
export type SeatVerdict = (typeof seatVerdicts)[number];

/** CHECKS_FAILED: the submission stopped at the automated checks; the council never saw it. */
export const roundOutcomes = ['CHECKS_FAILED', 'OPEN', 'COMPLIANT', 'REJECTED'] as const;
export type RoundOutcome = (typeof roundOutcomes)[number];

/** The automated checks of a submission, in the order 002 §5 lists the conditions. */
export const checkNames = [
  'SINGLE_OWNER',
  'METADATA_COMPLETE',
  'CURRENT_VERSION',
  'TABLE_SCHEMA_VALID',
  'CODE_LISTS_VALID',
  'NO_DUPLICATE',
  'NOT_STATE_SECRET',
] as const;
export type CheckName = (typeof checkNames)[number];

/** One submission of a dataset: its checks and, when they pass, the council's decisions. */
@Entity({ tableName: 'review_round' })
@Unique({ properties: ['datasetId', 'number'] })
export class ReviewRound {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  datasetId!: string;

  /** 1, 2, 3… per dataset. */
  @Property({ type: 'integer' })
  number!: number;

  /** Null for a round recorded from a council session's minutes: the meeting was held outside the hub. */
  @Property({ type: 'uuid', nullable: true })
  submittedBy?: string | null;

  @Property({ type: 'timestamptz' })
  submittedAt!: Date;

  /** The version the council reviews; a newer one asks for reconfirmation. */
  @Property({ type: 'uuid', nullable: true })
  versionId?: string | null;

  @Property({ type: 'integer', nullable: true })
  versionNumber?: number | null;

  @Enum({ items: () => roundOutcomes as unknown as string[], type: 'text' })
  outcome!: RoundOutcome;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;
}

@Entity({ tableName: 'compliance_check' })
export class ComplianceCheck {
  @PrimaryKey({ type: 'uuid' })
  roundId!: string;

  @PrimaryKey({ type: 'text' })
  name!: CheckName;

  @Property({ type: 'boolean' })
  passed!: boolean;

  /** Why it passed or failed, for the owner to read. */
  @Property({ type: 'text' })
  detail!: string;

  @Property({ type: 'integer' })
  position!: number;
}

/** A seat's decision in a round; REJECT carries its reason (002 §5.5). */
@Entity({ tableName: 'seat_decision' })
export class SeatDecision {
  @PrimaryKey({ type: 'uuid' })
  roundId!: string;

  @PrimaryKey({ type: 'text' })
  seat!: CouncilSeat;

  @Enum({ items: () => seatVerdicts as unknown as string[], type: 'text' })
  decision!: SeatVerdict;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  /** The official's account; null when the decision was recorded from a council session's minutes. */
  @Property({ type: 'uuid', nullable: true })
  decidedBy?: string | null;

  /** From the minutes: the official by name and title (the meeting was held outside the hub). */
  @Property({ type: 'text', nullable: true })
  decidedByName?: string | null;

  /** From the minutes: their reference (number of the minutes). */
  @Property({ type: 'text', nullable: true })
  reference?: string | null;

  @Property({ type: 'timestamptz' })
  decidedAt!: Date;
}

import { ArrayType, Entity, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';
import type { OfficialRole } from '../../shared/viewer';

export const officialStatuses = ['ACTIVE', 'LOCKED', 'REVOKED'] as const;
export type OfficialStatus = (typeof officialStatuses)[number];

/** Why an account is locked or revoked: leaving (003 §5.2c) or a temporary lock (003 §6.2). */
export const lockReasons = ['LEFT', 'INACTIVITY', 'COMPROMISED', 'MISUSE'] as const;
export type LockReason = (typeof lockReasons)[number];

/** An official's account (003): one per person, unique by name within the province. */
@Entity({ tableName: 'official' })
@Unique({ properties: ['provinceCode', 'accountName'] })
export class Official {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  provinceCode!: string;

  @Property({ type: 'text' })
  accountName!: string;

  @Property({ type: 'text' })
  fullName!: string;

  @Property({ type: 'uuid' })
  agencyId!: string;

  @Property({ type: ArrayType })
  roles!: OfficialRole[];

  @Property({ type: 'text', default: 'ACTIVE' })
  status: OfficialStatus = 'ACTIVE';

  @Property({ type: 'text', nullable: true })
  lockReason?: LockReason | null;

  @Property({ type: 'text', nullable: true })
  lockNote?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  lockedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  /** `scrypt$N$r$p$salt$hash`; null for accounts that cannot sign in with a password (seeded). */
  @Property({ type: 'text', nullable: true, hidden: true })
  passwordHash?: string | null;

  @Property({ type: 'boolean', default: false })
  mustChangePassword: boolean = false;

  @Property({ type: 'timestamptz', nullable: true })
  passwordChangedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  lastActiveAt?: Date | null;

  /** Raised by every lock: session tokens of an earlier generation are refused. */
  @Property({ type: 'integer', default: 0 })
  sessionVersion: Opt<number> = 0;

  /** Creation or the last restore: inactivity (003 §6.2a) counts from here or the last activity. */
  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  activeSince!: Date;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt!: Date;

  @Property({ type: 'text', nullable: true })
  requestedBy?: string | null;

  @Property({ type: 'text', nullable: true })
  requestReference?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  leftAt?: Date | null;

  /** The last notified absence (003 §6.2a "without notifying a reason"): inactivity counts from its end. */
  @Property({ type: 'text', nullable: true })
  absenceReason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  absentFrom?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  absentUntil?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  lockDueAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  revokeDueAt?: Date | null;
}

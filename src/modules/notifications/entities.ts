import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

export const broadcastStatuses = ['PENDING', 'PUBLISHED', 'REJECTED'] as const;
export type BroadcastStatus = (typeof broadcastStatuses)[number];

/**
 * An agency's written request to notify every app user of the province (000 §14.1), and DIC's
 * decision on it (000 §14.2). Once published it is an item of the province's feed.
 */
@Entity({ tableName: 'broadcast' })
export class Broadcast {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  provinceCode!: string;

  @Property({ type: 'uuid' })
  agencyId!: string;

  /** The official who asked. */
  @Property({ type: 'uuid' })
  requestedBy!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  /** Why every user must hear it: the request's written grounds, for DIC, not for the feed. */
  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'text', nullable: true })
  link?: string | null;

  @Enum({ items: () => broadcastStatuses as unknown as string[], type: 'text' })
  status!: BroadcastStatus;

  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  decidedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  publishedAt?: Date | null;
}

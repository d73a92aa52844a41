import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

export const feedbackStatuses = ['RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'] as const;
export type FeedbackStatus = (typeof feedbackStatuses)[number];

/**
 * A citizen's feedback on a dataset or a public service (000 §7.3), routed to the agency that
 * answers for it. Its handling is public; who filed it is not.
 */
@Entity({ tableName: 'feedback' })
export class Feedback {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  provinceCode!: string;

  /** The agency it was routed to: the dataset's owner, or the one the citizen chose for a service. */
  @Property({ type: 'uuid' })
  agencyId!: string;

  /** The author: only they may rate it, and it never leaves the hub's public views. */
  @Property({ type: 'uuid' })
  citizenId!: string;

  @Property({ type: 'uuid', nullable: true })
  datasetId?: string | null;

  @Property({ type: 'text', nullable: true })
  datasetSlug?: string | null;

  @Property({ type: 'text', nullable: true })
  serviceName?: string | null;

  @Property({ type: 'text' })
  subject!: string;

  @Property({ type: 'text' })
  text!: string;

  @Enum({ items: () => feedbackStatuses as unknown as string[], type: 'text' })
  status!: FeedbackStatus;

  /** The agency's answer, public with the status. */
  @Property({ type: 'text', nullable: true })
  response?: string | null;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt?: Date | null;

  /** Satisfaction 1–5, given once by the author after resolution. */
  @Property({ type: 'integer', nullable: true })
  rating?: number | null;

  @Property({ type: 'timestamptz', nullable: true })
  ratedAt?: Date | null;
}

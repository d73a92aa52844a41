import { ArrayType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

export const counterOfferStates = ['OPEN', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'] as const;
export type CounterOfferState = (typeof counterOfferStates)[number];

/**
 * The owner's proposal of another period and/or columns (002 §27.2: the period is agreed by both
 * sides). Only the requester's acceptance turns it into the agreed terms; unanswered, it expires.
 */
@Entity({ tableName: 'access_counter_offer' })
export class CounterOffer {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  requestId!: string;

  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  /** Inclusive, as a grant's. */
  @Property({ type: 'timestamptz' })
  validTo!: Date;

  @Property({ type: ArrayType })
  columns!: string[];

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'uuid' })
  offeredBy!: string;

  @Property({ type: 'timestamptz' })
  offeredAt!: Date;

  /** After this moment an OPEN offer can no longer be accepted. */
  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Enum({ items: () => counterOfferStates as unknown as string[], type: 'text' })
  state!: CounterOfferState;

  /** The requester who accepted or declined; null when it expired or was withdrawn with the request. */
  @Property({ type: 'uuid', nullable: true })
  answeredBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  answeredAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  answerNote?: string | null;
}

export const commentAuthorRoles = ['OWNER', 'REQUESTER', 'DIC'] as const;
export type CommentAuthorRole = (typeof commentAuthorRoles)[number];

/** A comment on an e-form request (002 §27.1d: DIC reviews it with the owner), seen by both parties and DIC. */
@Entity({ tableName: 'access_request_comment' })
export class AccessRequestComment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  requestId!: string;

  /** The official or the partner's client. */
  @Property({ type: 'uuid' })
  authorId!: string;

  @Enum({ items: () => commentAuthorRoles as unknown as string[], type: 'text' })
  authorRole!: CommentAuthorRole;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;
}

import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';
import { ConsentTermsColumns } from './entities';

/** As stored; a PENDING request past its answer-by time reads as EXPIRED until the sweep stores it. */
export const consentRequestStates = ['PENDING', 'APPROVED', 'REJECTED', 'EXPIRED'] as const;
export type ConsentRequestState = (typeof consentRequestStates)[number];

/**
 * A partner's request for a citizen's consent (issue 19 item 2, after India's Account Aggregator
 * consent requests): the terms of the consent it asks for, which the citizen approves — making
 * the consent artefact `consentId` — or rejects, by `answerBy`.
 */
@Entity({ tableName: 'consent_request' })
export class ConsentRequest extends ConsentTermsColumns {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  clientId!: string;

  /** The partner as the citizen will see it, and as the consent's receipt will name it. */
  @Property({ type: 'text' })
  clientName!: string;

  /** Whether a citizen has this CCCD is never told to the partner. */
  @Property({ type: 'text' })
  citizenCccd!: string;

  /** A code of the purpose list (purposes.ts); `purpose` is its label, as the citizen reads it. */
  @Property({ type: 'text' })
  purposeCode!: string;

  /** Unanswered by then, the request expires. */
  @Property({ type: 'timestamptz' })
  answerBy!: Date;

  @Enum({ items: () => consentRequestStates as unknown as string[], type: 'text' })
  state!: ConsentRequestState;

  @Property({ type: 'timestamptz' })
  createdAt!: Date;

  /** When it was approved, rejected or (by the sweep) expired. */
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  /** The citizen's own words, optional; the partner reads them. */
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  /** The consent artefact an approval made. */
  @Property({ type: 'uuid', nullable: true })
  consentId?: string | null;
}

/**
 * Where a partner client is told of its requests' outcomes, and the secret it checks the
 * signature with. Kept in clear: the hub must sign with it (an HMAC key cannot be a hash).
 */
@Entity({ tableName: 'consent_webhook' })
export class ConsentWebhook {
  @PrimaryKey({ type: 'uuid' })
  clientId!: string;

  @Property({ type: 'text' })
  url!: string;

  @Property({ type: 'text', hidden: true })
  secret!: string;

  @Property({ type: 'timestamptz' })
  updatedAt!: Date;
}

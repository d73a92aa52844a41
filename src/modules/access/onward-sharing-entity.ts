import { ArrayType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

export const onwardSharingStates = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type OnwardSharingState = (typeof onwardSharingStates)[number];

/** The two parties whose consent onward sharing needs (002 §26.3). */
export const consentParties = ['DIC', 'OWNER'] as const;
export type ConsentParty = (typeof consentParties)[number];

export const consentAnswers = ['CONSENT', 'REFUSE'] as const;
export type ConsentAnswer = (typeof consentAnswers)[number];

/**
 * A grantee asks to pass data it was granted on to a third party (002 §26.3, §28.1). APPROVED
 * only once DIC of the province and the owning agency's steward have both consented.
 */
@Entity({ tableName: 'onward_sharing_request' })
export class OnwardSharingRequest {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The grant whose data would be passed on. */
  @Property({ type: 'uuid' })
  grantId!: string;

  @Property({ type: 'uuid' })
  datasetId!: string;

  @Property({ type: 'uuid' })
  ownerAgencyId!: string;

  @Property({ type: 'text' })
  provinceCode!: string;

  @Property({ type: 'uuid' })
  requesterAgencyId!: string;

  @Property({ type: 'uuid' })
  submittedBy!: string;

  @Property({ type: 'text' })
  thirdPartyName!: string;

  @Property({ type: 'text', nullable: true })
  thirdPartyTaxCode?: string | null;

  @Property({ type: 'text' })
  purpose!: string;

  /** Within the grant's allowed columns. */
  @Property({ type: ArrayType })
  columns!: string[];

  @Enum({ items: () => onwardSharingStates as unknown as string[], type: 'text' })
  state!: OnwardSharingState;

  @Property({ type: 'timestamptz' })
  submittedAt!: Date;

  @Enum({ items: () => consentAnswers as unknown as string[], type: 'text', nullable: true })
  dicConsent?: ConsentAnswer | null;

  @Property({ type: 'uuid', nullable: true })
  dicDecidedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  dicDecidedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  dicReason?: string | null;

  @Enum({ items: () => consentAnswers as unknown as string[], type: 'text', nullable: true })
  ownerConsent?: ConsentAnswer | null;

  @Property({ type: 'uuid', nullable: true })
  ownerDecidedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  ownerDecidedAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  ownerReason?: string | null;

  /** When the second consent arrived. */
  @Property({ type: 'timestamptz', nullable: true })
  effectiveAt?: Date | null;
}

import { ArrayType, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/core';

/** Who asks (002 §27.2): an agency of the province, or a partner organisation registered by DIC (002 §27.1b). */
export const requesterKinds = ['AGENCY', 'ORGANISATION'] as const;
export type RequesterKind = (typeof requesterKinds)[number];

/** How the data is delivered once approved (002 §27.1b API service, §27.1d by request). */
export const deliveryForms = ['API', 'FILE'] as const;
export type DeliveryForm = (typeof deliveryForms)[number];

/**
 * PENDING → (owner) APPROVED | REJECTED | COUNTER_OFFERED; COUNTER_OFFERED → (requester) agreed
 * or back to PENDING when declined, EXPIRED when left unanswered (002 §27.2: the period is
 * agreed by both sides). Where the province asks for it, agreed terms wait in AWAITING_DIC until
 * DIC confirms (APPROVED) or refuses with its reason (DIC_REFUSED) (002 §27.1d).
 */
export const accessRequestStates = [
  'PENDING',
  'COUNTER_OFFERED',
  'AWAITING_DIC',
  'APPROVED',
  'REJECTED',
  'DIC_REFUSED',
  'WITHDRAWN',
  'EXPIRED',
] as const;
export type AccessRequestState = (typeof accessRequestStates)[number];

export const accessDecisions = ['APPROVE', 'REJECT'] as const;
export type AccessDecision = (typeof accessDecisions)[number];

/** A request through the e-form (002 §27.2) for a RESTRICTED dataset of another agency. */
@Entity({ tableName: 'access_request' })
export class AccessRequest {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  datasetId!: string;

  /** The dataset's owner when the request was made: whose inbox it lands in (002 §4.2a: one owner). */
  @Property({ type: 'uuid' })
  ownerAgencyId!: string;

  /** The dataset's province: whose DIC sees it when overdue. */
  @Property({ type: 'text' })
  provinceCode!: string;

  @Enum({ items: () => requesterKinds as unknown as string[], type: 'text' })
  requesterKind!: RequesterKind;

  /** Set when requesterKind is AGENCY. */
  @Property({ type: 'uuid', nullable: true })
  requesterAgencyId?: string | null;

  /** Set when requesterKind is ORGANISATION: a partner organisation (clients module). */
  @Property({ type: 'uuid', nullable: true })
  requesterOrganisationId?: string | null;

  /** The official, or the partner's API client. */
  @Property({ type: 'uuid' })
  submittedBy!: string;

  @Property({ type: 'text' })
  purpose!: string;

  @Property({ type: 'text' })
  legalBasis!: string;

  @Property({ type: ArrayType })
  requestedColumns!: string[];

  @Enum({ items: () => deliveryForms as unknown as string[], type: 'text' })
  deliveryForm!: DeliveryForm;

  @Property({ type: 'date' })
  periodFrom!: string;

  @Property({ type: 'date' })
  periodTo!: string;

  @Property({ type: 'text' })
  accessFrequency!: string;

  @Property({ type: 'text' })
  contactName!: string;

  @Property({ type: 'text', nullable: true })
  contactEmail?: string | null;

  @Property({ type: 'text', nullable: true })
  contactPhone?: string | null;

  /** 002 §28.1: data is not passed on unless agreed; the form cannot be sent without it. */
  @Property({ type: 'boolean' })
  noOnwardSharing!: boolean;

  /** 002 §28.3: fees of a CHARGED dataset acknowledged. */
  @Property({ type: 'boolean' })
  feesAcknowledged!: boolean;

  @Enum({ items: () => accessRequestStates as unknown as string[], type: 'text' })
  state!: AccessRequestState;

  @Property({ type: 'timestamptz' })
  submittedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  decidedBy?: string | null;

  /** When decided or withdrawn. */
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null;

  /** The written reason of a refusal (002 §27.2), or the owner's note on an approval. */
  @Property({ type: 'text', nullable: true })
  decisionReason?: string | null;

  /** The terms both sides agreed (002 §27.2): set by an approval or an accepted counter-offer; the grant copies them. */
  @Property({ type: 'timestamptz', nullable: true })
  agreedFrom?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  agreedTo?: Date | null;

  @Property({ type: ArrayType, nullable: true })
  agreedColumns?: string[] | null;

  /** DIC's confirmation or refusal (002 §27.1d), where the province requires it. */
  @Property({ type: 'uuid', nullable: true })
  dicDecidedBy?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  dicDecidedAt?: Date | null;

  /** DIC's written reason when it refuses; its optional note when it confirms. */
  @Property({ type: 'text', nullable: true })
  dicReason?: string | null;
}

/** The states in which a request is still open: one per requester and dataset. */
export const openRequestStates: AccessRequestState[] = ['PENDING', 'COUNTER_OFFERED', 'AWAITING_DIC'];

/** What an approval creates: the agreed period and columns for the grantee agency (002 §27.2). */
@Entity({ tableName: 'access_grant' })
export class AccessGrant {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', unique: true })
  requestId!: string;

  @Property({ type: 'uuid' })
  datasetId!: string;

  @Property({ type: 'uuid', nullable: true })
  granteeAgencyId?: string | null;

  @Property({ type: 'uuid', nullable: true })
  granteeOrganisationId?: string | null;

  @Property({ type: ArrayType })
  allowedColumns!: string[];

  @Property({ type: 'timestamptz' })
  validFrom!: Date;

  /** Inclusive: a read at validTo is allowed, one a second later is not. */
  @Property({ type: 'timestamptz' })
  validTo!: Date;

  @Property({ type: 'uuid' })
  grantedBy!: string;

  @Property({ type: 'timestamptz' })
  grantedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  revokedBy?: string | null;

  @Property({ type: 'text', nullable: true })
  revokeReason?: string | null;
}

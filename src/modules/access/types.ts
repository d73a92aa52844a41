import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';
import { MutationError, payloadType, type PayloadOf } from '../../graphql/payload';
import {
  accessDecisions,
  accessRequestStates,
  deliveryForms,
  requesterKinds,
  type AccessDecision,
  type AccessGrant,
  type AccessRequest,
  type AccessRequestState,
  type DeliveryForm,
  type RequesterKind,
} from './service';
import { RequiredContact, RequiredContactInput } from '../../graphql/contact';

export const RequesterKindEnum = enumFrom('RequesterKind', requesterKinds, {
  AGENCY: 'Cơ quan nhà nước trong tỉnh (a state agency)',
  ORGANISATION: 'Tổ chức đối tác, qua ứng dụng API do Sở TTTT đăng ký (a partner organisation through its API client, 002 §27.1b)',
});

export const DeliveryFormEnum = enumFrom('DeliveryForm', deliveryForms, {
  API: 'Dịch vụ API từ kho dữ liệu (API service), 002 §27.1b',
  FILE: 'Tệp dữ liệu (a file), 002 §27.1d',
});

export const AccessRequestStateEnum = enumFrom('AccessRequestState', accessRequestStates, {
  PENDING: 'Chờ cơ quan chủ quản xem xét (awaiting the owner)',
  COUNTER_OFFERED:
    'Cơ quan chủ quản đề xuất thời hạn, phạm vi khác; chờ bên đề nghị trả lời (the owner counter-offered; awaiting the requester)',
  AWAITING_DIC: 'Hai bên đã thống nhất; chờ Sở TTTT xác nhận (agreed; awaiting DIC’s confirmation, 002 §27.1d)',
  APPROVED: 'Đã chấp thuận, có quyền truy cập (approved: a grant exists)',
  REJECTED: 'Từ chối, có lý do bằng văn bản (refused with written reasons)',
  DIC_REFUSED: 'Sở TTTT không xác nhận, có lý do (DIC refused to confirm, with its reason)',
  WITHDRAWN: 'Cơ quan đề nghị đã rút (withdrawn by the requester)',
  EXPIRED: 'Đề xuất của cơ quan chủ quản hết hạn mà không được trả lời (the counter-offer expired unanswered; no grant)',
});

export const AccessDecisionEnum = enumFrom('AccessDecision', accessDecisions, {
  APPROVE: 'Chấp thuận với thời hạn và phạm vi đã thống nhất (approve with the agreed period and columns)',
  REJECT: 'Từ chối, bắt buộc nêu lý do (refuse, with a mandatory written reason)',
});

@ObjectType('AccessGrant', { description: 'The right an approval created (002 §27.2): checked on every read, revocable at once' })
export class AccessGrantType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  requestId!: string;

  @Field(() => ID, { nullable: true, description: 'Set when the grantee is an agency' })
  granteeAgencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Set when the grantee is a partner organisation' })
  granteeOrganisationId?: string | null;

  @Field(() => [String], { description: 'The only columns a read through this grant returns' })
  allowedColumns!: string[];

  @Field()
  validFrom!: Date;

  @Field({ description: 'Inclusive: a read one second later is refused' })
  validTo!: Date;

  @Field(() => ID)
  grantedBy!: string;

  @Field()
  grantedAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt?: Date | null;

  @Field(() => String, { nullable: true })
  revokeReason?: string | null;
}

@ObjectType('AccessRequest', { description: 'A request through the e-form for non-public data (002 §27.2)' })
export class AccessRequestType extends RequiredContact {
  @Field(() => ID)
  id!: string;

  @Field(() => RequesterKindEnum)
  requesterKind!: RequesterKind;

  @Field(() => ID, { nullable: true, description: 'Set when requesterKind is AGENCY' })
  requesterAgencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Set when requesterKind is ORGANISATION' })
  requesterOrganisationId?: string | null;

  @Field(() => ID)
  ownerAgencyId!: string;

  @Field(() => ID, { description: 'The official, or the partner’s API client, who submitted' })
  submittedBy!: string;

  @Field()
  purpose!: string;

  @Field()
  legalBasis!: string;

  @Field(() => [String])
  requestedColumns!: string[];

  @Field(() => DeliveryFormEnum)
  deliveryForm!: DeliveryForm;

  @Field({ description: 'Requested period, first day (YYYY-MM-DD)' })
  periodFrom!: string;

  @Field({ description: 'Requested period, last day (YYYY-MM-DD)' })
  periodTo!: string;

  @Field()
  accessFrequency!: string;

  @Field({ description: '002 §28.1' })
  noOnwardSharing!: boolean;

  @Field({ description: '002 §28.3' })
  feesAcknowledged!: boolean;

  @Field(() => AccessRequestStateEnum)
  state!: AccessRequestState;

  @Field()
  submittedAt!: Date;

  @Field(() => ID, { nullable: true, description: 'Who decided, or withdrew' })
  decidedBy?: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The written reason of a refusal; an optional note on an approval' })
  decisionReason?: string | null;

  @Field(() => Date, { nullable: true, description: 'The agreed period’s start, once both sides agreed (002 §27.2)' })
  agreedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'The agreed period’s end (inclusive)' })
  agreedTo?: Date | null;

  @Field(() => [String], { nullable: true, description: 'The agreed columns' })
  agreedColumns?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'DIC’s official who confirmed or refused (002 §27.1d)' })
  dicDecidedBy?: string | null;

  @Field(() => Date, { nullable: true })
  dicDecidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'DIC’s written reason of a refusal, or its note on a confirmation' })
  dicReason?: string | null;
}

@InputType('SubmitAccessRequestInput', { description: 'The e-form (002 §27.2); requester = your agency, or your client’s organisation' })
export class SubmitAccessRequestInputType extends RequiredContactInput {
  @Field({ description: 'A RESTRICTED dataset of another agency' })
  datasetSlug!: string;

  @Field()
  purpose!: string;

  @Field({ description: 'Căn cứ pháp lý (the legal basis)' })
  legalBasis!: string;

  @Field(() => [String], { description: 'Fields of the latest version’s Table Schema' })
  requestedColumns!: string[];

  @Field(() => DeliveryFormEnum)
  deliveryForm!: DeliveryForm;

  @Field({ description: 'YYYY-MM-DD' })
  periodFrom!: string;

  @Field({ description: 'YYYY-MM-DD, after periodFrom' })
  periodTo!: string;

  @Field({ description: 'e.g. daily, monthly, once' })
  accessFrequency!: string;

  @Field({ description: 'Must be true (002 §28.1)' })
  noOnwardSharing!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Must be true when the dataset is CHARGED (002 §28.3)' })
  feesAcknowledged?: boolean | null;
}

@InputType('DecideAccessRequestInput')
export class DecideAccessRequestInputType {
  @Field(() => AccessDecisionEnum)
  decision!: AccessDecision;

  @Field(() => Date, {
    nullable: true,
    description: 'APPROVE: start of the agreed period, within the requested one and not before the day of filing (Vietnam time)',
  })
  validFrom?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'APPROVE: end of the agreed period (inclusive), after validFrom, within the requested one',
  })
  validTo?: Date | null;

  @Field(() => [String], {
    nullable: true,
    description: 'APPROVE: a non-empty subset of the requested columns (other columns or period: counterOfferAccessRequest)',
  })
  allowedColumns?: string[] | null;

  @Field(() => String, { nullable: true, description: 'REJECT: the mandatory written reason; APPROVE: an optional note' })
  reason?: string | null;
}

export const AccessRequestPayload = payloadType('AccessRequestPayload', 'request', () => AccessRequestType);
export type AccessRequestPayload = PayloadOf<'request', AccessRequest>;

/** What a step that may create a grant returns: the owner's decision, the requester's acceptance, DIC's confirmation. */
@ObjectType()
export class AccessDecisionPayload {
  @Field(() => AccessRequestType, { nullable: true })
  request?: AccessRequest;

  @Field(() => AccessGrantType, {
    nullable: true,
    description:
      'The grant this step created: by an APPROVE or an accepted counter-offer unless DIC must confirm first (002 §27.1d), or by DIC’s CONFIRM',
  })
  grant?: AccessGrant | null;

  @Field(() => MutationError, { nullable: true })
  error?: MutationError;
}

export const AccessGrantPayload = payloadType('AccessGrantPayload', 'grant', () => AccessGrantType);
export type AccessGrantPayload = PayloadOf<'grant', AccessGrant>;

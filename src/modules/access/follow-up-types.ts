import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';
import { payloadType, type PayloadOf } from '../../graphql/payload';
import {
  consentAnswers,
  consentParties,
  errorReportStatuses,
  onwardSharingStates,
  type ConsentAnswer,
  type ConsentParty,
  type DataErrorReport,
  type ErrorReportStatus,
  type OnwardSharingRequest,
  type OnwardSharingState,
} from './service';
import type { RequesterKind } from './entities';
import { RequesterKindEnum } from './types';

export const OnwardSharingStateEnum = enumFrom('OnwardSharingState', onwardSharingStates, {
  PENDING: 'Chờ ý kiến của Sở TTTT và cơ quan chủ quản (awaiting DIC and the owner)',
  APPROVED: 'Cả hai đã đồng ý, có hiệu lực (both consented: in effect)',
  REJECTED: 'Một bên từ chối, có lý do (refused by one party, with its reason)',
});

export const ConsentPartyEnum = enumFrom('ConsentParty', consentParties, {
  DIC: 'Sở Thông tin và Truyền thông của tỉnh (DIC of the province)',
  OWNER: 'Cơ quan chủ quản dữ liệu (the owning agency)',
});

export const ConsentAnswerEnum = enumFrom('ConsentAnswer', consentAnswers, {
  CONSENT: 'Đồng ý (consent)',
  REFUSE: 'Từ chối, bắt buộc nêu lý do (refuse, with a mandatory reason)',
});

export const ErrorReportStatusEnum = enumFrom('ErrorReportStatus', errorReportStatuses, {
  OPEN: 'Chờ cơ quan chủ quản trả lời (awaiting the owner)',
  ANSWERED: 'Cơ quan chủ quản đã trả lời (answered by the owner)',
  CLOSED: 'Đã đóng (closed)',
});

@ObjectType('OnwardSharingRequest', {
  description: 'A grantee’s request to pass granted data on to a third party: needs both DIC and the owner (002 §26.3)',
})
export class OnwardSharingRequestType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  grantId!: string;

  @Field(() => ID)
  requesterAgencyId!: string;

  @Field(() => ID)
  ownerAgencyId!: string;

  @Field()
  thirdPartyName!: string;

  @Field(() => String, { nullable: true })
  thirdPartyTaxCode?: string | null;

  @Field()
  purpose!: string;

  @Field(() => [String])
  columns!: string[];

  @Field(() => OnwardSharingStateEnum)
  state!: OnwardSharingState;

  @Field()
  submittedAt!: Date;

  @Field(() => ConsentAnswerEnum, { nullable: true })
  dicConsent?: ConsentAnswer | null;

  @Field(() => Date, { nullable: true })
  dicDecidedAt?: Date | null;

  @Field(() => String, { nullable: true })
  dicReason?: string | null;

  @Field(() => ConsentAnswerEnum, { nullable: true })
  ownerConsent?: ConsentAnswer | null;

  @Field(() => Date, { nullable: true })
  ownerDecidedAt?: Date | null;

  @Field(() => String, { nullable: true })
  ownerReason?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the second consent made it effective' })
  effectiveAt?: Date | null;
}

@InputType('RequestOnwardSharingInput')
export class RequestOnwardSharingInputType {
  @Field(() => ID, { description: 'A grant of your agency, in force' })
  grantId!: string;

  @Field()
  thirdPartyName!: string;

  @Field(() => String, { nullable: true })
  thirdPartyTaxCode?: string | null;

  @Field()
  purpose!: string;

  @Field(() => [String], { description: 'Among the grant’s allowed columns' })
  columns!: string[];
}

@InputType('DecideOnwardSharingInput')
export class DecideOnwardSharingInputType {
  @Field(() => ConsentPartyEnum, { description: 'Which consent you give: as DIC of the province or as the owner’s steward' })
  party!: ConsentParty;

  @Field(() => ConsentAnswerEnum)
  answer!: ConsentAnswer;

  @Field(() => String, { nullable: true, description: 'REFUSE: the mandatory reason' })
  reason?: string | null;
}

export const OnwardSharingPayload = payloadType('OnwardSharingPayload', 'request', () => OnwardSharingRequestType);
export type OnwardSharingPayload = PayloadOf<'request', OnwardSharingRequest>;

@ObjectType('DataErrorReport', { description: 'An error found in supplied data and the owner’s answer (002 §28.4)' })
export class DataErrorReportType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  reporterAgencyId!: string;

  @Field()
  description!: string;

  @Field(() => [Int], { description: 'Source line numbers (the header is line 1)' })
  rowNumbers!: number[];

  @Field(() => [String])
  columns!: string[];

  @Field(() => ErrorReportStatusEnum)
  status!: ErrorReportStatus;

  @Field()
  reportedAt!: Date;

  @Field(() => String, { nullable: true })
  answer?: string | null;

  @Field(() => Date, { nullable: true })
  answeredAt?: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt?: Date | null;
}

@InputType('FileErrorReportInput')
export class FileErrorReportInputType {
  @Field({ description: 'A dataset your agency was granted' })
  datasetSlug!: string;

  @Field()
  description!: string;

  @Field(() => [Int], { nullable: true, description: 'Line numbers as datasetRows gives them (from 2)' })
  rowNumbers?: number[] | null;

  @Field(() => [String], { nullable: true, description: 'Columns you were supplied' })
  columns?: string[] | null;
}

export const DataErrorReportPayload = payloadType('DataErrorReportPayload', 'report', () => DataErrorReportType);
export type DataErrorReportPayload = PayloadOf<'report', DataErrorReport>;

@ObjectType('GrantUsage', {
  description:
    'Use of one dataset by one grantee through grants (002 §31.8): an agency, or a partner organisation through its API clients; from the audit log',
})
export class GrantUsageType {
  @Field(() => ID)
  datasetId!: string;

  @Field(() => RequesterKindEnum)
  granteeKind!: RequesterKind;

  @Field(() => ID, { nullable: true, description: 'Set when the grantee is an agency' })
  granteeAgencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Set when the grantee is a partner organisation' })
  granteeOrganisationId?: string | null;

  @Field(() => [ID], { description: 'The API clients that read, or were refused, for the organisation (empty for an agency)' })
  clientIds!: string[];

  @Field(() => Int, { description: 'Reads through a grant' })
  reads!: number;

  @Field(() => Int, { description: 'Rows those reads returned' })
  rowsReturned!: number;

  @Field(() => Date, { nullable: true })
  lastAccessAt?: Date | null;

  @Field(() => Int, { description: 'Reads refused: no grant, expired, revoked or not yet valid' })
  deniedAttempts!: number;

  @Field(() => Date, { nullable: true })
  lastDeniedAt?: Date | null;
}

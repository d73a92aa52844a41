import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';
import { MutationError } from '../../graphql/payload';
import type { Dataset } from '../catalog/service';
import { DatasetType } from '../catalog/types';
import {
  checkNames,
  councilSeats,
  roundOutcomes,
  seatVerdicts,
  type CheckName,
  type CheckResult,
  type CouncilSeat,
  type ReviewRound,
  type RoundOutcome,
  type SeatVerdict,
} from './service';

export const CouncilSeatEnum = enumFrom('CouncilSeat', councilSeats, {
  PPC_OFFICE: 'Văn phòng UBND tỉnh (PPC Office), 002 §5.5',
  DIC: 'Sở Thông tin và Truyền thông (DIC), 002 §5.5',
  OWNER: 'Cơ quan chủ trì quản lý dữ liệu (the owning agency), 002 §5.5',
});

export const SeatVerdictEnum = enumFrom('SeatVerdict', seatVerdicts, {
  APPROVE: 'Thông qua (approve)',
  REJECT: 'Không thông qua, kèm lý do (reject, with its reason)',
});

export const RoundOutcomeEnum = enumFrom('RoundOutcome', roundOutcomes, {
  CHECKS_FAILED: 'Dừng ở kiểm tra tự động (stopped at the automated checks)',
  OPEN: 'Hội đồng đang xét (the council is deciding)',
  COMPLIANT: 'Cả ba ghế thông qua (all three seats approved)',
  REJECTED: 'Một ghế không thông qua (a seat rejected)',
});

export const ComplianceCheckNameEnum = enumFrom('ComplianceCheckName', checkNames, {
  SINGLE_OWNER: 'Một cơ quan chủ quản (one owning agency), 002 §5.1',
  METADATA_COMPLETE: 'Đủ thông tin mô tả (complete metadata)',
  CURRENT_VERSION: 'Phiên bản hiện tại nạp không lỗi (current version ingested without errors), 002 §5.3',
  TABLE_SCHEMA_VALID: 'Table Schema hợp lệ (valid Frictionless Table Schema)',
  CODE_LISTS_VALID: 'Cột danh mục hợp lệ (code-list columns valid), 002 §5.2',
  NO_DUPLICATE: 'Không trùng lặp (no duplicate), 002 §4.2b',
  NOT_STATE_SECRET: 'Không phải bí mật nhà nước (not a state secret), 002 §30.3',
});

@ObjectType('ComplianceCheck', { description: 'One automated check of a submission and why it passed or failed' })
export class ComplianceCheckType {
  @Field(() => ComplianceCheckNameEnum)
  name!: CheckName;

  @Field()
  passed!: boolean;

  @Field()
  detail!: string;
}

@ObjectType('SeatDecision', { description: 'A council seat’s decision in a round (002 §5.5)' })
export class SeatDecisionType {
  @Field(() => CouncilSeatEnum)
  seat!: CouncilSeat;

  @Field(() => SeatVerdictEnum)
  decision!: SeatVerdict;

  @Field(() => String, { nullable: true, description: 'Required for REJECT' })
  reason?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The official who decided, by account; null when the decision was recorded from a council session’s minutes (the meeting was held outside the hub)',
  })
  decidedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'From the minutes: the official who decided, by name and title' })
  decidedByName?: string | null;

  @Field(() => String, { nullable: true, description: 'From the minutes: their reference (the number of the minutes)' })
  reference?: string | null;

  @Field()
  decidedAt!: Date;
}

@ObjectType('ReviewRound', { description: 'One submission for compliance review: its checks, then its council' })
export class ReviewRoundType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => RoundOutcomeEnum)
  outcome!: RoundOutcome;

  @Field(() => ID, {
    nullable: true,
    description:
      'The steward who submitted; null for a round recorded from a council session’s minutes (the catalogue import), which no account submitted',
  })
  submittedBy?: string | null;

  @Field()
  submittedAt!: Date;

  @Field(() => Int, { nullable: true, description: 'The dataset version the council reviews' })
  versionNumber?: number | null;

  @Field(() => Date, { nullable: true })
  closedAt?: Date | null;
}

@ObjectType('AuditEvent', { description: 'An event of the append-only, hash-chained audit log' })
export class AuditEventType {
  @Field(() => Number, { description: 'Position in the chain' })
  seq!: number;

  @Field()
  at!: Date;

  @Field({ description: 'Official id, system or anonymous' })
  actor!: string;

  @Field({ description: 'e.g. review.checks_run, review.state_changed, review.seat_decided, dataset.published' })
  action!: string;

  @Field(() => GraphQLJSONObject)
  details!: Record<string, unknown>;

  @Field(() => String, { nullable: true })
  reason?: string | null;

  @Field({ description: 'sha256 of the previous hash and this event' })
  hash!: string;
}

@ObjectType()
export class SubmissionPayload {
  @Field(() => DatasetType, { nullable: true })
  dataset?: Dataset;

  @Field(() => [ComplianceCheckType], { nullable: true, description: 'Every check of this submission, passed or not' })
  checks?: CheckResult[];

  @Field(() => MutationError, { nullable: true, description: 'The failed checks, one input problem each (field = check name)' })
  error?: MutationError;
}

@ObjectType()
export class ReviewPayload {
  @Field(() => DatasetType, { nullable: true })
  dataset?: Dataset;

  @Field(() => ReviewRoundType, { nullable: true })
  round?: ReviewRound;

  @Field(() => MutationError, { nullable: true })
  error?: MutationError;
}

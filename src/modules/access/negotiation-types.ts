import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';
import { payloadType, type PayloadOf } from '../../graphql/payload';
import {
  commentAuthorRoles,
  counterOfferStates,
  dicDecisions,
  type AccessRequestComment,
  type CommentAuthorRole,
  type CounterOfferState,
  type DicDecision,
} from './service';

export const CounterOfferStateEnum = enumFrom('CounterOfferState', counterOfferStates, {
  OPEN: 'Chờ bên đề nghị trả lời (awaiting the requester’s answer)',
  ACCEPTED: 'Bên đề nghị đã chấp nhận: là thời hạn, phạm vi đã thống nhất (accepted: the agreed terms)',
  DECLINED: 'Bên đề nghị không chấp nhận (declined by the requester)',
  EXPIRED: 'Hết hạn trả lời (expired unanswered)',
  WITHDRAWN: 'Đề nghị đã được rút (the request was withdrawn)',
});

export const CommentAuthorRoleEnum = enumFrom('CommentAuthorRole', commentAuthorRoles, {
  OWNER: 'Cơ quan chủ quản dữ liệu (the data owner)',
  REQUESTER: 'Bên đề nghị (the requester)',
  DIC: 'Sở Thông tin và Truyền thông (DIC, 002 §27.1d)',
});

export const DicDecisionEnum = enumFrom('DicDecision', dicDecisions, {
  CONFIRM: 'Xác nhận: quyền truy cập có hiệu lực (confirm: the grant takes effect)',
  REFUSE: 'Không xác nhận, bắt buộc nêu lý do (refuse, with a mandatory written reason)',
});

@ObjectType('CounterOffer', {
  description: 'The owner’s proposal of another period and/or columns (002 §27.2), for the requester to accept',
})
export class CounterOfferType {
  @Field(() => ID)
  id!: string;

  @Field()
  validFrom!: Date;

  @Field({ description: 'Inclusive' })
  validTo!: Date;

  @Field(() => [String])
  columns!: string[];

  @Field(() => String, { nullable: true, description: 'Why the owner proposes other terms' })
  note?: string | null;

  @Field(() => ID)
  offeredBy!: string;

  @Field()
  offeredAt!: Date;

  @Field({ description: 'An OPEN offer unanswered at this moment expires, and the request with it' })
  expiresAt!: Date;

  @Field(() => CounterOfferStateEnum)
  state!: CounterOfferState;

  @Field(() => Date, { nullable: true })
  answeredAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The requester’s note when declining' })
  answerNote?: string | null;
}

@ObjectType('AccessRequestComment', { description: 'A comment on a request, read by both parties and DIC (002 §27.1d)' })
export class AccessRequestCommentType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  authorId!: string;

  @Field(() => CommentAuthorRoleEnum)
  authorRole!: CommentAuthorRole;

  @Field()
  body!: string;

  @Field()
  createdAt!: Date;
}

@InputType('AccessPeriodInput', { description: 'A period of access: from, to (inclusive)' })
export class AccessPeriodInputType {
  @Field()
  validFrom!: Date;

  @Field({ description: 'Inclusive, after validFrom' })
  validTo!: Date;
}

@InputType('DicConfirmationInput')
export class DicConfirmationInputType {
  @Field(() => DicDecisionEnum)
  decision!: DicDecision;

  @Field(() => String, { nullable: true, description: 'REFUSE: the mandatory written reason; CONFIRM: an optional note' })
  reason?: string | null;
}

export const AccessRequestCommentPayload = payloadType('AccessRequestCommentPayload', 'comment', () => AccessRequestCommentType);
export type AccessRequestCommentPayload = PayloadOf<'comment', AccessRequestComment>;

import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';
import { payloadType, type PayloadOf } from '../../graphql/payload';
import { feedbackStatuses, type Feedback, type FeedbackStatus, type FileFeedbackInput } from './service';

export const FeedbackStatusEnum = enumFrom('FeedbackStatus', feedbackStatuses, {
  RECEIVED: 'Đã tiếp nhận (received)',
  IN_PROGRESS: 'Đang xử lý (in progress)',
  RESOLVED: 'Đã giải quyết (resolved)',
  CLOSED: 'Đã đóng (closed)',
});

@ObjectType('Feedback', {
  description: 'Phản ánh, kiến nghị của người dân (a citizen’s feedback, 000 §7.3): its handling is public, its author is not',
})
export class FeedbackType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'The dataset it is about' })
  datasetSlug?: string | null;

  @Field(() => String, { nullable: true, description: 'Or the public service it is about' })
  serviceName?: string | null;

  @Field()
  subject!: string;

  @Field({ description: 'Plain text as the citizen typed it' })
  text!: string;

  @Field(() => FeedbackStatusEnum)
  status!: FeedbackStatus;

  @Field(() => String, { nullable: true, description: 'The agency’s answer' })
  response?: string | null;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt?: Date | null;

  @Field(() => Int, { nullable: true, description: 'The author’s satisfaction, 1–5' })
  rating?: number | null;
}

@ObjectType('FeedbackPage', { description: 'Một trang phản ánh, mới nhất trước (a page of feedback, newest first)' })
export class FeedbackPageType {
  @Field(() => [FeedbackType])
  items!: Feedback[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor?: string | null;

  @Field()
  hasNextPage!: boolean;
}

@ObjectType('AgencySatisfaction', { description: 'Mức độ hài lòng với một cơ quan (satisfaction with an agency’s handling of feedback)' })
export class AgencySatisfactionType {
  @Field(() => Int)
  feedbackCount!: number;

  @Field(() => Int)
  ratingCount!: number;

  @Field(() => Float, { nullable: true, description: 'Mean rating 1–5; null before the first' })
  averageRating?: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of ratings 4 or 5, 0–1; null before the first' })
  satisfiedShare?: number | null;
}

@InputType('FileFeedbackInput', { description: 'A dataset (by slug), or a service by name with the agency that provides it' })
export class FileFeedbackInputType implements FileFeedbackInput {
  @Field(() => String, { nullable: true })
  datasetSlug?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 200 characters' })
  serviceName?: string | null;

  @Field(() => String, { nullable: true, description: 'The agency’s code (account name) for a service, e.g. soyt' })
  agencyCode?: string | null;

  @Field({ description: 'At most 200 characters' })
  subject!: string;

  @Field({ description: 'At most 4000 characters, plain text' })
  text!: string;
}

export const FeedbackPayload = payloadType('FeedbackPayload', 'feedback', () => FeedbackType);
export type FeedbackPayload = PayloadOf<'feedback', Feedback>;

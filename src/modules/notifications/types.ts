import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';
import { payloadType, type PayloadOf } from '../../graphql/payload';
import { broadcastStatuses, type Broadcast, type BroadcastRequestInput, type BroadcastStatus, type FeedItem } from './service';

export const BroadcastStatusEnum = enumFrom('BroadcastStatus', broadcastStatuses, {
  PENDING: 'Chờ Sở TT&TT duyệt (awaiting DIC)',
  PUBLISHED: 'Đã gửi đến người dùng (published to the feed)',
  REJECTED: 'Bị từ chối, có lý do (rejected with a reason)',
});

@ObjectType('Broadcast', { description: 'Yêu cầu gửi thông báo đến mọi người dùng ứng dụng (an agency’s broadcast request, 000 §14)' })
export class BroadcastType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field({ description: 'The written grounds of the request' })
  reason!: string;

  @Field(() => String, { nullable: true })
  link?: string | null;

  @Field(() => BroadcastStatusEnum)
  status!: BroadcastStatus;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why DIC rejected it' })
  rejectionReason?: string | null;

  @Field(() => Date, { nullable: true })
  publishedAt?: Date | null;
}

@ObjectType('NotificationItem', { description: 'Một thông báo đã gửi (a published announcement in the app’s feed)' })
export class NotificationItemType {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => String, { nullable: true })
  link?: string | null;

  @Field()
  publishedAt!: Date;
}

@ObjectType('NotificationFeed', { description: 'Một trang thông báo, mới nhất trước (a page of the feed, newest first)' })
export class NotificationFeedType {
  @Field(() => [NotificationItemType])
  items!: FeedItem[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page' })
  endCursor?: string | null;

  @Field()
  hasNextPage!: boolean;
}

@InputType('BroadcastRequestInput')
export class BroadcastRequestInputType implements BroadcastRequestInput {
  @Field({ description: 'At most 150 characters' })
  title!: string;

  @Field({ description: 'At most 2000 characters, plain text' })
  body!: string;

  @Field({ description: 'Why every app user must be told (the written request), at most 1000 characters' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) address for more' })
  link?: string | null;
}

export const BroadcastPayload = payloadType('BroadcastPayload', 'broadcast', () => BroadcastType);
export type BroadcastPayload = PayloadOf<'broadcast', Broadcast>;

import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import { ForbiddenError } from '../../shared/errors';
import type { Agency } from '../agencies/service';
import { AgencyType } from '../agencies/types';
import type { Broadcast, BroadcastStatus, FeedItem, FeedPage } from './service';
import {
  BroadcastPayload,
  BroadcastRequestInputType,
  BroadcastStatusEnum,
  BroadcastType,
  NotificationFeedType,
  NotificationItemType,
} from './types';

/** Officials' side of 000 §14: an agency asks, DIC of the province decides. */
@Resolver(() => BroadcastType)
export class BroadcastResolver {
  @Query(() => [BroadcastType], {
    description: 'Yêu cầu thông báo (broadcast requests): DIC sees its province’s, an agency its own; newest first',
  })
  broadcastRequests(
    @Ctx() { viewer, services }: HubContext,
    @Arg('status', () => BroadcastStatusEnum, { nullable: true }) status?: BroadcastStatus | null,
  ): Promise<Broadcast[]> {
    return services.notifications.broadcastRequests(viewer, status);
  }

  @Mutation(() => BroadcastPayload, { description: 'Cơ quan đề nghị gửi thông báo đến mọi người dùng (000 §14.1)' })
  requestBroadcast(
    @Ctx() { viewer, services }: HubContext,
    @Arg('input', () => BroadcastRequestInputType) input: BroadcastRequestInputType,
  ): Promise<BroadcastPayload> {
    return payloadOf('broadcast', () => services.notifications.requestBroadcast(viewer, input));
  }

  @Mutation(() => BroadcastPayload, { description: 'Sở TT&TT duyệt và gửi (DIC approves: published to the feed at once, 000 §14.2)' })
  approveBroadcast(@Ctx() { viewer, services }: HubContext, @Arg('id', () => ID) id: string): Promise<BroadcastPayload> {
    return payloadOf('broadcast', () => services.notifications.approveBroadcast(viewer, id));
  }

  @Mutation(() => BroadcastPayload, { description: 'Sở TT&TT từ chối, nêu lý do (DIC rejects with a written reason)' })
  rejectBroadcast(
    @Ctx() { viewer, services }: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason') reason: string,
  ): Promise<BroadcastPayload> {
    return payloadOf('broadcast', () => services.notifications.rejectBroadcast(viewer, id, reason));
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency that asked' })
  agency(@Root() broadcast: Broadcast, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return loaders.agencyById.load(broadcast.agencyId);
  }
}

/** The citizen's side: the app reads its province's feed (also GET /notifications/feed and /notifications/stream). */
@Resolver(() => NotificationItemType)
export class NotificationFeedResolver {
  @Query(() => NotificationFeedType, { description: 'Thông báo đến người dùng ứng dụng của tỉnh tôi (my province’s feed), newest first' })
  notificationFeed(
    @Ctx() { viewer, services }: HubContext,
    @Arg('first', () => Int, { nullable: true, description: '1–100, 20 when absent' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<FeedPage> {
    if (viewer.kind !== 'citizen') throw new ForbiddenError();
    return services.notifications.feed(viewer.provinceCode, { first, after });
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'Who it is from' })
  agency(@Root() item: FeedItem, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return loaders.agencyById.load(item.agencyId);
  }
}

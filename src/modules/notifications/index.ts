import type { HubModule } from '../hub-module';
import { Broadcast } from './entities';
import { BroadcastResolver, NotificationFeedResolver } from './resolver';
import { notificationPermissions } from './rules';

/** Broadcasts to officials and each viewer's notification feed. */
export const notificationsModule: HubModule = {
  name: 'notifications',
  resolvers: [BroadcastResolver, NotificationFeedResolver],
  permissions: [notificationPermissions],
  entities: [Broadcast],
};

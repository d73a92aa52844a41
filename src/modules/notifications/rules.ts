import { allow } from 'graphql-shield';
import { hasAnyRole, isCitizen } from '../../graphql/rules';

/** Agencies ask and DIC decides (the service checks which agency and province); citizens read their province's feed. */
export const notificationPermissions = {
  Query: { broadcastRequests: hasAnyRole('DATA_STEWARD', 'AGENCY_VIEWER', 'DIC_ADMIN'), notificationFeed: isCitizen },
  Mutation: {
    requestBroadcast: hasAnyRole('DATA_STEWARD', 'AGENCY_VIEWER'),
    approveBroadcast: hasAnyRole('DIC_ADMIN'),
    rejectBroadcast: hasAnyRole('DIC_ADMIN'),
  },
  Broadcast: allow,
  BroadcastPayload: allow,
  NotificationFeed: allow,
  NotificationItem: allow,
};

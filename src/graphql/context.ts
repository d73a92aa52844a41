import type { Services } from '../services';
import type { Viewer } from '../shared/viewer';
import type { Loaders } from './loaders';

/** What every resolver gets: who asks, from where, the services of this request, its DataLoaders. */
export interface HubContext {
  viewer: Viewer;
  services: Services;
  loaders: Loaders;
  /** The client's address (a trusted proxy's X-Forwarded-For only when configured): what throttles count by. */
  address: string;
  /** Aborted when the client leaves before its answer: work done only for it (row statements) stops. */
  signal?: AbortSignal;
  /** The schema may be shown (`_service`): outside production, or to the gateway presenting HUB_GATEWAY_TOKEN. Absent: no. */
  schemaPublic?: boolean;
}

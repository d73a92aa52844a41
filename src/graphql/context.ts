import type { Services } from '../services';
import type { Viewer } from '../shared/viewer';
import type { Loaders } from './loaders';

/** What every resolver gets: who asks, the services of this request, its DataLoaders. */
export interface HubContext {
  viewer: Viewer;
  services: Services;
  loaders: Loaders;
}

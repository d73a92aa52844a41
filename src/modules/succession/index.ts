import type { HubModule } from '../hub-module';
import { AgencySuccessionResolver, AgencySuccessionsResolver } from './resolver';
import { successionPermissions } from './rules';

/** An agency merged or split: its datasets, grants and accounts handed on. */
export const successionModule: HubModule = {
  name: 'succession',
  resolvers: [AgencySuccessionResolver, AgencySuccessionsResolver],
  permissions: [successionPermissions],
  entities: [],
};

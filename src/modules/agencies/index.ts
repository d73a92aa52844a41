import type { HubModule } from '../hub-module';
import { Agency, AgencySuccession, Province } from './entities';
import { AgencyResolver } from './resolver';
import { agencyPermissions } from './rules';

/** Provinces and their agencies. */
export const agenciesModule: HubModule = {
  name: 'agencies',
  resolvers: [AgencyResolver],
  permissions: [agencyPermissions],
  entities: [Province, Agency, AgencySuccession],
};

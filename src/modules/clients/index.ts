import type { HubModule } from '../hub-module';
import { ApiClient, PartnerOrganisation } from './entities';
import { ApiClientResolver } from './resolver';
import { clientPermissions } from './rules';

/** Integrated services: partner organisations and their API clients (002 §27.1b). */
export const clientsModule: HubModule = {
  name: 'clients',
  resolvers: [ApiClientResolver],
  permissions: [clientPermissions],
  entities: [PartnerOrganisation, ApiClient],
};

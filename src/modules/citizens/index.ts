import type { HubModule } from '../hub-module';
import { Citizen } from './entities';
import { CitizenResolver } from './resolver';
import { citizenPermissions } from './rules';

/** Citizens' accounts and their one-time codes. */
export const citizensModule: HubModule = {
  name: 'citizens',
  resolvers: [CitizenResolver],
  permissions: [citizenPermissions],
  entities: [Citizen],
};

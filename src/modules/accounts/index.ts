import type { HubModule } from '../hub-module';
import { Official } from './entities';
import { AccountResolver } from './resolver';
import { accountPermissions } from './rules';

/** Officials' accounts: names, passwords, sign-in, lock and revoke (003). */
export const accountsModule: HubModule = {
  name: 'accounts',
  resolvers: [AccountResolver],
  permissions: [accountPermissions],
  entities: [Official],
};

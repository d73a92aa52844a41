import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubConfig } from './config';
import { AccountService, TokenService } from './modules/accounts/service';
import { AgencyService } from './modules/agencies/service';
import { CatalogService } from './modules/catalog/service';
import type { Clock } from './shared/clock';
import type { BlobStore } from './storage/blob-store';

export interface Services {
  agencies: AgencyService;
  accounts: AccountService;
  catalog: CatalogService;
}

export interface ServiceDependencies {
  config: HubConfig;
  blobs: BlobStore;
  clock: Clock;
  tokens: TokenService;
}

/** The services of one unit of work (a request, an import), sharing one EntityManager fork. */
export function createServices(em: EntityManager, deps: ServiceDependencies): Services {
  const agencies = new AgencyService(em);
  return {
    agencies,
    accounts: new AccountService(em, agencies, deps.tokens, deps.config.devSignIn),
    catalog: new CatalogService(em, agencies, deps.blobs, deps.clock, deps.config.maxUploadBytes),
  };
}

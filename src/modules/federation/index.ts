import type { HubModule } from '../hub-module';
import { HarvestedDataset, HarvestRun, HarvestSource } from './entities';
import { CatalogEntryConnectionResolver, CatalogEntryResolver, HarvestSourceResolver } from './resolver';
import { federationPermissions } from './rules';

/** Other provinces' and portals' catalogues, harvested and searched with ours. */
export const federationModule: HubModule = {
  name: 'federation',
  resolvers: [HarvestSourceResolver, CatalogEntryConnectionResolver, CatalogEntryResolver],
  permissions: [federationPermissions],
  entities: [HarvestSource, HarvestRun, HarvestedDataset],
};

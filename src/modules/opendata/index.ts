import type { HubModule } from '../hub-module';
import { DatasetUsage } from './entities';
import { OpenDataResolver } from './resolver';
import { openDataPermissions } from './rules';

/** Published open data: downloads, DCAT, demand and quality (002 §20). */
export const openDataModule: HubModule = {
  name: 'opendata',
  resolvers: [OpenDataResolver],
  permissions: [openDataPermissions],
  entities: [DatasetUsage],
};

import type { HubModule } from '../hub-module';
import { DatasetVersion, IngestionJob } from './entities';
import { DatasetVersionsResolver, IngestionJobResolver } from './resolver';
import { RowPageResolver } from './rows/resolver';
import { rowPermissions } from './rows/rules';
import { datastorePermissions } from './rules';

/** Versions ingested from uploaded files, and the typed rows read from them. */
export const datastoreModule: HubModule = {
  name: 'datastore',
  resolvers: [RowPageResolver, DatasetVersionsResolver, IngestionJobResolver],
  permissions: [datastorePermissions, rowPermissions],
  entities: [DatasetVersion, IngestionJob],
};

import type { HubModule } from '../hub-module';
import { CodeListResolver } from './code-list-resolver';
import { DatasetDuplicatesResolver, DuplicateFlagResolver } from './duplicate-resolver';
import { CodeListEntry, Dataset, DatasetOwnershipTransfer, Distribution, DuplicateFlag, DuplicateOverride } from './entities';
import { DatasetConnectionResolver, DatasetOwnershipTransferResolver, DatasetResolver } from './resolver';
import { catalogPermissions } from './rules';

/** The register of datasets, their files, code lists and duplicates (002 §9, §13). */
export const catalogModule: HubModule = {
  name: 'catalog',
  resolvers: [
    DatasetResolver,
    DatasetConnectionResolver,
    DatasetOwnershipTransferResolver,
    CodeListResolver,
    DuplicateFlagResolver,
    DatasetDuplicatesResolver,
  ],
  permissions: [catalogPermissions],
  entities: [Dataset, Distribution, CodeListEntry, DuplicateOverride, DuplicateFlag, DatasetOwnershipTransfer],
};

import { allow } from 'graphql-shield';
import { hasAnyRole } from '../../graphql/rules';

const dicOnly = hasAnyRole('DIC_ADMIN');

/** What a viewer sees is filtered by the service (open data, own agency, own province). */
export const catalogPermissions = {
  Query: { datasets: allow, dataset: allow, codeLists: allow, duplicateFlags: dicOnly },
  Mutation: {
    registerDataset: hasAnyRole('DATA_STEWARD', 'DIC_ADMIN'),
    // The service checks that the steward's agency owns the dataset.
    updateDataset: hasAnyRole('DATA_STEWARD', 'DIC_ADMIN'),
    clearDuplicateFlag: dicOnly,
    // The service checks that DIC is the dataset's province's.
    confirmSharedListing: dicOnly,
    withdrawSharedListing: dicOnly,
  },
  Dataset: allow,
  DatasetOwnershipTransfer: allow,
  Distribution: allow,
  DatasetConnection: allow,
  DatasetEdge: allow,
  DatasetPayload: allow,
  DatasetFacets: allow,
  FacetCount: allow,
  CodeList: allow,
  CodeListEntry: allow,
  DuplicateOverride: allow,
  // Reached only through duplicateFlags or clearDuplicateFlag, which DIC alone may call.
  DuplicateFlag: allow,
  DuplicateFlagPayload: allow,
};

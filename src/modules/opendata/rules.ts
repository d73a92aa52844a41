import { allow } from 'graphql-shield';

/** Terms, citations and demand are public information about public datasets. */
export const openDataPermissions = {
  DatasetUsageDay: allow,
  // Computed from metadata and versions the viewer may already see on the same dataset.
  DatasetQuality: allow,
};

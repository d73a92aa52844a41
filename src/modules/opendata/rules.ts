import { allow } from 'graphql-shield';

/** Terms, citations and demand are public information about public datasets. */
export const openDataPermissions = {
  DatasetUsageDay: allow,
};

import { allow } from 'graphql-shield';

/**
 * DatastoreService.findJob shows a job only with its dataset; versions and jobs of a dataset
 * are fields of Dataset, which CatalogService already showed to this viewer.
 */
export const datastorePermissions = {
  Query: { ingestionJob: allow },
  IngestionJob: allow,
  IngestionProblem: allow,
  DatasetVersion: allow,
};

import { allow } from 'graphql-shield';
import { hasAnyRole } from '../../graphql/rules';

/**
 * DatastoreService.findJob shows a job only to those who manage its dataset; versions, files
 * and jobs of a dataset are fields of Dataset (which CatalogService already showed to this
 * viewer), and the resolver shows files and jobs whole only to its managers.
 */
export const datastorePermissions = {
  Query: { ingestionJob: allow },
  // The service checks that the steward's agency owns the dataset.
  Mutation: { confirmTableSchema: hasAnyRole('DATA_STEWARD', 'DIC_ADMIN') },
  IngestionJob: allow,
  IngestionProblem: allow,
  ColumnInference: allow,
  DatasetVersion: allow,
  // A dataset's columns: metadata, shown with the dataset (002 §30); never rows.
  DatasetColumn: allow,
};

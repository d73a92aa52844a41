import { allow } from 'graphql-shield';

/** Anyone may ask; RowQueryService decides on which dataset (visibility, then RowAccessPolicy). */
export const rowPermissions = {
  Query: { datasetRows: allow },
  RowPage: allow,
  RowColumn: allow,
  RowPageVersion: allow,
};

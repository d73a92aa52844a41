import { allow } from 'graphql-shield';
import { hasAnyRole } from '../../graphql/rules';

/** What a viewer sees is filtered by the service (open data, own agency, own province). */
export const catalogPermissions = {
  Query: { datasets: allow, dataset: allow },
  Mutation: {
    registerDataset: hasAnyRole('DATA_STEWARD', 'DIC_ADMIN'),
    publishDataset: hasAnyRole('DIC_ADMIN'),
  },
  Dataset: allow,
  Distribution: allow,
  DatasetConnection: allow,
  DatasetEdge: allow,
  PageInfo: allow,
  DatasetPayload: allow,
};

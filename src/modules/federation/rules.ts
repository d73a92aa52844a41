import { allow } from 'graphql-shield';
import { hasAnyRole, mayReadSchema } from '../../graphql/rules';

const dicOnly = hasAnyRole('DIC_ADMIN');

/**
 * A gateway's plumbing: `_service` describes the schema (in production, as introspection is off,
 * only to a signed-in official or a client such as the gateway's); `_entities` resolves each
 * representation through the same visibility as the ordinary queries (entity-references).
 * Federated search is open like `datasets`: the catalogue filters local datasets by viewer,
 * and harvested ones are open data read anonymously from their sources.
 */
export const federationPermissions = {
  Query: { _service: mayReadSchema, _entities: allow, federatedSearch: allow, harvestSources: dicOnly, harvestRun: dicOnly },
  Mutation: { registerHarvestSource: dicOnly, requestHarvest: dicOnly, setHarvestSchedule: dicOnly },
  _Service: allow,
  CatalogEntryConnection: allow,
  CatalogEntryEdge: allow,
  CatalogEntry: allow,
  DatasetOrigin: allow,
  // Reached only through the DIC-only queries and mutations above.
  HarvestSource: allow,
  HarvestRun: allow,
  HarvestFailure: allow,
  HarvestSourcePayload: allow,
  HarvestRunPayload: allow,
};

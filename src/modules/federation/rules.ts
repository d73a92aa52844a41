import { allow } from 'graphql-shield';

/**
 * A gateway's plumbing: `_service` describes the public schema; `_entities` resolves each
 * representation through the same visibility as the ordinary queries (entity-references).
 */
export const federationPermissions = {
  Query: { _service: allow, _entities: allow },
  _Service: allow,
};

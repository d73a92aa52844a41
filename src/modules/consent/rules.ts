import { allow } from 'graphql-shield';
import { isClient } from '../../graphql/rules';

/** A partner's client with consent:read (gated in client-scopes.ts); the service checks the consent itself on every call. */
export const consentPermissions = {
  Query: { citizenRecords: isClient },
  ConsentedRecords: allow,
  ConsentedRecord: allow,
};

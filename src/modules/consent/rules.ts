import { allow } from 'graphql-shield';
import { isCitizen, isClient } from '../../graphql/rules';

/**
 * A partner's client with consent:read (gated in client-scopes.ts) reads under a consent, which
 * the service checks on every call; a signed-in citizen manages their own consents.
 */
export const consentPermissions = {
  Query: { citizenRecords: isClient, myConsents: isCitizen, myDataAccesses: isCitizen },
  Mutation: { grantConsent: isCitizen, pauseConsent: isCitizen, resumeConsent: isCitizen, revokeConsent: isCitizen },
  ConsentedRecords: allow,
  ConsentedRecord: allow,
  Consent: allow,
  ConsentScopeItem: allow,
  DataAccess: allow,
  ConsentPayload: allow,
};

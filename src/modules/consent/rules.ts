import { allow } from 'graphql-shield';
import { isCitizen, isClient } from '../../graphql/rules';

/**
 * A partner's client with consent:read (gated in client-scopes.ts) reads under a consent, which
 * the service checks on every call; a signed-in citizen manages their own consents. A client with
 * consent:request asks citizens for consents and sees only its own requests (issue 19); the
 * citizen answers the requests for their own CCCD.
 */
export const consentPermissions = {
  Query: {
    citizenRecords: isClient,
    myConsents: isCitizen,
    myDataAccesses: isCitizen,
    consentPurposes: allow,
    consentRequest: isClient,
    myConsentRequests: isCitizen,
    myConsentRequest: isCitizen,
  },
  Mutation: {
    grantConsent: isCitizen,
    pauseConsent: isCitizen,
    resumeConsent: isCitizen,
    revokeConsent: isCitizen,
    requestConsent: isClient,
    setConsentWebhook: isClient,
    sendConsentRequestCode: isCitizen,
    approveConsentRequest: isCitizen,
    rejectConsentRequest: isCitizen,
  },
  ConsentedRecords: allow,
  ConsentedRecord: allow,
  Consent: allow,
  ConsentScopeItem: allow,
  DataAccess: allow,
  ConsentPayload: allow,
  ConsentPurpose: allow,
  ConsentRequest: allow,
  ConsentRequestPayload: allow,
  ConsentWebhook: allow,
  ConsentWebhookPayload: allow,
};

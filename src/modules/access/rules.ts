import { allow } from 'graphql-shield';
import { hasAnyRole, isSignedInOrClient } from '../../graphql/rules';

const stewards = hasAnyRole('DATA_STEWARD');
const dicOnly = hasAnyRole('DIC_ADMIN');
const revokers = hasAnyRole('DATA_STEWARD', 'DIC_ADMIN');

/**
 * Who may call; AccessService checks on what (the owning agency, the requesting agency, the
 * province). Requests and grants are only ever returned to those allowed to see them.
 */
export const accessPermissions = {
  Query: {
    accessRequestInbox: stewards,
    myAccessRequests: isSignedInOrClient,
    overdueAccessRequests: dicOnly,
    provinceAccessRequests: dicOnly,
  },
  Mutation: {
    submitAccessRequest: isSignedInOrClient,
    withdrawAccessRequest: isSignedInOrClient,
    decideAccessRequest: stewards,
    revokeGrant: revokers,
    counterOfferAccessRequest: stewards,
    acceptCounterOffer: isSignedInOrClient,
    declineCounterOffer: isSignedInOrClient,
    confirmAccessRequest: dicOnly,
    // The service admits the requester, the owner's steward and DIC of the province.
    commentOnAccessRequest: isSignedInOrClient,
  },
  AccessRequest: allow,
  AccessGrant: allow,
  AccessRequestPayload: allow,
  AccessDecisionPayload: allow,
  AccessGrantPayload: allow,
  CounterOffer: allow,
  AccessRequestComment: allow,
  AccessRequestCommentPayload: allow,
};

import { allow } from 'graphql-shield';

export const citizenPermissions = {
  Query: {
    // Only ever one's own account; null for anyone else.
    myCitizenAccount: allow,
  },
  Mutation: {
    // Anyone may register, verify and sign in: the SMS code and the password are the checks,
    // rate-limited per phone and throttled per account.
    registerCitizen: allow,
    resendCitizenCode: allow,
    verifyCitizen: allow,
    citizenSignIn: allow,
  },
  // Reachable only as oneself, or in one's own registration and sign-in results.
  Citizen: allow,
  CitizenAccountPayload: allow,
  CitizenSignInPayload: allow,
};

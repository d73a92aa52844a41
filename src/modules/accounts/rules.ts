import { allow } from 'graphql-shield';

export const accountPermissions = {
  Query: { me: allow },
  // Anyone may try; the service refuses unless the development sign-in is enabled.
  Mutation: { devSignIn: allow },
  // Reachable only as oneself (me) or in one's own sign-in result.
  Official: allow,
  SignInPayload: allow,
};

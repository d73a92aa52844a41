import { allow } from 'graphql-shield';

/** The agency directory is public information. */
export const agencyPermissions = {
  Query: { agencies: allow, provinces: allow },
  Agency: allow,
  Province: allow,
};

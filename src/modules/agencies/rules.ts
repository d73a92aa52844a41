import { allow } from 'graphql-shield';
import { hasAnyRole } from '../../graphql/rules';

/** The agency directory is public information. */
export const agencyPermissions = {
  Query: { agencies: allow, provinces: allow, proposeAgencyAccountName: hasAnyRole('DIC_ADMIN', 'PLATFORM_ADMIN') },
  Mutation: { registerAgency: hasAnyRole('DIC_ADMIN', 'PLATFORM_ADMIN') },
  Agency: allow,
  Province: allow,
  AgencyNameProposal: allow,
  AgencyPayload: allow,
};

import { allow } from 'graphql-shield';
import { hasAnyRole } from '../../graphql/rules';

/** Mergers are decided by DIC (or the platform administrator across provinces); the record is public, like the agency directory. */
export const successionPermissions = {
  Mutation: { succeedAgency: hasAnyRole('DIC_ADMIN', 'PLATFORM_ADMIN') },
  AgencySuccession: allow,
  AgencySuccessionPayload: allow,
};

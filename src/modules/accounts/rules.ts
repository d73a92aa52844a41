import { allow } from 'graphql-shield';
import { hasAnyRole } from '../../graphql/rules';

const accountAdmin = hasAnyRole('DIC_ADMIN');

export const accountPermissions = {
  Query: {
    me: allow,
    // 003 §4.2 proposals for DIC (and platform administrators helping them).
    proposeAccountName: hasAnyRole('DIC_ADMIN', 'PLATFORM_ADMIN'),
  },
  Mutation: {
    // Anyone may try; the service refuses unless the development sign-in is enabled.
    devSignIn: allow,
    // Anyone may try: the password is the check, throttled per account name.
    signIn: allow,
    changePassword: allow,
    // Account administration is DIC's (003 §5.1); the service checks the province.
    createOfficial: accountAdmin,
    transferOfficial: accountAdmin,
    recordLeaving: accountAdmin,
    recordAbsence: accountAdmin,
    lockOfficial: accountAdmin,
    restoreOfficial: accountAdmin,
  },
  // Reachable only as oneself (me), in one's own sign-in result, or by DIC in its mutations.
  Official: allow,
  SignInPayload: allow,
  AccountNameProposal: allow,
  OfficialAccountPayload: allow,
};

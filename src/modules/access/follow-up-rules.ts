import { allow } from 'graphql-shield';
import { hasAnyRole, isSignedIn } from '../../graphql/rules';

/**
 * Who may call what follows a grant; the services check which agency, grant and province.
 * Onward sharing answers come from DIC or a steward; usage is DIC's.
 */
export const accessFollowUpPermissions = {
  Query: {
    myOnwardSharingRequests: isSignedIn,
    onwardSharingInbox: hasAnyRole('DATA_STEWARD', 'DIC_ADMIN'),
    datasetErrorReports: isSignedIn,
    grantUsageReport: hasAnyRole('DIC_ADMIN'),
  },
  Mutation: {
    requestOnwardSharing: isSignedIn,
    decideOnwardSharing: hasAnyRole('DATA_STEWARD', 'DIC_ADMIN'),
    fileErrorReport: isSignedIn,
    answerErrorReport: hasAnyRole('DATA_STEWARD'),
    closeErrorReport: isSignedIn,
  },
  OnwardSharingRequest: allow,
  OnwardSharingPayload: allow,
  DataErrorReport: allow,
  DataErrorReportPayload: allow,
  GrantUsage: allow,
};

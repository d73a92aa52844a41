import { allow } from 'graphql-shield';
import { hasAnyRole } from '../../graphql/rules';

const dicOnly = hasAnyRole('DIC_ADMIN');
const ownerStewards = hasAnyRole('DATA_STEWARD');
/** Anyone who may hold a seat; the service checks which seat, of which province and agency. */
const councilMembers = hasAnyRole('PPC_OFFICE_REVIEWER', 'DIC_ADMIN', 'DATA_STEWARD');

/** Review rounds and history are fields of Dataset, which the catalogue already showed to this viewer. */
export const compliancePermissions = {
  Query: { reviewQueue: councilMembers },
  Mutation: {
    submitForReview: ownerStewards,
    reopenDataset: ownerStewards,
    withdrawDraft: hasAnyRole('DATA_STEWARD', 'DIC_ADMIN'),
    decideSeat: councilMembers,
    publishDataset: dicOnly,
    unpublishDataset: dicOnly,
  },
  ReviewRound: allow,
  ComplianceCheck: allow,
  SeatDecision: allow,
  AuditEvent: allow,
  SubmissionPayload: allow,
  ReviewPayload: allow,
};

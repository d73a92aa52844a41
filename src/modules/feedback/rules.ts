import { allow } from 'graphql-shield';
import { hasAnyRole, isCitizen } from '../../graphql/rules';

/** Handling and ratings are public (000 §7.3); citizens file and rate; the routed agency handles (checked by the service). */
export const feedbackPermissions = {
  Query: { feedback: allow, feedbackSatisfaction: allow, myFeedback: isCitizen },
  Mutation: { fileFeedback: isCitizen, rateFeedback: isCitizen, updateFeedbackStatus: hasAnyRole('DATA_STEWARD', 'AGENCY_VIEWER') },
  Feedback: allow,
  FeedbackPage: allow,
  FeedbackPayload: allow,
  AgencySatisfaction: allow,
};

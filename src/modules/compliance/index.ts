import type { HubModule } from '../hub-module';
import { ComplianceCheck, ReviewRound, SeatDecision } from './entities';
import { DatasetComplianceResolver, ReviewRoundResolver } from './resolver';
import { compliancePermissions } from './rules';

/** The review council and the automated checks before publication (002 §5.5). */
export const complianceModule: HubModule = {
  name: 'compliance',
  resolvers: [DatasetComplianceResolver, ReviewRoundResolver],
  permissions: [compliancePermissions],
  entities: [ReviewRound, ComplianceCheck, SeatDecision],
};

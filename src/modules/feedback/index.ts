import type { HubModule } from '../hub-module';
import { Feedback } from './entities';
import { AgencySatisfactionResolver, FeedbackResolver } from './resolver';
import { feedbackPermissions } from './rules';

/** Users' feedback on datasets and agencies' satisfaction figures. */
export const feedbackModule: HubModule = {
  name: 'feedback',
  resolvers: [FeedbackResolver, AgencySatisfactionResolver],
  permissions: [feedbackPermissions],
  entities: [Feedback],
};

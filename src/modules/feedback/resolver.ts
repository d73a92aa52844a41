import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import type { Agency } from '../agencies/service';
import { AgencyType } from '../agencies/types';
import type { AgencySatisfaction, Feedback, FeedbackPage, FeedbackStatus } from './service';
import {
  AgencySatisfactionType,
  FeedbackPageType,
  FeedbackPayload,
  FeedbackStatusEnum,
  FeedbackType,
  FileFeedbackInputType,
} from './types';

@Resolver(() => FeedbackType)
export class FeedbackResolver {
  @Query(() => FeedbackPageType, {
    description: 'Phản ánh và việc xử lý, công khai (public: a province’s feedback, or an agency’s or a dataset’s), newest first',
  })
  feedback(
    @Ctx() { viewer, services }: HubContext,
    @Arg('province') province: string,
    @Arg('agencyCode', () => String, { nullable: true }) agencyCode?: string | null,
    @Arg('datasetSlug', () => String, { nullable: true }) datasetSlug?: string | null,
    @Arg('first', () => Int, { nullable: true, description: '1–100, 20 when absent' }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<FeedbackPage> {
    return services.feedback.list(viewer, { provinceCode: province, agencyCode, datasetSlug, first, after });
  }

  @Query(() => [FeedbackType], { description: 'Phản ánh của tôi (my feedback), newest first' })
  myFeedback(@Ctx() { viewer, services }: HubContext): Promise<Feedback[]> {
    return services.feedback.mine(viewer);
  }

  @Mutation(() => FeedbackPayload, { description: 'Gửi phản ánh về một bộ dữ liệu hoặc một dịch vụ (file feedback, 000 §7.3)' })
  fileFeedback(
    @Ctx() { viewer, services }: HubContext,
    @Arg('input', () => FileFeedbackInputType) input: FileFeedbackInputType,
  ): Promise<FeedbackPayload> {
    return payloadOf('feedback', () => services.feedback.fileFeedback(viewer, input));
  }

  @Mutation(() => FeedbackPayload, {
    description: 'Cơ quan cập nhật tình trạng xử lý (the agency it was routed to moves it on; a response to resolve or close)',
  })
  updateFeedbackStatus(
    @Ctx() { viewer, services }: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('status', () => FeedbackStatusEnum) status: FeedbackStatus,
    @Arg('response', () => String, { nullable: true }) response?: string | null,
  ): Promise<FeedbackPayload> {
    return payloadOf('feedback', () => services.feedback.changeStatus(viewer, id, status, response));
  }

  @Mutation(() => FeedbackPayload, {
    description: 'Người gửi đánh giá mức độ hài lòng 1–5, một lần, khi đã giải quyết (the author rates once)',
  })
  rateFeedback(
    @Ctx() { viewer, services }: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('rating', () => Int) rating: number,
  ): Promise<FeedbackPayload> {
    return payloadOf('feedback', () => services.feedback.rate(viewer, id, rating));
  }

  @Query(() => [AgencySatisfactionType], {
    description: 'Mức độ hài lòng theo cơ quan (public: ratings per agency of a province, or of one agency)',
  })
  feedbackSatisfaction(
    @Ctx() { services }: HubContext,
    @Arg('province') province: string,
    @Arg('agencyCode', () => String, { nullable: true }) agencyCode?: string | null,
  ): Promise<AgencySatisfaction[]> {
    return services.feedback.satisfaction(province, agencyCode);
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency it was routed to' })
  agency(@Root() feedback: Feedback, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return loaders.agencyById.load(feedback.agencyId);
  }
}

@Resolver(() => AgencySatisfactionType)
export class AgencySatisfactionResolver {
  @FieldResolver(() => AgencyType, { nullable: true })
  agency(@Root() satisfaction: AgencySatisfaction, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return loaders.agencyById.load(satisfaction.agencyId);
  }
}

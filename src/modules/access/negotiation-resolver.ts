import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import type { AccessRequest, AccessRequestComment, AccessRequestState, CounterOffer } from './service';
import { AccessDecisionPayload, AccessRequestPayload, AccessRequestStateEnum, AccessRequestType } from './types';
import {
  AccessPeriodInputType,
  AccessRequestCommentPayload,
  AccessRequestCommentType,
  CounterOfferType,
  DicConfirmationInputType,
} from './negotiation-types';

/**
 * Terms both sides agree (002 §27.2) and DIC's part (002 §27.1d): thin; AccessService.negotiation
 * and .dicReview hold the rules.
 */
@Resolver(() => AccessRequestType)
export class AccessNegotiationResolver {
  @Query(() => [AccessRequestType], {
    description: 'DIC: every request of your province from the day it is filed, newest first; optionally only some states (AWAITING_DIC)',
  })
  provinceAccessRequests(
    @Ctx() { viewer, services }: HubContext,
    @Arg('states', () => [AccessRequestStateEnum], { nullable: true }) states?: AccessRequestState[] | null,
  ): Promise<AccessRequest[]> {
    return services.access.dicReview.provinceRequests(viewer, states);
  }

  @Mutation(() => AccessRequestPayload, {
    description:
      'The owner’s steward proposes another period and/or columns for a PENDING request; the requester accepts or declines (002 §27.2)',
  })
  counterOfferAccessRequest(
    @Ctx() { viewer, services }: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('period', () => AccessPeriodInputType) period: AccessPeriodInputType,
    @Arg('columns', () => [String], { description: 'A non-empty subset of the requested columns' }) columns: string[],
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<AccessRequestPayload> {
    return payloadOf('request', () => services.access.negotiation.offer(viewer, id, { ...period, columns, note }));
  }

  @Mutation(() => AccessDecisionPayload, { description: 'The requester accepts the open counter-offer: its terms are the agreed ones' })
  async acceptCounterOffer(@Ctx() { viewer, services }: HubContext, @Arg('id', () => ID) id: string): Promise<AccessDecisionPayload> {
    const payload = await payloadOf('accepted', () => services.access.negotiation.accept(viewer, id));
    return payload.accepted ? { request: payload.accepted.request, grant: payload.accepted.grant } : { error: payload.error };
  }

  @Mutation(() => AccessRequestPayload, { description: 'The requester declines the open counter-offer: the owner decides again' })
  declineCounterOffer(
    @Ctx() { viewer, services }: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ): Promise<AccessRequestPayload> {
    return payloadOf('request', () => services.access.negotiation.decline(viewer, id, note));
  }

  @Mutation(() => AccessDecisionPayload, {
    description: 'DIC of the province confirms agreed terms (the grant takes effect) or refuses with a written reason (002 §27.1d)',
  })
  async confirmAccessRequest(
    @Ctx() { viewer, services }: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => DicConfirmationInputType) input: DicConfirmationInputType,
  ): Promise<AccessDecisionPayload> {
    const payload = await payloadOf('confirmation', () => services.access.dicReview.confirm(viewer, id, input));
    return payload.confirmation ? { ...payload.confirmation } : { error: payload.error };
  }

  @Mutation(() => AccessRequestCommentPayload, { description: 'The requester, the owner’s steward or DIC comments on a request' })
  commentOnAccessRequest(
    @Ctx() { viewer, services }: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('body', () => String) body: string,
  ): Promise<AccessRequestCommentPayload> {
    return payloadOf('comment', () => services.access.dicReview.comment(viewer, id, body));
  }

  @FieldResolver(() => CounterOfferType, { nullable: true, description: 'The latest counter-offer, with its state' })
  async counterOffer(@Root() request: AccessRequest, @Ctx() { loaders }: HubContext): Promise<CounterOffer | null> {
    return (await loaders.counterOffersByRequestId.load(request.id)).at(-1) ?? null;
  }

  @FieldResolver(() => [CounterOfferType], { description: 'Every counter-offer, oldest first' })
  counterOffers(@Root() request: AccessRequest, @Ctx() { loaders }: HubContext): Promise<CounterOffer[]> {
    return loaders.counterOffersByRequestId.load(request.id);
  }

  @FieldResolver(() => [AccessRequestCommentType], { description: 'Comments of the parties and DIC, oldest first' })
  comments(@Root() request: AccessRequest, @Ctx() { loaders }: HubContext): Promise<AccessRequestComment[]> {
    return loaders.commentsByRequestId.load(request.id);
  }
}

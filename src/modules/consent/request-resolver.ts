import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import { refusalAware } from '../../graphql/refusals';
import { requireClient } from '../../shared/viewer';
import { consentPurposes, type ConsentRequest, type ConsentRequestState } from './service';
import {
  ConsentPurposeType,
  ConsentRequestPayload,
  ConsentRequestStateEnum,
  ConsentRequestType,
  ConsentWebhookPayload,
  RequestConsentInputType,
} from './request-types';

/** Issue 19 item 2: the partner asks and polls; the citizen sees, approves with an SMS code, or rejects. */
@Resolver(() => ConsentRequestType)
export class ConsentRequestResolver {
  @Query(() => [ConsentPurposeType], { description: 'Danh mục mục đích (the purposes a partner may ask a consent for)' })
  consentPurposes(): ConsentPurposeType[] {
    return [...consentPurposes];
  }

  @Mutation(() => ConsentRequestPayload, {
    description: 'Đối tác xin sự đồng ý của công dân theo số CCCD (a partner asks a citizen for a consent; needs consent:request)',
  })
  requestConsent(
    @Ctx() { viewer, services }: HubContext,
    @Arg('input', () => RequestConsentInputType) input: RequestConsentInputType,
  ): Promise<ConsentRequestPayload> {
    return payloadOf('consentRequest', () => services.consentRequests.requestConsent(requireClient(viewer), input));
  }

  @Query(() => ConsentRequestType, { description: 'Đối tác xem yêu cầu của mình (the partner polls its own request)' })
  consentRequest(@Ctx() { viewer, services }: HubContext, @Arg('id', () => ID) id: string): Promise<ConsentRequest> {
    return services.consentRequests.requestOfPartner(requireClient(viewer), id);
  }

  @Mutation(() => ConsentWebhookPayload, {
    description: 'Đặt webhook nhận kết quả (sets where the outcomes of the client’s requests are POSTed, with a new signing secret)',
  })
  setConsentWebhook(@Ctx() { viewer, services }: HubContext, @Arg('url', () => String) url: string): Promise<ConsentWebhookPayload> {
    return payloadOf('webhook', () => services.consentWebhooks.setWebhook(requireClient(viewer), url));
  }

  @Query(() => [ConsentRequestType], { description: 'Các yêu cầu đồng ý gửi tới tôi (requests for my consent), newest first' })
  async myConsentRequests(
    @Ctx() { viewer, services }: HubContext,
    @Arg('state', () => ConsentRequestStateEnum, { nullable: true }) state?: ConsentRequestState | null,
  ): Promise<ConsentRequest[]> {
    return services.consentRequests.requestsOf(await services.citizens.consentSubjectOf(viewer), state);
  }

  @Query(() => ConsentRequestType, { description: 'Một yêu cầu gửi tới tôi (one request for my consent: the app’s deeplink)' })
  async myConsentRequest(@Ctx() { viewer, services }: HubContext, @Arg('id', () => ID) id: string): Promise<ConsentRequest> {
    return services.consentRequests.requestOf(await services.citizens.consentSubjectOf(viewer), id);
  }

  @Mutation(() => ConsentRequestPayload, { description: 'Gửi mã OTP để đồng ý (an SMS code to approve this request with)' })
  async sendConsentRequestCode(@Ctx() { viewer, services }: HubContext, @Arg('id', () => ID) id: string): Promise<ConsentRequestPayload> {
    const citizen = await services.citizens.consentSubjectOf(viewer);
    return refusalAware(() =>
      payloadOf('consentRequest', () =>
        services.consentRequests.sendApprovalCode(citizen, id, () => services.citizens.sendOwnCode(viewer)),
      ),
    );
  }

  @Mutation(() => ConsentRequestPayload, {
    description: 'Tôi đồng ý, xác nhận bằng mã OTP (approve with the SMS code): the consent is made on the request’s terms',
  })
  async approveConsentRequest(
    @Ctx() { viewer, services }: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('code', () => String) code: string,
  ): Promise<ConsentRequestPayload> {
    const citizen = await services.citizens.consentSubjectOf(viewer);
    return refusalAware(() =>
      payloadOf('consentRequest', () =>
        services.consentRequests.approve(citizen, id, () => services.citizens.confirmOwnCode(viewer, code)),
      ),
    );
  }

  @Mutation(() => ConsentRequestPayload, { description: 'Tôi từ chối (reject), optionally saying why: the partner reads it' })
  async rejectConsentRequest(
    @Ctx() { viewer, services }: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason?: string | null,
  ): Promise<ConsentRequestPayload> {
    const citizen = await services.citizens.consentSubjectOf(viewer);
    return payloadOf('consentRequest', () => services.consentRequests.reject(citizen, id, reason));
  }

  @FieldResolver(() => ConsentRequestStateEnum, { description: 'EXPIRED once unanswered past answerBy' })
  state(@Root() request: ConsentRequest, @Ctx() { services }: HubContext): ConsentRequestState {
    return services.consentRequests.stateOf(request);
  }

  @FieldResolver(() => String, {
    description: 'Where the citizen answers it: the portal page the Digital Citizen app opens in a webview',
  })
  deeplink(@Root() request: ConsentRequest, @Ctx() { services }: HubContext): string {
    return services.consentRequests.deeplinkOf(request);
  }
}

import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import type { ApiClient, IssuedSecret, PartnerOrganisation } from './service';
import {
  ApiClientPayload,
  ApiClientSecretPayload,
  ApiClientType,
  PartnerOrganisationPayload,
  PartnerOrganisationType,
  RegisterApiClientInputType,
  RegisterPartnerOrganisationInputType,
} from './types';

function secretPayload(payload: { issued?: IssuedSecret; error?: ApiClientSecretPayload['error'] }): ApiClientSecretPayload {
  return payload.issued ? { ...payload.issued } : { error: payload.error };
}

/** Partner organisations and their API clients (002 §27.1b); ClientService holds the rules. */
@Resolver(() => ApiClientType)
export class ApiClientResolver {
  @Query(() => [PartnerOrganisationType], { description: 'DIC: the province’s partner organisations' })
  partnerOrganisations(@Ctx() { viewer, services }: HubContext): Promise<PartnerOrganisation[]> {
    return services.clients.partnerOrganisations(viewer);
  }

  @Query(() => [ApiClientType], { description: 'DIC: the province’s API clients with status and last use, newest first' })
  apiClients(@Ctx() { viewer, services }: HubContext): Promise<ApiClient[]> {
    return services.clients.apiClients(viewer);
  }

  @Mutation(() => PartnerOrganisationPayload, { description: 'DIC registers a partner organisation of its province' })
  registerPartnerOrganisation(
    @Ctx() { viewer, services }: HubContext,
    @Arg('input', () => RegisterPartnerOrganisationInputType) input: RegisterPartnerOrganisationInputType,
  ): Promise<PartnerOrganisationPayload> {
    return payloadOf('organisation', () => services.clients.registerPartnerOrganisation(viewer, input));
  }

  @Mutation(() => ApiClientSecretPayload, { description: 'DIC registers an API client; its secret is in this answer only' })
  async registerApiClient(
    @Ctx() { viewer, services }: HubContext,
    @Arg('input', () => RegisterApiClientInputType) input: RegisterApiClientInputType,
  ): Promise<ApiClientSecretPayload> {
    return secretPayload(await payloadOf('issued', () => services.clients.registerApiClient(viewer, input)));
  }

  @Mutation(() => ApiClientSecretPayload, {
    description: 'DIC replaces a client’s secret: the old one and its tokens stop working at once',
  })
  async rotateApiClientSecret(@Ctx() { viewer, services }: HubContext, @Arg('id', () => ID) id: string): Promise<ApiClientSecretPayload> {
    return secretPayload(await payloadOf('issued', () => services.clients.rotateApiClientSecret(viewer, id)));
  }

  @Mutation(() => ApiClientPayload, { description: 'DIC revokes a client for good: its next request is refused' })
  revokeApiClient(
    @Ctx() { viewer, services }: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<ApiClientPayload> {
    return payloadOf('client', () => services.clients.revokeApiClient(viewer, id, reason));
  }

  @FieldResolver(() => PartnerOrganisationType, { nullable: true })
  organisation(@Root() client: ApiClient, @Ctx() { loaders }: HubContext): Promise<PartnerOrganisation | null> {
    return loaders.partnerOrganisationById.load(client.organisationId);
  }
}

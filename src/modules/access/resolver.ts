import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import { AgencyType } from '../agencies/types';
import type { Agency } from '../agencies/service';
import type { PartnerOrganisation } from '../clients/service';
import { PartnerOrganisationType } from '../clients/types';
import type { Dataset } from '../catalog/service';
import { DatasetType } from '../catalog/types';
import type { AccessGrant, AccessRequest } from './service';
import {
  AccessDecisionPayload,
  AccessGrantPayload,
  AccessGrantType,
  AccessRequestPayload,
  AccessRequestType,
  DecideAccessRequestInputType,
  SubmitAccessRequestInputType,
} from './types';

/** The e-form (002 §27.2): resolvers translate arguments and call AccessService, which holds the rules. */
@Resolver(() => AccessRequestType)
export class AccessRequestResolver {
  @Query(() => [AccessRequestType], { description: 'Pending requests for your agency’s datasets, oldest first (stewards)' })
  accessRequestInbox(@Ctx() { viewer, services }: HubContext): Promise<AccessRequest[]> {
    return services.access.accessRequestInbox(viewer);
  }

  @Query(() => [AccessRequestType], { description: 'Your agency’s requests, newest first, with decisions and reasons' })
  myAccessRequests(@Ctx() { viewer, services }: HubContext): Promise<AccessRequest[]> {
    return services.access.myAccessRequests(viewer);
  }

  @Query(() => [AccessRequestType], { description: 'DIC: requests of the province pending longer than the configured working days' })
  overdueAccessRequests(@Ctx() { viewer, services }: HubContext): Promise<AccessRequest[]> {
    return services.access.overdueAccessRequests(viewer);
  }

  @Mutation(() => AccessRequestPayload, { description: 'Submit the e-form for a RESTRICTED dataset of another agency (002 §27.2)' })
  async submitAccessRequest(
    @Ctx() { viewer, services }: HubContext,
    @Arg('input', () => SubmitAccessRequestInputType) input: SubmitAccessRequestInputType,
  ): Promise<AccessRequestPayload> {
    return payloadOf('request', () => services.access.submitAccessRequest(viewer, input));
  }

  @Mutation(() => AccessRequestPayload, { description: 'The requesting agency withdraws a PENDING request' })
  withdrawAccessRequest(@Ctx() { viewer, services }: HubContext, @Arg('id', () => ID) id: string): Promise<AccessRequestPayload> {
    return payloadOf('request', () => services.access.withdrawAccessRequest(viewer, id));
  }

  @Mutation(() => AccessDecisionPayload, {
    description: 'The owning agency’s steward approves with the agreed period and columns, or rejects with a written reason (002 §27.2)',
  })
  async decideAccessRequest(
    @Ctx() { viewer, services }: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => DecideAccessRequestInputType) input: DecideAccessRequestInputType,
  ): Promise<AccessDecisionPayload> {
    const payload = await payloadOf('decision', () => services.access.decideAccessRequest(viewer, id, input));
    return payload.decision ? { ...payload.decision } : { error: payload.error };
  }

  @Mutation(() => AccessGrantPayload, { description: 'The owner’s steward or DIC revokes a grant, effective on the next read' })
  revokeGrant(
    @Ctx() { viewer, services }: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<AccessGrantPayload> {
    return payloadOf('grant', () => services.access.revokeGrant(viewer, id, reason));
  }

  @FieldResolver(() => String, { description: 'The requested dataset' })
  async datasetSlug(@Root() request: AccessRequest, @Ctx() { loaders }: HubContext): Promise<string> {
    return (await loaders.datasetById.load(request.datasetId))?.slug ?? '';
  }

  @FieldResolver(() => String)
  async datasetTitle(@Root() request: AccessRequest, @Ctx() { loaders }: HubContext): Promise<string> {
    return (await loaders.datasetById.load(request.datasetId))?.title ?? '';
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'The requesting agency, when requesterKind is AGENCY' })
  async requesterAgency(@Root() request: AccessRequest, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return request.requesterAgencyId ? loaders.agencyById.load(request.requesterAgencyId) : null;
  }

  @FieldResolver(() => PartnerOrganisationType, {
    nullable: true,
    description: 'The requesting partner organisation (with its tax code), when requesterKind is ORGANISATION',
  })
  async requesterOrganisation(@Root() request: AccessRequest, @Ctx() { loaders }: HubContext): Promise<PartnerOrganisation | null> {
    return request.requesterOrganisationId ? loaders.partnerOrganisationById.load(request.requesterOrganisationId) : null;
  }

  @FieldResolver(() => AccessGrantType, { nullable: true, description: 'The grant an approval created' })
  grant(@Root() request: AccessRequest, @Ctx() { loaders }: HubContext): Promise<AccessGrant | null> {
    return loaders.accessGrantByRequestId.load(request.id);
  }
}

/** 002 §30, §27.2: on a dataset the viewer found, where the viewer's own agency or organisation stands. */
@Resolver(() => DatasetType)
export class DatasetAccessResolver {
  @FieldResolver(() => [AccessRequestType], {
    description:
      'Đề nghị của cơ quan, tổ chức bạn (your agency’s or organisation’s e-form requests for this dataset), newest first; empty when you cannot request',
  })
  myAccessRequests(@Root() dataset: Dataset, @Ctx() { loaders }: HubContext): Promise<AccessRequest[]> {
    return loaders.ownAccessRequestsByDatasetId.load(dataset.id);
  }

  @FieldResolver(() => [AccessGrantType], {
    description: 'Quyền khai thác của cơ quan, tổ chức bạn (the grants your agency or organisation holds or held on it), newest first',
  })
  myGrants(@Root() dataset: Dataset, @Ctx() { loaders }: HubContext): Promise<AccessGrant[]> {
    return loaders.ownGrantsByDatasetId.load(dataset.id);
  }
}

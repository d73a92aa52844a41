import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import type { Agency } from '../agencies/service';
import { AgencyType } from '../agencies/types';
import type { PartnerOrganisation } from '../clients/service';
import { PartnerOrganisationType } from '../clients/types';
import type { DataErrorReport, GrantUsage, OnwardSharingRequest } from './service';
import {
  DataErrorReportPayload,
  DataErrorReportType,
  DecideOnwardSharingInputType,
  FileErrorReportInputType,
  GrantUsageType,
  OnwardSharingPayload,
  OnwardSharingRequestType,
  RequestOnwardSharingInputType,
} from './follow-up-types';

/** Onward sharing (002 §26.3): thin; AccessService.onwardSharing holds the rules. */
@Resolver(() => OnwardSharingRequestType)
export class OnwardSharingResolver {
  @Query(() => [OnwardSharingRequestType], { description: 'Your agency’s onward sharing requests, newest first, with both answers' })
  myOnwardSharingRequests(@Ctx() { viewer, services }: HubContext): Promise<OnwardSharingRequest[]> {
    return services.access.onwardSharing.mine(viewer);
  }

  @Query(() => [OnwardSharingRequestType], { description: 'Pending onward sharing requests awaiting your answer as DIC or as the owner' })
  onwardSharingInbox(@Ctx() { viewer, services }: HubContext): Promise<OnwardSharingRequest[]> {
    return services.access.onwardSharing.inbox(viewer);
  }

  @Mutation(() => OnwardSharingPayload, { description: 'A grantee asks to pass granted data on to a third party (002 §26.3)' })
  requestOnwardSharing(
    @Ctx() { viewer, services }: HubContext,
    @Arg('input', () => RequestOnwardSharingInputType) input: RequestOnwardSharingInputType,
  ): Promise<OnwardSharingPayload> {
    return payloadOf('request', () => services.access.onwardSharing.request(viewer, input));
  }

  @Mutation(() => OnwardSharingPayload, { description: 'DIC or the owner’s steward consents or refuses with a reason (002 §26.3)' })
  decideOnwardSharing(
    @Ctx() { viewer, services }: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => DecideOnwardSharingInputType) input: DecideOnwardSharingInputType,
  ): Promise<OnwardSharingPayload> {
    return payloadOf('request', () => services.access.onwardSharing.decide(viewer, id, input));
  }

  @FieldResolver(() => String)
  async datasetSlug(@Root() request: OnwardSharingRequest, @Ctx() { loaders }: HubContext): Promise<string> {
    return (await loaders.datasetById.load(request.datasetId))?.slug ?? '';
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  requesterAgency(@Root() request: OnwardSharingRequest, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return loaders.agencyById.load(request.requesterAgencyId);
  }
}

/** Error reports on supplied data (002 §28.4). */
@Resolver(() => DataErrorReportType)
export class DataErrorReportResolver {
  @Query(() => [DataErrorReportType], {
    description: 'Error reports on a dataset, oldest first: all for the owner and DIC, your own for a grantee agency',
  })
  datasetErrorReports(@Ctx() { viewer, services }: HubContext, @Arg('slug', () => String) slug: string): Promise<DataErrorReport[]> {
    return services.access.errorReports.ofDataset(viewer, slug);
  }

  @Mutation(() => DataErrorReportPayload, { description: 'A grantee agency reports errors in supplied data (002 §28.4)' })
  fileErrorReport(
    @Ctx() { viewer, services }: HubContext,
    @Arg('input', () => FileErrorReportInputType) input: FileErrorReportInputType,
  ): Promise<DataErrorReportPayload> {
    return payloadOf('report', () => services.access.errorReports.file(viewer, input));
  }

  @Mutation(() => DataErrorReportPayload, { description: 'The owning agency’s steward answers an error report' })
  answerErrorReport(
    @Ctx() { viewer, services }: HubContext,
    @Arg('id', () => ID) id: string,
    @Arg('answer', () => String) answer: string,
  ): Promise<DataErrorReportPayload> {
    return payloadOf('report', () => services.access.errorReports.answer(viewer, id, answer));
  }

  @Mutation(() => DataErrorReportPayload, { description: 'The reporting agency or the owner’s steward closes an error report' })
  closeErrorReport(@Ctx() { viewer, services }: HubContext, @Arg('id', () => ID) id: string): Promise<DataErrorReportPayload> {
    return payloadOf('report', () => services.access.errorReports.close(viewer, id));
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  reporterAgency(@Root() report: DataErrorReport, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return loaders.agencyById.load(report.reporterAgencyId);
  }
}

/** DIC's usage report (002 §31.8). */
@Resolver(() => GrantUsageType)
export class GrantUsageResolver {
  @Query(() => [GrantUsageType], {
    description: 'DIC: per dataset of the province and grantee (agency or partner organisation): reads, rows, last access, refusals',
  })
  grantUsageReport(@Ctx() { viewer, services }: HubContext): Promise<GrantUsage[]> {
    return services.access.usage.forProvince(viewer);
  }

  @FieldResolver(() => String)
  async datasetSlug(@Root() usage: GrantUsage, @Ctx() { loaders }: HubContext): Promise<string> {
    return (await loaders.datasetById.load(usage.datasetId))?.slug ?? '';
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  async granteeAgency(@Root() usage: GrantUsage, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return usage.granteeAgencyId ? loaders.agencyById.load(usage.granteeAgencyId) : null;
  }

  @FieldResolver(() => PartnerOrganisationType, { nullable: true })
  async granteeOrganisation(@Root() usage: GrantUsage, @Ctx() { loaders }: HubContext): Promise<PartnerOrganisation | null> {
    return usage.granteeOrganisationId ? loaders.partnerOrganisationById.load(usage.granteeOrganisationId) : null;
  }
}

import type { HubModule } from '../hub-module';
import { AccessGrant, AccessRequest } from './entities';
import { DataErrorReport } from './error-report-entity';
import { DataErrorReportResolver, GrantUsageResolver, OnwardSharingResolver } from './follow-up-resolver';
import { accessFollowUpPermissions } from './follow-up-rules';
import { AccessRequestComment, CounterOffer } from './negotiation-entities';
import { AccessNegotiationResolver } from './negotiation-resolver';
import { OnwardSharingRequest } from './onward-sharing-entity';
import { AccessRequestResolver, DatasetAccessResolver } from './resolver';
import { accessPermissions } from './rules';

/** E-form access requests, grants, agreed periods and what follows a grant (002 §27–§31). */
export const accessModule: HubModule = {
  name: 'access',
  resolvers: [
    AccessRequestResolver,
    AccessNegotiationResolver,
    DatasetAccessResolver,
    OnwardSharingResolver,
    DataErrorReportResolver,
    GrantUsageResolver,
  ],
  permissions: [accessPermissions, accessFollowUpPermissions],
  entities: [AccessRequest, AccessGrant, OnwardSharingRequest, CounterOffer, AccessRequestComment, DataErrorReport],
};

import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchemaSync } from 'type-graphql';
import { AccessRequestResolver, DatasetAccessResolver } from '../modules/access/resolver';
import { AccessNegotiationResolver } from '../modules/access/negotiation-resolver';
import { DataErrorReportResolver, GrantUsageResolver, OnwardSharingResolver } from '../modules/access/follow-up-resolver';
import { AccountResolver } from '../modules/accounts/resolver';
import { AgencyResolver } from '../modules/agencies/resolver';
import { ApiClientResolver } from '../modules/clients/resolver';
import { CodeListResolver } from '../modules/catalog/code-list-resolver';
import { CitizenResolver } from '../modules/citizens/resolver';
import { DatasetDuplicatesResolver, DuplicateFlagResolver } from '../modules/catalog/duplicate-resolver';
import { DatasetConnectionResolver, DatasetOwnershipTransferResolver, DatasetResolver } from '../modules/catalog/resolver';
import { DatasetComplianceResolver, ReviewRoundResolver } from '../modules/compliance/resolver';
import { RowPageResolver } from '../modules/datastore/rows/resolver';
import { DatasetVersionsResolver, IngestionJobResolver } from '../modules/datastore/resolver';
import { CatalogEntryConnectionResolver, CatalogEntryResolver, HarvestSourceResolver } from '../modules/federation/resolver';
import { OpenDataResolver } from '../modules/opendata/resolver';
import { AgencySuccessionResolver, AgencySuccessionsResolver } from '../modules/succession/resolver';
import { ConsentedRecordResolver, ConsentedRecordsResolver, ConsentResolver } from '../modules/consent/resolver';
import { ConsentRequestResolver } from '../modules/consent/request-resolver';
import { AgencySatisfactionResolver, FeedbackResolver } from '../modules/feedback/resolver';
import { BroadcastResolver, NotificationFeedResolver } from '../modules/notifications/resolver';
import { entityReferences } from './entity-references';
import { describeInputBounds } from './input-bounds';
import { unwrapAllowedFields } from './fast-paths';
import { permissions, ruleMap } from './permissions';
import { toSubgraph } from './subgraph';

/** The schema as the code's resolvers and types declare it, before federation and shield. */
export function buildDeclaredSchema(): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: [
      AgencyResolver,
      AccountResolver,
      CitizenResolver,
      DatasetResolver,
      DatasetConnectionResolver,
      DatasetOwnershipTransferResolver,
      CodeListResolver,
      DuplicateFlagResolver,
      DatasetDuplicatesResolver,
      RowPageResolver,
      OpenDataResolver,
      DatasetVersionsResolver,
      IngestionJobResolver,
      DatasetComplianceResolver,
      ReviewRoundResolver,
      AccessRequestResolver,
      AccessNegotiationResolver,
      DatasetAccessResolver,
      AgencySuccessionResolver,
      AgencySuccessionsResolver,
      ConsentedRecordsResolver,
      ConsentedRecordResolver,
      ConsentResolver,
      ConsentRequestResolver,
      ApiClientResolver,
      HarvestSourceResolver,
      CatalogEntryConnectionResolver,
      CatalogEntryResolver,
      OnwardSharingResolver,
      DataErrorReportResolver,
      GrantUsageResolver,
      BroadcastResolver,
      NotificationFeedResolver,
      FeedbackResolver,
      AgencySatisfactionResolver,
    ],
    validate: false,
  });
  describeInputBounds(schema);
  return schema;
}

/**
 * The declared schema as an Apollo Federation 2 subgraph (`_service`, `_entities`): what
 * schema/schema.graphql is printed from and what shield rules must cover.
 */
export function buildSubgraphSchema(): GraphQLSchema {
  return toSubgraph(buildDeclaredSchema(), entityReferences);
}

/** The served schema: the subgraph wrapped by graphql-shield, which denies what no rule allows. */
export function buildServedSchema(): GraphQLSchema {
  const subgraph = buildSubgraphSchema();
  return unwrapAllowedFields(applyMiddleware(subgraph, permissions), subgraph, ruleMap);
}

/**
 * The client-facing schema, `_entities` and `_service` included. The SDL with `@key` for a
 * gateway's composition is the one `_service { sdl }` answers, not this file.
 */
export function printServedSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildSubgraphSchema()))}\n`;
}

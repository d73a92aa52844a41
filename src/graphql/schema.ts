import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchemaSync } from 'type-graphql';
import { AccessRequestResolver } from '../modules/access/resolver';
import { DataErrorReportResolver, GrantUsageResolver, OnwardSharingResolver } from '../modules/access/follow-up-resolver';
import { AccountResolver } from '../modules/accounts/resolver';
import { AgencyResolver } from '../modules/agencies/resolver';
import { CodeListResolver } from '../modules/catalog/code-list-resolver';
import { DatasetDuplicatesResolver, DuplicateFlagResolver } from '../modules/catalog/duplicate-resolver';
import { DatasetConnectionResolver, DatasetResolver } from '../modules/catalog/resolver';
import { DatasetComplianceResolver, ReviewRoundResolver } from '../modules/compliance/resolver';
import { RowPageResolver } from '../modules/datastore/rows/resolver';
import { DatasetVersionsResolver, IngestionJobResolver } from '../modules/datastore/resolver';
import { OpenDataResolver } from '../modules/opendata/resolver';
import { unwrapAllowedFields } from './fast-paths';
import { permissions, ruleMap } from './permissions';

/** The schema as the code declares it: what schema/schema.graphql is printed from. */
export function buildDeclaredSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [
      AgencyResolver,
      AccountResolver,
      DatasetResolver,
      DatasetConnectionResolver,
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
      OnwardSharingResolver,
      DataErrorReportResolver,
      GrantUsageResolver,
    ],
    validate: false,
  });
}

/** The served schema: the declared one wrapped by graphql-shield, which denies what no rule allows. */
export function buildServedSchema(): GraphQLSchema {
  const declared = buildDeclaredSchema();
  return unwrapAllowedFields(applyMiddleware(declared, permissions), declared, ruleMap);
}

export function printDeclaredSchema(): string {
  return `${printSchema(lexicographicSortSchema(buildDeclaredSchema()))}\n`;
}

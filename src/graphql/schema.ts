import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { hubModules } from '../modules';
import type { HubModule } from '../modules/hub-module';
import { entityReferences } from './entity-references';
import { describeInputBounds } from './input-bounds';
import { unwrapAllowedFields } from './fast-paths';
import { permissions, ruleMap } from './permissions';
import { toSubgraph } from './subgraph';

/** The schema as the code's resolvers and types declare it, before federation and shield. */
export function buildDeclaredSchema(): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: hubModules.flatMap((module) => module.resolvers) as NonEmptyArray<HubModule['resolvers'][number]>,
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

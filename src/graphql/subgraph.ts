import { buildSubgraphSchema, type GraphQLResolverMap } from '@apollo/subgraph';
import { isObjectType, Kind, parse, printSchema, type DefinitionNode, type DocumentNode, type GraphQLSchema } from 'graphql';
import { createResolversMap } from 'type-graphql';

/** Federation 2: the directives this subgraph uses, imported by name. */
const federationLink = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

/**
 * The declared schema as an Apollo Federation 2 subgraph: `@key` from the types'
 * `@Directive`s, `_service { sdl }` and `_entities` resolved by `references`.
 */
export function toSubgraph(declared: GraphQLSchema, references: Record<string, Record<string, unknown>>): GraphQLSchema {
  const resolvers = createResolversMap(declared) as Record<string, Record<string, unknown>>;
  for (const [typeName, reference] of Object.entries(references)) resolvers[typeName] = { ...resolvers[typeName], ...reference };
  return buildSubgraphSchema([{ typeDefs: subgraphTypeDefs(declared), resolvers: resolvers as GraphQLResolverMap<unknown> }]);
}

/**
 * printSchema drops the directives type-graphql keeps on each type's AST node; they are put
 * back on the printed definitions so `@key` reaches the subgraph SDL.
 */
function subgraphTypeDefs(declared: GraphQLSchema): DocumentNode {
  const printed = parse(`${federationLink}\n${printSchema(declared)}`);
  const definitions = printed.definitions.map((definition): DefinitionNode => {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) return definition;
    const type = declared.getType(definition.name.value);
    const directives = isObjectType(type) ? type.astNode?.directives : undefined;
    return directives?.length ? { ...definition, directives } : definition;
  });
  return { ...printed, definitions };
}

import type { ApolloServerPlugin } from '@apollo/server';
import { getArgumentValues } from 'graphql/execution/values';
import {
  GraphQLError,
  getNamedType,
  isCompositeType,
  isInputType,
  isUnionType,
  Kind,
  typeFromAST,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type VariableDefinitionNode,
} from 'graphql';

/**
 * Rows a root field will read without an index to serve its filters and sorts (0 when it
 * can use one, or the field reads no rows); looked up per request, since only the database
 * knows a version's size and indexes.
 */
export type UnindexedRows<T> = (context: T, field: string, args: Record<string, unknown>) => Promise<number>;

/**
 * A row read and compared without an index costs a quarter of a returned field: one
 * unindexed filter or sort over 800,000 rows takes the whole budget, a contains-filter plus a
 * sort on 960,000 (1.4 s each on this machine) is refused, a 50,000-row version is cheap.
 */
export const unindexedRowCost = 0.25;

/** The arguments that set how many items a list field returns. */
const pageSizeArguments = new Set(['first', 'limit', 'last']);

/** A datasetRows page of 10,000 rows with every field of RowPage (15 per row) fits; fifteen such pages do not. */
export const maxQueryCost = 200_000;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * graphql-armor's cost limit reads only the query text, so `datasetRows(first: $n)` costs the
 * same for n = 1 and n = 10,000. This counts each field once and multiplies a field that takes
 * a page size by that size — literal, variable or the schema's default — and refuses an
 * operation over the budget before anything runs.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): number {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  const operation = operations.find((definition) => !operationName || definition.name?.value === operationName) ?? operations[0];
  if (!operation) return 0;
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  const fragments = new Map(
    document.definitions
      .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const withDefaults = { ...variableDefaults(operation.variableDefinitions ?? [], schema), ...variables };
  return selectionCost({ schema, fragments, variables: withDefaults }, operation.selectionSet, root, new Set());
}

function selectionCost(walk: Walk, selectionSet: SelectionSetNode, parent: GraphQLCompositeType, visiting: Set<string>): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) cost += fieldCost(walk, selection, parent, visiting);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      if (type && isCompositeType(type)) cost += selectionCost(walk, selection.selectionSet, type, visiting);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      // A fragment spread inside itself is invalid anyway; validation reports it.
      if (!fragment || visiting.has(fragment.name.value)) continue;
      const type = walk.schema.getType(fragment.typeCondition.name.value);
      if (type && isCompositeType(type))
        cost += selectionCost(walk, fragment.selectionSet, type, new Set([...visiting, fragment.name.value]));
    }
  }
  return cost;
}

function fieldCost(walk: Walk, node: FieldNode, parent: GraphQLCompositeType, visiting: Set<string>): number {
  if (node.name.value.startsWith('__') || isUnionType(parent)) return 0;
  const field = parent.getFields()[node.name.value];
  if (!field) return 0;
  const type = getNamedType(field.type);
  const own = 1 + (node.selectionSet && isCompositeType(type) ? selectionCost(walk, node.selectionSet, type, visiting) : 0);
  return own * pageSizeOf(walk, node, field.args);
}

/** The page size a field is asked for; 1 for fields without one. */
function pageSizeOf(walk: Walk, node: FieldNode, args: readonly GraphQLArgument[]): number {
  let size = 1;
  for (const arg of args) {
    if (!pageSizeArguments.has(arg.name)) continue;
    const given = node.arguments?.find((argument) => argument.name.value === arg.name);
    const value = given ? valueFromAST(given.value, arg.type, walk.variables) : arg.defaultValue;
    if (typeof value === 'number' && Number.isFinite(value)) size = Math.max(size, value);
  }
  return size;
}

/** What the operation's own variable defaults say, for variables the request left out. */
function variableDefaults(definitions: readonly VariableDefinitionNode[], schema: GraphQLSchema): Record<string, unknown> {
  const defaults: Record<string, unknown> = {};
  for (const definition of definitions) {
    const type = typeFromAST(schema, definition.type);
    if (definition.defaultValue && type && isInputType(type))
      defaults[definition.variable.name.value] = valueFromAST(definition.defaultValue, type);
  }
  return defaults;
}

/** What the root fields of the operation add for the rows they would scan without an index. */
export async function scanCost<T>(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  context: T,
  unindexedRows: UnindexedRows<T>,
): Promise<number> {
  const root = operation.operation === 'query' ? schema.getQueryType() : null;
  if (!root) return 0;
  let rows = 0;
  for (const selection of operation.selectionSet.selections) {
    const field = selection.kind === Kind.FIELD ? root.getFields()[selection.name.value] : undefined;
    if (!field || selection.kind !== Kind.FIELD) continue;
    rows += await unindexedRows(context, field.name, argumentsOf(field, selection, variables));
  }
  return Math.ceil(rows * unindexedRowCost);
}

/** Arguments as the resolver will get them; none when they do not coerce (execution then reports why). */
function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> {
  try {
    return getArgumentValues(field, node, variables);
  } catch {
    return {};
  }
}

/**
 * Refuses, with code QUERY_TOO_COSTLY and HTTP 400, an operation whose cost — page sizes,
 * plus rows scanned without an index when `unindexedRows` is given — is over the budget.
 */
export function pageCostPlugin<T extends object>(maxCost = maxQueryCost, unindexedRows?: UnindexedRows<T>): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation, contextValue }) {
          const variables = request.variables ?? {};
          let cost = operationCost(schema, document, request.operationName, variables);
          // Only worth a database look-up when the page alone is within budget.
          if (cost <= maxCost && unindexedRows && operation)
            cost += await scanCost(schema, operation, variables, contextValue, unindexedRows);
          if (cost > maxCost) {
            throw new GraphQLError(
              `Truy vấn quá tốn kém: chi phí ${cost} vượt ngân sách ${maxCost}; giảm kích thước trang, hoặc lọc và sắp xếp theo cột có chỉ mục (query cost ${cost} exceeds the budget ${maxCost}: ask for smaller pages, or filter and sort on indexed columns)`,
              { extensions: { code: 'QUERY_TOO_COSTLY', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { FieldProblem } from '../shared/errors';
import { describeTextBound, jsonBytesOf, jsonProblem, listItemsOf, listProblem, textBoundOf, textProblem } from '../shared/input-bounds';

const jsonScalars = new Set(['JSON', 'JSONObject', '_Any']);
const unboundedScalars = new Set(['Int', 'Float', 'Boolean']);

/**
 * Every argument and input field of the schema says its limit in its description, from the
 * same table (shared/input-bounds.ts) the plugin below enforces. Runs on the declared schema,
 * before it is printed for the subgraph, so schema.graphql shows the limits.
 */
export function describeInputBounds(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const positions = isObjectType(type)
      ? Object.values(type.getFields()).flatMap((field) => field.args)
      : isInputObjectType(type)
        ? Object.values(type.getFields())
        : [];
    for (const position of positions) {
      const limit = boundDescription(position.name, position.type);
      if (limit) position.description = position.description ? `${position.description}\n\n${limit}` : limit;
    }
  }
}

function boundDescription(name: string, type: GraphQLInputType): string | null {
  const nullable = getNullableType(type);
  const named = getNamedType(type);
  const parts = isListType(nullable) ? [`Tối đa ${listItemsOf(name)} mục (at most ${listItemsOf(name)} items)`] : [];
  if (jsonScalars.has(named.name)) parts.push(`Tối đa ${jsonBytesOf(name)} byte JSON (at most ${jsonBytesOf(name)} bytes of JSON)`);
  else if (isScalarType(named) && !unboundedScalars.has(named.name)) parts.push(describeTextBound(textBoundOf(name, named.name === 'ID')));
  return parts.length > 0 ? parts.join('; ') : null;
}

/**
 * Refuses, before anything runs, an operation with any argument beyond its bound (literal or
 * variable, however deep in an input object or list): BAD_USER_INPUT naming every field, so
 * no oversized or control-character value reaches a resolver, SQL or a pooled connection.
 */
export function inputBoundsPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const problems = operationInputProblems(schema, document, request.variables ?? {});
          if (problems.length === 0) return;
          throw new GraphQLError(
            `Dữ liệu vào vượt giới hạn (input out of bounds): ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
            { extensions: { code: 'BAD_USER_INPUT', field: problems[0].field, http: { status: 400 } } },
          );
        },
      };
    },
  };
}

/** Problems named `field(argument.path)`, at most a few so the answer stays small too. */
export function operationInputProblems(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const definition = typeInfo.getFieldDef();
        if (!definition || problems.length >= maxReported) return;
        for (const argument of definition.args) {
          const given = node.arguments?.find((candidate) => candidate.name.value === argument.name);
          if (!given) continue;
          const value = valueFromAST(given.value, argument.type, variables);
          checkValue(problems, value, argument.type, argument.name, `${node.name.value}(${argument.name})`);
        }
      },
    }),
  );
  return problems.slice(0, maxReported);
}

const maxReported = 10;

function checkValue(problems: FieldProblem[], value: unknown, type: GraphQLInputType, name: string, path: string): void {
  if (value === null || value === undefined || problems.length >= maxReported) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return checkValue(problems, value, nullable.ofType, name, path);
    const problem = listProblem(value.length, listItemsOf(name));
    if (problem) return void problems.push({ field: path, message: problem });
    value.forEach((item, index) => checkValue(problems, item, nullable.ofType, name, `${path}[${index}]`));
    return;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return;
    for (const field of Object.values(nullable.getFields())) {
      checkValue(problems, (value as Record<string, unknown>)[field.name], field.type, field.name, `${path}.${field.name}`);
    }
    return;
  }
  const problem = jsonScalars.has(nullable.name)
    ? jsonProblem(value, jsonBytesOf(name))
    : typeof value === 'string' && (isEnumType(nullable) || !unboundedScalars.has(nullable.name))
      ? textProblem(value, textBoundOf(name, nullable.name === 'ID'))
      : null;
  if (problem) problems.push({ field: path, message: problem });
}

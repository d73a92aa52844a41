import { GraphQLError } from 'graphql';
import { allow, deny, shield } from 'graphql-shield';
import { hubModules } from '../modules';
import { gateClients } from './client-scopes';

type RuleMap = Record<string, unknown>;

/** Merges the modules' rule maps; two modules ruling the same field is a mistake, not an override. */
function mergeRuleMaps(...maps: Record<string, RuleMap | unknown>[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [typeName, rules] of Object.entries(map)) {
      const existing = merged[typeName];
      if (existing === undefined) {
        merged[typeName] = rules;
        continue;
      }
      if (
        typeof existing !== 'object' ||
        typeof rules !== 'object' ||
        existing === null ||
        rules === null ||
        !isFieldMap(existing) ||
        !isFieldMap(rules)
      ) {
        throw new Error(`permissions: type ${typeName} is ruled twice`);
      }
      for (const field of Object.keys(rules)) {
        if (field in existing) throw new Error(`permissions: ${typeName}.${field} is ruled twice`);
      }
      merged[typeName] = { ...existing, ...rules };
    }
  }
  return merged;
}

function isFieldMap(value: object): value is RuleMap {
  return value.constructor === Object;
}

const moduleRules = mergeRuleMaps(...hubModules.flatMap((module) => module.permissions), {
  MutationError: allow,
  InputProblem: allow,
  PageInfo: allow,
});

/** Every type and field with its rule, partner clients gated by scope; a test walks the schema against this. */
export const ruleMap = gateClients(moduleRules);

export const permissions = shield(ruleMap as Parameters<typeof shield>[0], {
  fallbackRule: deny,
  // Our own coded errors (FORBIDDEN, NOT_FOUND…) pass through; formatError hides the rest.
  allowExternalErrors: true,
  fallbackError: () => new GraphQLError('Bạn không có quyền truy cập trường này (forbidden)', { extensions: { code: 'FORBIDDEN' } }),
});

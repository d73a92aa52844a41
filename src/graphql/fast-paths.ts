import { isIntrospectionType, isObjectType, type GraphQLSchema } from 'graphql';
import { allow } from 'graphql-shield';

/**
 * graphql-shield wraps every field in a middleware, even the ones ruled `allow`; on a page of
 * 50 datasets that was a fifth of the request time. Fields whose rule is exactly `allow` get
 * their own resolver back, so only fields with a real rule (or none: deny) pay for shield.
 */
export function unwrapAllowedFields(served: GraphQLSchema, declared: GraphQLSchema, rules: Record<string, unknown>): GraphQLSchema {
  for (const type of Object.values(served.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    const declaredType = declared.getType(type.name);
    if (!isObjectType(declaredType)) continue;
    const declaredFields = declaredType.getFields();
    for (const [name, field] of Object.entries(type.getFields())) {
      if (ruleFor(rules, type.name, name) === allow) field.resolve = declaredFields[name]?.resolve;
    }
  }
  return served;
}

/** The rule shield applies to a field: the field's own, the type's wildcard, or the type's. */
function ruleFor(rules: Record<string, unknown>, typeName: string, fieldName: string): unknown {
  const typeRules = rules[typeName];
  if (typeRules === undefined || typeRules === null) return undefined;
  if (typeof typeRules === 'object' && (typeRules as object).constructor === Object) {
    const fields = typeRules as Record<string, unknown>;
    return fields[fieldName] ?? fields['*'];
  }
  return typeRules;
}

import { registerEnumType } from 'type-graphql';

/** Registers a GraphQL enum from a list of values, each with its Vietnamese description. */
export function enumFrom<T extends string>(name: string, values: readonly T[], descriptions: Record<T, string>): Record<T, T> {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
  registerEnumType(enumObject, {
    name,
    valuesConfig: Object.fromEntries(values.map((value) => [value, { description: descriptions[value] }])) as Record<
      T,
      { description: string }
    >,
  });
  return enumObject;
}

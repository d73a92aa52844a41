import fs from 'node:fs';
import path from 'node:path';
import { isIntrospectionType, isObjectType } from 'graphql';
import { ruleMap } from '../../src/graphql/permissions';
import { buildSubgraphSchema, printServedSchema } from '../../src/graphql/schema';

describe('GraphQL schema', () => {
  it('schema/schema.graphql is printed from the code (run `npm run schema:print` when this fails)', () => {
    const checkedIn = fs.readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8');
    expect(printServedSchema()).toBe(checkedIn);
  });

  it('every field of every type has an explicit shield rule (deny is only the fallback)', () => {
    const schema = buildSubgraphSchema();
    const unruled: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || isIntrospectionType(type)) continue;
      const rules = ruleMap[type.name];
      const typeLevel = rules !== undefined && (typeof rules !== 'object' || rules === null || (rules as object).constructor !== Object);
      for (const field of Object.keys(type.getFields())) {
        if (!typeLevel && !(rules && field in (rules as object))) unruled.push(`${type.name}.${field}`);
      }
    }
    expect(unruled).toEqual([]);
  });
});

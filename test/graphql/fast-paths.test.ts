import { graphql, GraphQLError } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, rule, shield } from 'graphql-shield';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { unwrapAllowedFields } from '../../src/graphql/fast-paths';

describe('shield fast paths for fields ruled allow', () => {
  const typeDefs = 'type Query { open: String, guarded: String, unruled: String }';
  const resolvers = { Query: { open: () => 'open', guarded: () => 'guarded', unruled: () => 'unruled' } };
  const onlyAdmins = rule()(
    (_parent, _args, context: { admin: boolean }) => context.admin || new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } }),
  );
  const rules = { Query: { open: allow, guarded: onlyAdmins } };

  const build = () => {
    const declared = makeExecutableSchema({ typeDefs, resolvers });
    const served = applyMiddleware(declared, shield(rules, { fallbackRule: deny, allowExternalErrors: true }));
    return { declared, served: unwrapAllowedFields(served, declared, rules) };
  };

  it('still runs real rules and still denies fields without any rule', async () => {
    const schema = build().served;
    const asVisitor = await graphql({ schema, source: '{ open guarded unruled }', contextValue: { admin: false } });
    expect(asVisitor.data).toEqual({ open: 'open', guarded: null, unruled: null });
    expect(asVisitor.errors?.map((error) => error.path?.[0]).sort()).toEqual(['guarded', 'unruled']);
    const asAdmin = await graphql({ schema, source: '{ open guarded }', contextValue: { admin: true } });
    expect(asAdmin.data).toEqual({ open: 'open', guarded: 'guarded' });
  });

  it('gives allowed fields their own resolver back, so they skip the middleware', () => {
    const { declared, served } = build();
    expect(served.getQueryType()!.getFields().open.resolve).toBe(declared.getQueryType()!.getFields().open.resolve);
    expect(served.getQueryType()!.getFields().guarded.resolve).not.toBe(declared.getQueryType()!.getFields().guarded.resolve);
  });
});

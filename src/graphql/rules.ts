import { GraphQLError } from 'graphql';
import { rule } from 'graphql-shield';
import { hasRole as viewerHasRole, type OfficialRole } from '../shared/viewer';
import type { HubContext } from './context';

/** Shared graphql-shield rules. Denials are coded errors; nothing internal leaks. */
export const unauthenticated = () => new GraphQLError('Cần đăng nhập (sign-in required)', { extensions: { code: 'UNAUTHENTICATED' } });

export const forbidden = () =>
  new GraphQLError('Bạn không có quyền thực hiện thao tác này (forbidden)', { extensions: { code: 'FORBIDDEN' } });

export const isSignedIn = rule({ cache: 'contextual' })((_parent, _args, context: HubContext) =>
  context.viewer.kind === 'official' ? true : unauthenticated(),
);

/** An official, or a partner's client (whose scopes the client gate has already checked: graphql/client-scopes.ts). */
export const isSignedInOrClient = rule({ cache: 'contextual' })((_parent, _args, context: HubContext) =>
  context.viewer.kind === 'anonymous' ? unauthenticated() : true,
);

export const isCitizen = rule({ cache: 'contextual' })((_parent, _args, context: HubContext) => {
  if (context.viewer.kind === 'anonymous') return unauthenticated();
  return context.viewer.kind === 'citizen' ? true : forbidden();
});

export const isClient = rule({ cache: 'contextual' })((_parent, _args, context: HubContext) => {
  if (context.viewer.kind === 'anonymous') return unauthenticated();
  return context.viewer.kind === 'client' ? true : forbidden();
});

const roleRules = new Map<string, ReturnType<ReturnType<typeof rule>>>();

/**
 * Signed in and holding one of the roles; the service still checks which agency or province.
 * One instance per name: graphql-shield refuses two rules of the same name in one tree, and
 * several modules ask for the same roles.
 */
export function hasAnyRole(...roles: OfficialRole[]) {
  const name = `hasAnyRole:${roles.join(',')}`;
  let roleRule = roleRules.get(name);
  if (!roleRule) {
    roleRule = rule(name, { cache: 'contextual' })((_parent, _args, context: HubContext) => {
      if (context.viewer.kind !== 'official') return unauthenticated();
      return roles.some((role) => viewerHasRole(context.viewer, role)) ? true : forbidden();
    });
    roleRules.set(name, roleRule);
  }
  return roleRule;
}

import { GraphQLError } from 'graphql';
import { rule } from 'graphql-shield';
import { hasRole as viewerHasRole, type OfficialRole } from '../shared/viewer';
import type { HubContext } from './context';

/** Shared graphql-shield rules. Denials are coded errors; nothing internal leaks. */
export const unauthenticated = () => new GraphQLError('Cần đăng nhập (sign-in required)', { extensions: { code: 'UNAUTHENTICATED' } });

export const forbidden = () =>
  new GraphQLError('Bạn không có quyền thực hiện thao tác này (forbidden)', { extensions: { code: 'FORBIDDEN' } });

/** Only this kind of viewer: anonymous is asked to sign in, any other signed-in kind is refused. */
function onlyKind(name: string, kind: 'official' | 'citizen' | 'client') {
  return rule(name, { cache: 'contextual' })((_parent, _args, context: HubContext) => {
    if (context.viewer.kind === 'anonymous') return unauthenticated();
    return context.viewer.kind === kind ? true : forbidden();
  });
}

export const isSignedIn = onlyKind('isOfficial', 'official');
export const isCitizen = onlyKind('isCitizen', 'citizen');
export const isClient = onlyKind('isClient', 'client');

/** An official, or a partner's client (whose scopes the client gate has already checked: graphql/client-scopes.ts). */
export const isSignedInOrClient = rule({ cache: 'contextual' })((_parent, _args, context: HubContext) =>
  context.viewer.kind === 'anonymous' ? unauthenticated() : true,
);

/**
 * The schema itself: anyone's outside production; in production, where introspection is off,
 * only the federation gateway's, which presents the configured HUB_GATEWAY_TOKEN (issue 17 item 4;
 * the context says so in `schemaPublic`).
 */
export const mayReadSchema = rule({ cache: 'contextual' })((_parent, _args, context: HubContext) =>
  context.schemaPublic ? true : unauthenticated(),
);

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
      if (context.viewer.kind === 'anonymous') return unauthenticated();
      if (context.viewer.kind !== 'official') return forbidden();
      return roles.some((role) => viewerHasRole(context.viewer, role)) ? true : forbidden();
    });
    roleRules.set(name, roleRule);
  }
  return roleRule;
}

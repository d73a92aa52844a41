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

/** Signed in and holding one of the roles; the service still checks which agency or province. */
export function hasAnyRole(...roles: OfficialRole[]) {
  return rule(`hasAnyRole:${roles.join(',')}`, { cache: 'contextual' })((_parent, _args, context: HubContext) => {
    if (context.viewer.kind !== 'official') return unauthenticated();
    return roles.some((role) => viewerHasRole(context.viewer, role)) ? true : forbidden();
  });
}

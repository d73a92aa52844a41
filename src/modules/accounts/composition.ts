// For the composition (app.ts, services.ts): single sign-on through the central provider.
export { OidcClient } from './oidc-client';
export { SsoService } from './sso';

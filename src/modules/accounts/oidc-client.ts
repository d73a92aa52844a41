import type { SsoConfig } from '../../config';
import { importEsm } from '../../shared/esm';

type OpenIdClient = typeof import('openid-client');
type Configuration = import('openid-client').Configuration;

/** What the hub keeps between sending a browser to the provider and its return. */
export interface AuthorizationRequest {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/**
 * The relying party of the central OpenID Connect provider (002 §14: VNeID-style SSO):
 * authorization code with PKCE, the ID token's nonce and the state checked by openid-client.
 * One per process; the provider's metadata is discovered once, and again after a failure.
 */
export class OidcClient {
  private configuration?: Promise<{ client: OpenIdClient; configuration: Configuration }>;

  constructor(private readonly settings: SsoConfig) {}

  async newRequest(): Promise<{ request: AuthorizationRequest; url: string }> {
    const { client, configuration } = await this.discovered();
    const request = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUrl,
      scope: 'openid',
      state: request.state,
      nonce: request.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(request.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { request, url: url.href };
  }

  /** Redeems the code the provider returned to `callbackUrl`; the provider's subject and issuer. */
  async subjectOf(callbackUrl: URL, request: AuthorizationRequest): Promise<{ issuer: string; subject: string }> {
    const { client, configuration } = await this.discovered();
    const tokens = await client.authorizationCodeGrant(configuration, callbackUrl, {
      pkceCodeVerifier: request.codeVerifier,
      expectedState: request.state,
      expectedNonce: request.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims?.sub) throw new Error('the provider returned no subject');
    return { issuer: configuration.serverMetadata().issuer, subject: claims.sub };
  }

  /** Where the provider sends the browser back: the configured URL with the query it added. */
  callbackUrl(requestUrl: string): URL {
    const url = new URL(this.settings.redirectUrl);
    url.search = new URL(requestUrl, url).search;
    return url;
  }

  private discovered(): Promise<{ client: OpenIdClient; configuration: Configuration }> {
    this.configuration ??= this.discover().catch((error: unknown) => {
      this.configuration = undefined;
      throw error;
    });
    return this.configuration;
  }

  private async discover(): Promise<{ client: OpenIdClient; configuration: Configuration }> {
    const client = await importEsm<OpenIdClient>('openid-client');
    const issuer = new URL(this.settings.issuer);
    // Plain http only outside production (the configuration refuses it there): a provider on this machine.
    const insecure = issuer.protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined;
    const configuration = await client.discovery(issuer, this.settings.clientId, this.settings.clientSecret, undefined, insecure);
    return { client, configuration };
  }
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { importEsm } from '../../src/shared/esm';

/** The little of oidc-provider (shipped without types) that the tests use. */
interface ProviderModule {
  default: new (issuer: string, configuration: Record<string, unknown>) => { callback(): http.RequestListener };
}

export interface TestProvider {
  issuer: string;
  client: { id: string; secret: string; redirectUrl: string };
  close(): Promise<void>;
}

/** A real OpenID Connect provider (oidc-provider) on 127.0.0.1, with its development login pages. */
export async function startOidcProvider(): Promise<TestProvider> {
  const { default: Provider } = await importEsm<ProviderModule>('oidc-provider');
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const client = { id: 'provincial-hub', secret: 'a-client-secret-for-the-test-only', redirectUrl: 'http://127.0.0.1/auth/sso/callback' };
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
        redirect_uris: [client.redirectUrl],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    // Any login name is an account whose subject is that name.
    findAccount: (_context: unknown, accountId: string) => ({ accountId, claims: () => ({ sub: accountId }) }),
    cookies: { keys: ['test-cookie-key'] },
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    client,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Plays the browser: follows the provider's redirects with its cookies, fills the development
 * login form as `subject` and accepts the consent, and stops at the redirect to the hub.
 * Returns that redirect's path and query, as the hub's callback would receive them.
 */
export async function signInAtProvider(authorizationUrl: string, subject: string, redirectUrl: string): Promise<string> {
  const cookies = new Map<string, string>();
  let url = new URL(authorizationUrl);
  let form: URLSearchParams | undefined;
  for (let step = 0; step < 20; step += 1) {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form?.toString(),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      if (value) cookies.set(name, value);
      else cookies.delete(name);
    }
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(redirectUrl)) return `${next.pathname}${next.search}`;
      url = next;
      form = undefined;
      continue;
    }
    const page = await response.text();
    if (response.status !== 200) throw new Error(`provider answered ${response.status}: ${page.slice(0, 300)}`);
    form = new URLSearchParams(
      page.includes('name="login"') ? { prompt: 'login', login: subject, password: 'any' } : { prompt: 'consent' },
    );
  }
  throw new Error('the provider never redirected back to the hub');
}

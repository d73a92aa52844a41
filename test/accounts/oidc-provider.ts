import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface TestProvider {
  issuer: string;
  client: { id: string; secret: string; redirectUrl: string };
  close(): Promise<void>;
}

/** A real OpenID Connect provider (oidc-provider) on 127.0.0.1, with its development login pages, in a child process. */
export async function startOidcProvider(): Promise<TestProvider> {
  const client = { id: 'provincial-hub', secret: 'a-client-secret-for-the-test-only', redirectUrl: 'http://127.0.0.1/auth/sso/callback' };
  const child = spawn(process.execPath, ['--no-warnings', path.join(__dirname, 'oidc-provider-process.mjs'), JSON.stringify(client)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const [firstLine] = await Promise.race([
    createInterface({ input: child.stdout })
      [Symbol.asyncIterator]()
      .next()
      .then((line) => [line.value as string | undefined]),
    exited.then(() => [undefined]),
  ]);
  if (!firstLine) throw new Error('the OpenID Connect provider did not start');
  const { issuer } = JSON.parse(firstLine) as { issuer: string };
  return {
    issuer,
    client,
    close: async () => {
      child.kill();
      await exited;
    },
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

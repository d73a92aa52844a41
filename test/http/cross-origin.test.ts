import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { launchBrowser, listen } from '../portal/fixtures';

/** A browser app's own origin: a page served on another port than the hub's. */
async function appServer(): Promise<{ url: string; origin: string; close(): void }> {
  const server = http.createServer((_request, response) =>
    response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>app'),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return { url: `${origin}/`, origin, close: () => server.close() };
}

/** Issue 17 item 3: browser apps on the allowed origins call /graphql; every other origin is refused by the browser. */
describe('issue 17 item 3: GraphQL from browser apps on allowed origins (CORS allow-list HUB_CORS_ORIGINS)', () => {
  let t: TestHub;
  let allowedApp: Awaited<ReturnType<typeof appServer>>;
  let otherApp: Awaited<ReturnType<typeof appServer>>;
  const origin = 'https://app.ninhthuan.example';
  const query = { query: '{ datasets(first: 1) { totalCount } }' };

  beforeAll(async () => {
    allowedApp = await appServer();
    otherApp = await appServer();
    t = await startTestHub({ env: { HUB_CORS_ORIGINS: `${origin}, ${allowedApp.origin}` } });
  });

  afterAll(async () => {
    await t.close();
    allowedApp.close();
    otherApp.close();
  });

  const preflight = (from: string) =>
    t.hub.http.inject({
      method: 'OPTIONS',
      url: '/graphql',
      headers: { origin: from, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });

  it('an allowed origin gets the preflight of a JSON POST with a Bearer token, naming that origin, without credentials', async () => {
    const answer = await preflight(origin);
    expect(answer.statusCode).toBe(204);
    expect(answer.headers['access-control-allow-origin']).toBe(origin);
    expect(String(answer.headers.vary)).toMatch(/\bOrigin\b/);
    expect(String(answer.headers['access-control-allow-methods'])).toMatch(/\bPOST\b/);
    expect(String(answer.headers['access-control-allow-headers']).split(/,\s*/)).toEqual(
      expect.arrayContaining(['content-type', 'authorization']),
    );
    // A credentialed (cookie) request fails its preflight: no Allow-Credentials.
    expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('an origin not on the list gets no CORS header at all, on the preflight or on an answer', async () => {
    const answer = await preflight('https://elsewhere.example');
    expect(Object.keys(answer.headers).filter((name) => name.startsWith('access-control-'))).toEqual([]);
    const direct = await t.hub.http.inject({
      method: 'POST',
      url: '/graphql',
      headers: { origin: 'https://elsewhere.example', 'content-type': 'application/json' },
      payload: query,
    });
    expect(direct.statusCode).toBe(200);
    expect(direct.headers['access-control-allow-origin']).toBeUndefined();
    expect(String(direct.headers.vary)).toMatch(/\bOrigin\b/);
  });

  it('answers and refusals to an allowed origin carry Access-Control-Allow-Origin, so the app reads both', async () => {
    const post = (headers: Record<string, string> = {}) =>
      t.hub.http.inject({
        method: 'POST',
        url: '/graphql',
        headers: { origin, 'content-type': 'application/json', ...headers },
        payload: query,
      });
    const answered = await post();
    expect(answered.statusCode).toBe(200);
    expect(answered.headers['access-control-allow-origin']).toBe(origin);
    const refused = await post({ authorization: 'Bearer forged.token.value' });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['access-control-allow-origin']).toBe(origin);
  });

  it('Apollo’s CSRF prevention stays on: a simple cross-site POST (text/plain, no preflight) is refused', async () => {
    const simple = await t.hub.http.inject({
      method: 'POST',
      url: '/graphql',
      headers: { origin: 'https://elsewhere.example', 'content-type': 'text/plain' },
      payload: JSON.stringify(query),
    });
    expect(simple.statusCode).toBe(400);
    expect(simple.body).toMatch(/CSRF/);
  });

  it('in real Chromium, a page on an allowed origin reads the answer and a page on another origin is refused by the browser', async () => {
    const hubUrl = await listen(t);
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext();
      // fetch from the app's page, as its code would: with or without a token.
      const fetchFrom = async (appUrl: string, authorization: string | null) => {
        const page = await context.newPage();
        await page.goto(appUrl);
        return page.evaluate(
          async ({ url, authorization, body }) => {
            try {
              const response = await fetch(`${url}/graphql`, {
                method: 'POST',
                headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
                body,
              });
              return { status: response.status, body: (await response.json()) as { data?: { datasets: { totalCount: number } } } };
            } catch (error) {
              return { refused: String(error) };
            }
          },
          { url: hubUrl, authorization, body: JSON.stringify(query) },
        );
      };
      // The forged token's refusal, read across origins: the preflight passed and the answer is readable.
      expect(await fetchFrom(allowedApp.url, 'Bearer not-signed-in')).toMatchObject({
        status: 401,
        body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] },
      });
      const anonymous = await fetchFrom(allowedApp.url, null);
      expect(anonymous).toMatchObject({ status: 200, body: { data: { datasets: { totalCount: expect.any(Number) } } } });
      // Not on the list: the browser stops at the preflight and the page learns nothing.
      expect(await fetchFrom(otherApp.url, null)).toEqual({ refused: expect.stringMatching(/TypeError: Failed to fetch/) });
    } finally {
      await browser.close();
    }
  });
  it('no GraphQL answer may be stored by a cache: data, a refusal before execution, a bad token, a GET', async () => {
    const answers = await Promise.all([
      t.hub.http.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: query }),
      t.hub.http.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: { query: '{ nope }' },
      }),
      t.hub.http.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', authorization: 'Bearer forged' },
        payload: query,
      }),
      t.hub.http.inject({
        method: 'GET',
        url: `/graphql?query=${encodeURIComponent(query.query)}`,
        headers: { 'apollo-require-preflight': 'true' },
      }),
    ]);
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 400, 401, 200]);
    for (const answer of answers) expect(answer.headers['cache-control']).toBe('no-store');
  });
});

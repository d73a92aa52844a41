import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { launchBrowser, listen } from '../portal/fixtures';

/** Issue 17: a browser app on another origin calls /graphql as it calls the open-data routes. */
describe('GraphQL from browser apps on other origins (CORS, Fetch standard)', () => {
  let t: TestHub;
  const origin = 'https://app.ninhthuan.example';

  beforeAll(async () => {
    t = await startTestHub();
  });

  afterAll(() => t.close());

  it('the preflight of a JSON POST with a Bearer token is allowed for any origin, without credentials', async () => {
    const preflight = await t.hub.http.inject({
      method: 'OPTIONS',
      url: '/graphql',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(String(preflight.headers['access-control-allow-methods'])).toMatch(/\bPOST\b/);
    const allowed = String(preflight.headers['access-control-allow-headers']).split(/,\s*/);
    expect(allowed).toEqual(expect.arrayContaining(['content-type', 'authorization']));
    // A credentialed (cookie) request fails its preflight: no Allow-Credentials, no named origin.
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('answers, and refusals, can be read by the app: both carry Access-Control-Allow-Origin', async () => {
    const post = (headers: Record<string, string> = {}) =>
      t.hub.http.inject({
        method: 'POST',
        url: '/graphql',
        headers: { origin, 'content-type': 'application/json', ...headers },
        payload: { query: '{ datasets(first: 1) { totalCount } }' },
      });
    const answered = await post();
    expect(answered.statusCode).toBe(200);
    expect(answered.headers['access-control-allow-origin']).toBe('*');
    const refused = await post({ authorization: 'Bearer forged.token.value' });
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['access-control-allow-origin']).toBe('*');
  });

  it('in real Chromium, a page on another origin reads a GraphQL answer with fetch', async () => {
    const hubUrl = await listen(t);
    // The app's own origin: another host name and port than the hub's.
    const app = http.createServer((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><p>app'),
    );
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    const appUrl = `http://localhost:${(app.address() as AddressInfo).port}/`;
    const browser = await launchBrowser();
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(appUrl);
      // fetch from the app's page, as its code would: with or without a token.
      const fetchFromApp = (authorization: string | null) =>
        page.evaluate(
          async ({ url, authorization }) => {
            const response = await fetch(`${url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
              body: JSON.stringify({ query: '{ datasets(first: 1) { totalCount } }' }),
            });
            return { status: response.status, body: (await response.json()) as { data?: { datasets: { totalCount: number } } } };
          },
          { url: hubUrl, authorization },
        );
      // The forged token's refusal, read across origins: the preflight passed and the answer is readable.
      expect(await fetchFromApp('Bearer not-signed-in')).toMatchObject({
        status: 401,
        body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] },
      });
      const anonymous = await fetchFromApp(null);
      expect(anonymous.body.data?.datasets.totalCount).toEqual(expect.any(Number));
    } finally {
      await browser.close();
      app.close();
    }
  });
});

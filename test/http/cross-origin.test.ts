import { startTestHub, type TestHub } from '../helpers/test-hub';

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
});

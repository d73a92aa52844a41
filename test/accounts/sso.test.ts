import { LockOfficialDocument, MeDocument } from '../generated/graphql';
import { loadConfig } from '../../src/config';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { viewerOf } from './helpers';
import { signInAtProvider, startOidcProvider, type TestProvider } from './oidc-provider';

describe('SSO through the central OpenID Connect provider (002 §3.2a, §14)', () => {
  let provider: TestProvider;
  let t: TestHub;
  let dic: string;

  beforeAll(async () => {
    provider = await startOidcProvider();
    t = await startTestHub({
      seed: true,
      env: {
        HUB_SSO_ISSUER: provider.issuer,
        HUB_SSO_CLIENT_ID: provider.client.id,
        HUB_SSO_CLIENT_SECRET: provider.client.secret,
        HUB_SSO_REDIRECT_URL: provider.client.redirectUrl,
      },
    });
    dic = await t.signIn('ninhthuan', 'thunghiem');
  });

  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  const start = async () => {
    const response = await t.hub.http.inject({ method: 'GET', url: '/auth/sso/start' });
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toContain('code_challenge_method=S256');
    return String(response.headers.location);
  };
  const startLink = async (token: string) => {
    const response = await t.hub.http.inject({ method: 'POST', url: '/auth/sso/link', headers: { authorization: `Bearer ${token}` } });
    expect(response.statusCode).toBe(200);
    return (response.json() as { authorizationUrl: string }).authorizationUrl;
  };
  const callback = (path: string) => t.hub.http.inject({ method: 'GET', url: path });
  const viaProvider = async (authorizationUrl: string, subject: string) =>
    callback(await signInAtProvider(authorizationUrl, subject, provider.client.redirectUrl));

  it('002 §14: a provider identity linked to no account is refused, clearly', async () => {
    const response = await viaProvider(await start(), 'vneid-nobody');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: 'SSO_NOT_LINKED', message: expect.stringContaining('chưa được liên kết') });
  });

  it('002 §3.2a: an official links their account once, then signs in through the provider without a password', async () => {
    const linked = await viaProvider(await startLink(await t.signIn('ninhthuan', 'thividu')), 'vneid-thividu');
    expect(linked.statusCode).toBe(200);
    expect(linked.json()).toMatchObject({ accountName: 'thividu', provinceCode: 'ninhthuan' });

    const signedIn = await viaProvider(await start(), 'vneid-thividu');
    expect(signedIn.statusCode).toBe(200);
    const { token } = signedIn.json() as { token: string };
    expect((await t.gql(MeDocument, {}, token)).data?.me?.accountName).toBe('thividu');
  });

  it('002 §3.2a: one identity, one account — a second link of the same identity or the same account is refused', async () => {
    const other = await viaProvider(await startLink(await t.signIn('ninhthuan', 'vankiemthu')), 'vneid-thividu');
    expect(other.statusCode).toBe(409);
    expect(other.json()).toMatchObject({ error: 'CONFLICT', message: expect.stringContaining('tài khoản khác') });
    const again = await viaProvider(await startLink(await t.signIn('ninhthuan', 'thividu')), 'vneid-someone-else');
    expect(again.statusCode).toBe(409);
  });

  it('002 §14: a callback is used once, and a forged state is refused', async () => {
    const path = await signInAtProvider(await start(), 'vneid-thividu', provider.client.redirectUrl);
    expect((await callback(path)).statusCode).toBe(200);
    const replay = await callback(path);
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ error: 'SSO_FAILED' });
    const forged = await callback(path.replace(/state=[^&]+/, 'state=forged'));
    expect(forged.json()).toMatchObject({ error: 'SSO_FAILED' });
  });

  it('003 §6.2: a locked official is refused at the provider’s return, and their SSO session ends at once', async () => {
    const signedIn = await viaProvider(await start(), 'vneid-thividu');
    const { token } = signedIn.json() as { token: string };
    const { officialId } = await viewerOf(t, 'ninhthuan', 'thividu');
    await t.gql(LockOfficialDocument, { official: officialId, reason: 'MISUSE', note: 'Dùng tài khoản vào việc riêng' }, dic);
    expect((await t.postGraphQL({ query: '{ me { accountName } }' }, { authorization: `Bearer ${token}` })).status).toBe(401);
    const refused = await viaProvider(await start(), 'vneid-thividu');
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ error: 'ACCOUNT_LOCKED' });
  });

  it('002 §14: SSO is off unless all four provider settings are given, and needs https in production', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).sso).toBeNull();
    expect(() => loadConfig({ NODE_ENV: 'test', HUB_SSO_ISSUER: provider.issuer })).toThrow(/set all four/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        HUB_TOKEN_SECRET: 'x'.repeat(32),
        HUB_SSO_ISSUER: provider.issuer,
        HUB_SSO_CLIENT_ID: 'a',
        HUB_SSO_CLIENT_SECRET: 'b',
        HUB_SSO_REDIRECT_URL: 'https://hub.example/auth/sso/callback',
      }),
    ).toThrow(/must be https/);
  });
});

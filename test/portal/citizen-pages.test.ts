import { MyConsentsDocument } from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { consentPartner, grantedConsent, partnerReads, people, verifiedCitizen, type Citizen } from './consent-fixtures';
import { province } from './fixtures';
import { expectLightAndAccessible, getPage } from './page-checks';

const csrf = 'c'.repeat(32);

describe('a citizen’s pages are theirs alone, light and accessible (issue 9; REQUIREMENTS §6)', () => {
  let t: TestHub;
  let owner: Citizen;
  let neighbour: Citizen;
  let consentId = '';
  const cookieOf = (token: string) => `hub_session=${token}; hub_csrf=${csrf}`;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    const partner = await consentPartner(t);
    owner = await verifiedCitizen(t, people.vanthu);
    neighbour = await verifiedCitizen(t, people.thimau);
    consentId = await grantedConsent(t, owner, partner);
    await partnerReads(t, partner, consentId);
  });

  afterAll(() => t.close());

  const get = (url: string, token?: string) => getPage(t, url, token ? { cookie: cookieOf(token) } : {});
  const post = (url: string, token: string, form: Record<string, string> = { _csrf: csrf }) =>
    t.hub.http.inject({
      method: 'POST',
      url,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieOf(token) },
      payload: new URLSearchParams(form).toString(),
    });
  const stateOfConsent = async () =>
    (await t.gql(MyConsentsDocument, {}, owner.token)).data?.myConsents.find((consent) => consent.id === consentId)?.state;

  test.each(['/my-data', '/my-data?lang=en', '/my-data/accesses', '/my-data/accesses?lang=en'])(
    '%s (citizen) has lang, a title, labelled inputs, a language switch and under 200 KB of script',
    async (url) => expectLightAndAccessible(t, await get(url, owner.token)),
  );

  test('the consent is shown with partner, purpose, fields, period, frequency, retention and state; the read in words, in English too', async () => {
    const mine = (await get('/my-data?lang=en', owner.token)).body;
    expect(mine).toContain(`data-consent="${consentId}"`);
    for (const text of ['Đặt lịch hiến máu và xem nhóm máu', 'ho_ten, nhom_mau', 'Up to 3 per day', '7 days', 'In force', 'Phan Rang'])
      expect(mine).toContain(text);
    const accesses = (await get('/my-data/accesses?lang=en', owner.token)).body;
    expect(accesses).toContain('Allowed');
    expect(accesses).toContain('Đặt lịch hiến máu và xem nhóm máu');
  });

  test('anonymous visitors are sent to sign in and back; officials are refused', async () => {
    for (const url of ['/my-data', '/my-data/accesses', `/my-data/consents/${consentId}/receipt`]) {
      const anonymous = await get(url);
      expect(anonymous.status).toBe(303);
      expect(anonymous.headers.location).toBe(`/sign-in?next=${encodeURIComponent(url)}`);
      const official = await get(url, await t.signIn(province, 'thunghiem'));
      expect(official.status).toBe(403);
      expect(official.body).not.toContain('Đặt lịch hiến máu');
    }
    expect((await post(`/my-data/consents/${consentId}/revoke`, await t.signIn(province, 'vankiemthu'))).statusCode).toBe(403);
    expect(await stateOfConsent()).toBe('ACTIVE');
  });

  test('another citizen sees neither the consent nor its receipt, and cannot revoke it', async () => {
    expect((await get('/my-data', neighbour.token)).body).not.toContain(consentId);
    expect((await get('/my-data/accesses', neighbour.token)).body).not.toContain(consentId);
    expect((await get(`/my-data/consents/${consentId}/receipt`, neighbour.token)).status).toBe(404);
    expect((await post(`/my-data/consents/${consentId}/revoke`, neighbour.token)).statusCode).toBe(404);
    expect(await stateOfConsent()).toBe('ACTIVE');
  });

  test('the receipt under the portal is the consents service’s receipt, as the API serves it', async () => {
    const portal = await get(`/my-data/consents/${consentId}/receipt`, owner.token);
    const api = await t.hub.http.inject({
      method: 'GET',
      url: `/consents/${consentId}/receipt`,
      headers: { authorization: `Bearer ${owner.token}` },
    });
    expect(portal.status).toBe(200);
    expect(portal.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(portal.headers['content-disposition']).toMatch(/^attachment; filename="DY-\d{4}-[0-9A-F]{8}\.txt"$/);
    expect(portal.body).toContain('BIÊN NHẬN ĐỒNG Ý CHIA SẺ DỮ LIỆU CÁ NHÂN');
    expect(portal.body).toBe(api.body);
  });

  test('pause and resume are POST forms with the CSRF token; without it nothing changes', async () => {
    expect((await post(`/my-data/consents/${consentId}/pause`, owner.token, { _csrf: 'wrong' })).statusCode).toBe(403);
    expect(await stateOfConsent()).toBe('ACTIVE');
    const paused = await post(`/my-data/consents/${consentId}/pause`, owner.token);
    expect([paused.statusCode, paused.headers.location]).toEqual([303, '/my-data?done=paused']);
    expect(await stateOfConsent()).toBe('PAUSED');
    expect((await get('/my-data', owner.token)).body).toContain('Tiếp tục cho phép đọc');
    // The service's refusal, shown as a page: a paused consent cannot be paused again.
    const again = await post(`/my-data/consents/${consentId}/pause`, owner.token);
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('only an active consent can be paused');
    expect((await post(`/my-data/consents/${consentId}/resume`, owner.token)).headers.location).toBe('/my-data?done=resumed');
    expect(await stateOfConsent()).toBe('ACTIVE');
  });

  test('the citizen signs in on /sign-in by phone number with the citizens service; a wrong password is shown on that form', async () => {
    const form = (password: string) =>
      t.hub.http.inject({
        method: 'POST',
        url: '/citizen-sign-in',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `hub_csrf=${csrf}` },
        payload: new URLSearchParams({ _csrf: csrf, province, login: people.vanthu.phone, password, next: '/my-data/accesses' }).toString(),
      });
    const refused = await form('Sai-mat-khau1!');
    expect(refused.statusCode).toBe(401);
    expect(refused.body).toContain('id="citizen-sign-in-error"');
    expect(refused.body).not.toContain('id="official-sign-in-error"');
    const signedIn = await form(owner.password);
    expect([signedIn.statusCode, signedIn.headers.location]).toEqual([303, '/my-data/accesses']);
    const session = /hub_session=([^;]+); Path=\/; HttpOnly; SameSite=Lax/.exec(String(signedIn.headers['set-cookie']))?.[1];
    expect(session).toBeDefined();
    expect((await get('/my-data', decodeURIComponent(session!))).status).toBe(200);
  });
});

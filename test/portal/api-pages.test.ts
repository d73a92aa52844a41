import { startTestHub, type TestHub } from '../helpers/test-hub';
import { people, verifiedCitizen } from './consent-fixtures';
import { expectLightAndAccessible, getPage } from './page-checks';

/** The pages over what the API did without one (issue 21 item 6), by who may open them. */
const pages: [string, 'anonymous' | 'steward' | 'DIC' | 'citizen'][] = [
  ['/broadcasts', 'anonymous'],
  ['/feedback', 'anonymous'],
  ['/desk/broadcasts', 'steward'],
  ['/desk/feedback', 'steward'],
  ['/desk/broadcasts', 'DIC'],
  ['/desk/clients', 'DIC'],
  ['/desk/harvests', 'DIC'],
  ['/my-feedback', 'citizen'],
];

describe('the pages for broadcasts, feedback, partner clients and harvest sources are light and accessible (issue 21 item 6)', () => {
  let t: TestHub;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    cookies.steward = `hub_session=${await t.signIn('ninhthuan', 'vankiemthu')}`;
    cookies.DIC = `hub_session=${await t.signIn('ninhthuan', 'thunghiem')}`;
    cookies.citizen = `hub_session=${(await verifiedCitizen(t, people.thimau)).token}`;
  });

  afterAll(() => t.close());

  test.each(pages.flatMap(([url, who]) => [`${url}`, `${url}?lang=en`].map((each) => [each, who])))(
    '%s (%s) has lang, a title, labelled inputs, a language switch and under 200 KB of script',
    async (url, who) => {
      const page = await getPage(t, url, cookies[who] ? { cookie: cookies[who] } : {});
      await expectLightAndAccessible(t, page);
      expect(page.body).toContain(url.endsWith('lang=en') ? '<html lang="en">' : '<html lang="vi">');
    },
  );

  test('issue 21 item 6: a public province page shows the hub’s own province for an unknown one, not an error', async () => {
    const page = await getPage(t, '/broadcasts?province=khong-co');
    expect(page.status).toBe(200);
    expect(page.body).toMatch(/<option value="ninhthuan" selected>/);
  });

  test('000 §7.3: “my feedback” is a citizen’s page: a stranger is sent to sign in, an official is refused', async () => {
    expect((await getPage(t, '/my-feedback')).status).toBe(303);
    expect((await getPage(t, '/my-feedback', { cookie: cookies.steward })).status).toBe(403);
  });
});

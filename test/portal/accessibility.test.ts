import type { Browser, Page } from 'playwright-core';
import { TokenService } from '../../src/modules/accounts/service';
import { datasetWithVersion, eForm } from '../access/fixtures';
import { registerClient, registerOrganisation } from '../clients/fixtures';
import { confirmInferredSchema } from '../helpers/publish';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { upload } from '../helpers/upload';
import { askedConsent, grantedConsent, people, verifiedCitizen } from './consent-fixtures';
import { launchBrowser, listen, province, screens } from './fixtures';
import { seriousAxeViolations } from './page-checks';

const openDataset = 'nt-dich-vu-cong-truc-tuyen';
const wideDataset = 'nt-lam-sach-du-lieu-dan-cu';
/** The seed's restricted dataset of the police, listed for other agencies to request (002 §30). */
const listed = 'nt-thanh-tra-dinh-danh-dien-tu';
const restricted = 'nt-portal-a11y-han-che';
const inReview = 'nt-portal-a11y-tham-dinh';
const missing = '/datasets/khong-co-bo-du-lieu-nay';
const csv = 'xa,so_ho_so,can_bo_xu_ly\nPhan Rang,12,Nguyễn Văn An\nNinh Hải,7,Trần Thị Bình\n';

/**
 * Every page the portal serves, as its readers see it, checked by axe-core at both sizes: the
 * public pages, the sign-in forms, an official's desk, the council's and DIC's queues, and a
 * citizen's own data.
 */
describe('issue 21 item 7: WCAG 2.1 AA (axe-core) on every portal page', () => {
  let t: TestHub;
  let browser: Browser;
  let base = '';
  const sessions: Record<'steward' | 'requester' | 'health' | 'ppc' | 'dic' | 'citizen', string> = {
    steward: '',
    requester: '',
    health: '',
    ppc: '',
    dic: '',
    citizen: '',
  };
  let jobId = '';
  let consentRequest = '';

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestHub({ seed: true }), launchBrowser()]);
    base = await listen(t);
    sessions.steward = await t.signIn(province, 'vankiemthu');
    sessions.requester = await t.signIn(province, 'thividu');
    sessions.health = await t.signIn(province, 'vanthidiem');
    sessions.ppc = await t.signIn(province, 'vanmau');
    sessions.dic = await t.signIn(province, 'thunghiem');
    await datasetWithVersion(t, sessions.steward, restricted, csv);
    await datasetWithVersion(t, sessions.steward, inReview, `${csv}Bác Ái,4,Phạm Thị Dung\n`, {
      accessLevel: 'PUBLIC',
      updateFrequency: 'hằng năm (yearly)',
      temporalFrom: '2024-01-01',
      temporalTo: '2024-12-31',
    });
    await confirmInferredSchema(t, inReview, sessions.steward);
    const police = (await new TokenService(t.config.tokenSecret).verify(sessions.requester))?.viewer;
    await t.hub.services().access.submitAccessRequest(police!, eForm(restricted));
    const submitted = await t.hub.http.inject({
      method: 'POST',
      url: `/desk/datasets/${inReview}/submit`,
      headers: {
        cookie: `hub_session=${sessions.steward}; hub_csrf=${'c'.repeat(32)}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: `_csrf=${'c'.repeat(32)}`,
    });
    expect(submitted.statusCode).toBe(303);
    // A failed ingestion: its page shows the row/column error report.
    const failed = await upload(t, restricted, 'xa,so_ho_so,can_bo_xu_ly\nPhan Rang,mười hai,An\n', { token: sessions.steward });
    jobId = String(failed.body.ingestionJobId);

    const citizen = await verifiedCitizen(t, people.vanthu);
    sessions.citizen = citizen.token;
    const partner = await registerClient(t, sessions.dic, await registerOrganisation(t, sessions.dic), ['CONSENT_REQUEST', 'CONSENT_READ']);
    await grantedConsent(t, citizen, partner);
    consentRequest = (await askedConsent(t, partner, people.vanthu.idNumber)).id;
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const pages: { who: keyof typeof sessions | null; paths: () => string[] }[] = [
    {
      who: null,
      paths: () => [
        '/',
        '/?lang=en',
        '/search?q=d%E1%BB%AF+li%E1%BB%87u',
        '/search?category=SECTORAL',
        '/search?sector=dan-cu',
        `/datasets/${openDataset}`,
        `/datasets/${openDataset}?sort=-1`,
        `/datasets/${wideDataset}`,
        '/datasets/nt-xac-thuc-du-lieu-bhxh-bhyt',
        '/datasets/dm-linh-vuc-ninhthuan',
        '/agencies/ninhthuan/sotttt',
        '/sign-in',
        missing,
      ],
    },
    {
      who: 'steward',
      paths: () => ['/desk', '/desk/requests', `/desk/jobs/${jobId}`, `/desk/datasets/${restricted}/schema`, `/datasets/${restricted}`],
    },
    { who: 'requester', paths: () => ['/desk/my-requests'] },
    { who: 'health', paths: () => [`/datasets/${listed}`] },
    { who: 'ppc', paths: () => ['/review'] },
    { who: 'dic', paths: () => ['/review', '/publish', '/usage'] },
    { who: 'citizen', paths: () => ['/my-data', '/my-data/accesses', `/my-data/consent-requests/${consentRequest}`] },
  ];

  async function open(viewport: { width: number; height: number }, who: keyof typeof sessions | null): Promise<Page> {
    const context = await browser.newContext({ viewport });
    if (who) await context.addCookies([{ name: 'hub_session', value: sessions[who], url: base }]);
    return context.newPage();
  }

  describe.each(screens)('on $name', ({ viewport }) => {
    test.each(pages.map(({ who, paths }) => [who ?? 'anyone', who, paths] as const))(
      'the pages %s reads have no serious or critical violation',
      async (_label, who, paths) => {
        const page = await open(viewport, who);
        const found: Record<string, string[]> = {};
        for (const path of paths()) {
          const status = (await page.goto(`${base}${path}`))?.status();
          const expected = path.startsWith(missing) ? 404 : 200;
          found[path] = [...(status === expected ? [] : [`HTTP ${status}`]), ...(await seriousAxeViolations(page))];
        }
        expect(found).toEqual(Object.fromEntries(paths().map((path) => [path, []])));
        await page.context().close();
      },
    );
  });

  test('keyboard: Tab reaches the home page’s search box (Enter searches) and a dataset’s CSV download', async () => {
    const page = await open(screens[0].viewport, null);
    await page.goto(base);
    expect(await tabsTo(page, 'input[name="q"]')).toBe(true);
    await page.keyboard.type('dịch vụ công');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?/);
    expect(await page.locator('.cards > li').count()).toBeGreaterThan(0);
    await page.goto(`${base}/datasets/${openDataset}`);
    expect(await tabsTo(page, `a[href="/datasets/${openDataset}/download"]`)).toBe(true);
    await page.context().close();
  });

  test('keyboard: on the desk, Tab reaches the upload of a new version and its button', async () => {
    const page = await open(screens[1].viewport, 'steward');
    await page.goto(`${base}/desk`);
    expect(await tabsTo(page, `#file-${restricted}`)).toBe(true);
    expect(await tabsTo(page, `form[action="/desk/datasets/${restricted}/distributions"] button`)).toBe(true);
    await page.context().close();
  });

  test('keyboard: a council member reaches the decision on the dataset in review, and a citizen the revoke of a consent', async () => {
    const reviewer = await open(screens[0].viewport, 'ppc');
    await reviewer.goto(`${base}/review`);
    expect(await tabsTo(reviewer, `[data-dataset="${inReview}"] button[value="APPROVE"]`)).toBe(true);
    await reviewer.context().close();
    const citizen = await open(screens[1].viewport, 'citizen');
    await citizen.goto(`${base}/my-data`);
    expect(await tabsTo(citizen, 'button.danger')).toBe(true);
    await citizen.context().close();
  });
});

/** Presses Tab until the element `selector` names has focus, at most 60 times. */
async function tabsTo(page: Page, selector: string): Promise<boolean> {
  for (let step = 0; step < 60; step++) {
    await page.keyboard.press('Tab');
    if ((await page.locator(`${selector}:focus`).count()) > 0) return true;
  }
  return false;
}

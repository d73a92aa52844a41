import type { Browser, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { launchBrowser, listen, province } from './fixtures';

export interface BrowserHub {
  t: TestHub;
  browser: Browser;
  base: string;
}

/** A seeded hub on a real port and a browser, for the tests of one describe block, closed after them. */
export function browserHub(): BrowserHub {
  const hub: Partial<BrowserHub> = {};
  beforeAll(async () => {
    [hub.t, hub.browser] = await Promise.all([startTestHub({ seed: true }), launchBrowser()]);
    hub.base = await listen(hub.t);
  });
  afterAll(async () => {
    await hub.browser?.close();
    await hub.t?.close();
  });
  return hub as BrowserHub;
}

/** A phone's screen, for the pages that must work on one. */
export const phoneScreen = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/**
 * A browser already signed in, by the session cookie the sign-in forms set (the forms themselves
 * are proven in desk-journeys and consent-journeys): the journeys here are about the pages behind it.
 */
export async function sessionPage(browser: Browser, base: string, token: string): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([{ name: 'hub_session', value: token, url: base }]);
  return context.newPage();
}

/** Signed in as a seeded official of the province. */
export async function officialPage(browser: Browser, base: string, t: TestHub, accountName: string): Promise<Page> {
  return sessionPage(browser, base, await t.signIn(province, accountName));
}

/** A form the page does not offer, posted with the browser's cookies and its CSRF token: what a crafted request would do. */
export async function postCrafted(page: Page, base: string, path: string, fields: Record<string, string> = {}) {
  await page.goto(`${base}/`);
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'hub_csrf')?.value ?? '';
  return page.request.post(`${base}${path}`, { form: { _csrf: csrf, ...fields }, maxRedirects: 0 });
}

import type { Browser, Page } from 'playwright-core';
import type { TestHub } from '../helpers/test-hub';
import { province } from './fixtures';

/**
 * A browser already signed in as a seeded official, by the session cookie the sign-in form sets
 * (the form itself is proven in desk-journeys): the journeys here are about the pages behind it.
 */
export async function officialPage(browser: Browser, base: string, t: TestHub, accountName: string, phone = false): Promise<Page> {
  const context = await browser.newContext(phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {});
  await context.addCookies([{ name: 'hub_session', value: await t.signIn(province, accountName), url: base }]);
  return context.newPage();
}

/** A form the page does not offer, posted with the browser's cookies and its CSRF token: what a crafted request would do. */
export async function postCrafted(page: Page, base: string, path: string, fields: Record<string, string> = {}) {
  await page.goto(`${base}/`);
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'hub_csrf')?.value ?? '';
  return page.request.post(`${base}${path}`, { form: { _csrf: csrf, ...fields }, maxRedirects: 0 });
}

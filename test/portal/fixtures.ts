import fs from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { TokenService } from '../../src/modules/accounts/service';
import type { OfficialRole } from '../../src/shared/viewer';
import { anonymous } from '../../src/shared/viewer';
import { chromiumLaunch } from '../helpers/chromium';
import type { TestHub } from '../helpers/test-hub';

export const province = 'ninhthuan';
/** The two screens issue 21 judges the portal on: a desktop and a phone. */
export const screens = [
  { name: '1280x900', viewport: { width: 1280, height: 900 } },
  { name: '390x844', viewport: { width: 390, height: 844 } },
];
const screenshots = path.join(__dirname, '..', '..', 'test-artifacts', 'portal');

/** Debian's chromium, else the one inside an npm package (test/helpers/chromium.ts), headless. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ ...(await chromiumLaunch()), headless: true });
}

/** The test hub on a real port, for a real browser. */
export async function listen(t: TestHub): Promise<string> {
  return t.hub.http.listen({ port: 0, host: '127.0.0.1' });
}

/** The whole page, or only the element a locator names. */
export async function screenshot(what: Page | Locator, name: string): Promise<void> {
  await fs.mkdir(screenshots, { recursive: true });
  const file = path.join(screenshots, `${name}.png`);
  await ('goto' in what ? what.screenshot({ path: file, fullPage: true }) : what.screenshot({ path: file }));
}

/**
 * An official with a password, made the way DIC makes one (003 §5.2a) and past the first
 * password change (003 §6.3c), so the portal's sign-in form is tested with real credentials.
 */
export async function officialWithPassword(
  t: TestHub,
  accountName: string,
  agencyCode: string,
  roles: OfficialRole[],
): Promise<{ accountName: string; password: string }> {
  const services = t.hub.services();
  const dic = (await new TokenService(t.config.tokenSecret).verify(await t.signIn(province, 'thunghiem')))?.viewer;
  if (!dic) throw new Error('DIC could not sign in');
  const initialPassword = 'Tam#thoi2026';
  const password = 'Cong#dulieu2026';
  await services.accounts.createOfficial(dic, {
    fullName: `Cán Bộ ${accountName}`,
    agencyCode,
    accountName,
    initialPassword,
    roles,
    requestedBy: 'Giám đốc Sở (head of the agency)',
    requestReference: '9/CV-PORTAL',
  });
  await t.hub
    .services()
    .accounts.changePassword(anonymous, { provinceCode: province, accountName }, initialPassword, password, '127.0.0.1');
  return { accountName, password };
}

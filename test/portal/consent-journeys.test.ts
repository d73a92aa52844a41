import type { Browser } from 'playwright-core';
import type { RegisteredClient } from '../clients/fixtures';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { citizenSignedIn, consentPartner, grantedConsent, partnerReads, people, verifiedCitizen, type Citizen } from './consent-fixtures';
import { launchBrowser, listen, screenshot } from './fixtures';
import { expectNoSeriousAxeViolations } from './page-checks';

describe('a citizen’s own data in a real browser (issue 9; 004 §2.5a, §7.2; REQUIREMENTS §6)', () => {
  let t: TestHub;
  let browser: Browser;
  let base = '';
  let citizen: Citizen;
  let partner: RegisteredClient;
  let consentId = '';

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestHub({ seed: true }), launchBrowser()]);
    base = await listen(t);
    [citizen, partner] = await Promise.all([verifiedCitizen(t, people.vanthu), consentPartner(t)]);
    consentId = await grantedConsent(t, citizen, partner);
    const read = await partnerReads(t, partner, consentId);
    if (read.errors) throw new Error(JSON.stringify(read.errors));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** "My data" asks a stranger to sign in, and the citizen's form (by phone number) brings them back. */
  const signedIn = (next: string) => citizenSignedIn(browser, base, next, citizen, people.vanthu.phone);

  test('REQUIREMENTS §6 the citizen sees who read their data, revokes in one action, and the partner’s next read is refused', async () => {
    const page = await signedIn('/my-data');
    const card = page.locator(`[data-consent="${consentId}"]`);
    expect(await card.getByRole('heading').textContent()).toContain('Phan Rang');
    expect(await card.textContent()).toContain('Đặt lịch hiến máu và xem nhóm máu');
    expect(await card.textContent()).toContain('ho_ten, nhom_mau');
    expect(await card.locator('.state').textContent()).toBe('Đang hiệu lực');

    const receipt = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: 'Tải biên nhận' }).click()]).then(
      ([download]) => download,
    );
    expect(receipt.suggestedFilename()).toMatch(/^DY-\d{4}-[0-9A-F]{8}\.txt$/);

    await page.getByRole('navigation').getByRole('link', { name: 'Ai đã đọc dữ liệu của tôi' }).click();
    await page.waitForURL(`${base}/my-data/accesses`);
    const read = page.locator(`table.accesses tr[data-consent="${consentId}"]`);
    expect(await read.count()).toBe(1);
    expect(await read.locator('td').nth(1).textContent()).toContain('Phan Rang');
    expect(await read.locator('td').nth(3).textContent()).toBe('ho_ten, nhom_mau');
    expect(await read.locator('td').nth(5).textContent()).toBe('Đã cho phép đọc');
    await screenshot(page, 'who-read-my-data');

    await page.getByRole('navigation').getByRole('link', { name: 'Dữ liệu của tôi', exact: true }).click();
    const revoke = page.locator(`[data-consent="${consentId}"]`).getByRole('button', { name: 'Rút lại sự đồng ý' });
    expect(await revoke.getAttribute('aria-describedby')).toBe(`revoke-hint-${consentId}`);
    await screenshot(page, 'my-data-before-revoke');
    await revoke.click();
    await page.waitForURL(/done=revoked/);
    expect(await page.getByRole('status').textContent()).toContain('Đã rút lại');
    expect(await page.locator(`[data-consent="${consentId}"] .state`).textContent()).toBe('Đã rút lại');
    expect(await page.locator(`[data-consent="${consentId}"]`).getByRole('button').count()).toBe(0);
    await screenshot(page, 'my-data-revoked');
    // Issue 21 item 7: the page in this state (a field error, a notice) passes axe-core too.
    await expectNoSeriousAxeViolations(page);

    expect((await partnerReads(t, partner, consentId)).errors?.[0].extensions?.code).toBe('CONSENT_REVOKED');

    // The refusal is in the log too, in words.
    await page.goto(`${base}/my-data/accesses`);
    expect(await page.locator('table.accesses tbody tr').first().locator('td').nth(5).textContent()).toBe(
      'Bị từ chối: bạn đã rút lại sự đồng ý',
    );
    await page.context().close();
  });
});

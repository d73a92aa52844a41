import type { Browser } from 'playwright-core';
import { PartnerConsentRequestDocument } from '../generated/graphql';
import { lastCodeSentTo } from '../citizens/fixtures';
import { accessToken, registerClient, registerOrganisation, type RegisteredClient } from '../clients/fixtures';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { askedConsent, citizenSignedIn, partnerReads, people, verifiedCitizen, type Citizen } from './consent-fixtures';
import { launchBrowser, listen, province, screenshot } from './fixtures';
import { expectNoSeriousAxeViolations } from './page-checks';

describe('a partner’s consent request answered in My data, in a real browser (issue 19 item 2)', () => {
  let t: TestHub;
  let browser: Browser;
  let base = '';
  let citizen: Citizen;
  let partner: RegisteredClient;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestHub({ seed: true }), launchBrowser()]);
    base = await listen(t);
    citizen = await verifiedCitizen(t, people.vanthu);
    const dic = await t.signIn(province, 'thunghiem');
    partner = await registerClient(t, dic, await registerOrganisation(t, dic), ['CONSENT_REQUEST', 'CONSENT_READ']);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  test('issue 19: the citizen opens the request’s deeplink, approves it with the SMS code, and the partner reads', async () => {
    const request = await askedConsent(t, partner, people.vanthu.idNumber);
    const deeplink = new URL(request.deeplink);

    // My data lists it; the deeplink asks a stranger to sign in and brings them back.
    const page = await citizenSignedIn(browser, base, deeplink.pathname, citizen, people.vanthu.phone);
    const terms = page.locator(`dl[data-consent-request="${request.id}"]`);
    expect(await terms.textContent()).toContain('Phan Rang');
    expect(await terms.textContent()).toContain('Khám, chữa bệnh và chăm sóc sức khỏe');
    expect(await terms.textContent()).toContain('ho_ten, nhom_mau');
    expect(await terms.locator('.state').textContent()).toBe('Chờ xử lý');

    await page.goto(`${base}/my-data`);
    await page.locator(`[data-consent-request="${request.id}"]`).getByRole('link', { name: 'Xem và trả lời' }).click();
    await page.waitForURL(`${base}${deeplink.pathname}`);

    await page.getByRole('button', { name: 'Gửi mã OTP tới điện thoại của tôi' }).click();
    await page.waitForURL(/done=codeSent/);
    expect(await page.getByRole('status').textContent()).toContain('Đã gửi mã OTP');
    const code = await lastCodeSentTo(t, '+84913000101');
    await page.getByLabel('Mã OTP (6 chữ số)').fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Mã không đúng');
    await screenshot(page, 'consent-request-wrong-code');
    // Issue 21 item 7: the page in this state (a field error, a notice) passes axe-core too.
    await expectNoSeriousAxeViolations(page);

    await page.getByLabel('Mã OTP (6 chữ số)').fill(code);
    await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    await page.waitForURL(/\/my-data\?done=requestApproved/);
    expect(await page.getByRole('status').textContent()).toContain('Bạn đã đồng ý');
    expect(await page.locator(`[data-consent-request="${request.id}"]`).count()).toBe(0);
    await screenshot(page, 'consent-request-approved');

    const polled = await t.gql(PartnerConsentRequestDocument, { id: request.id }, await accessToken(t, partner));
    const consentId = polled.data!.consentRequest.consentId!;
    expect(await page.locator(`[data-consent="${consentId}"] .state`).textContent()).toBe('Đang hiệu lực');
    expect((await partnerReads(t, partner, consentId)).errors).toBeUndefined();
    await page.context().close();
  });
});

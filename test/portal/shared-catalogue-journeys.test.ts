import type { Browser, Page } from 'playwright-core';
import { TokenService } from '../../src/modules/accounts/service';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { launchBrowser, listen, officialWithPassword, province, screenshot } from './fixtures';

/** The seed's restricted dataset of the Provincial Police, listed in the catalogue of shared data. */
const listed = 'nt-thanh-tra-dinh-danh-dien-tu';

describe('the catalogue of shared data in a real browser (002 §30, §27.2)', () => {
  let t: TestHub;
  let browser: Browser;
  let base = '';
  let requester = { accountName: '', password: '' };

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestHub({ seed: true }), launchBrowser()]);
    base = await listen(t);
    requester = await officialWithPassword(t, 'canboyte', 'soyt', ['DATA_STEWARD']);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(official: { accountName: string; password: string }): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/desk`);
    await page.waitForURL(/\/sign-in/);
    const form = page.locator('form[action="/sign-in"]');
    await form.getByLabel('Tỉnh').selectOption(province);
    await form.getByLabel('Tên tài khoản').fill(official.accountName);
    await form.getByLabel('Mật khẩu').fill(official.password);
    await form.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${base}/desk`);
    return page;
  }

  test('002 §30: an official of another agency finds a restricted dataset by search and files the e-form prefilled from it', async () => {
    const page = await signedIn(requester);
    await page.goto(`${base}/search?q=${encodeURIComponent('thanh tra định danh')}`);
    const card = page.locator('.cards > li', { hasText: 'Đoàn thanh tra Bộ Công an' });
    expect(await card.locator('.badge').textContent()).toContain('Dữ liệu dùng chung');
    await card.getByRole('link').click();
    await page.waitForURL(`${base}/datasets/${listed}`);
    expect(await page.locator('#columns').textContent()).toContain('Số đơn vị');
    expect(await page.getByRole('link', { name: 'Tải CSV' }).count()).toBe(0);

    const form = page.locator('#request-access-form');
    await form.getByLabel('Mục đích').fill('Đối chiếu số liệu thanh tra phục vụ báo cáo Đề án 06 của ngành y tế');
    await form.getByLabel('Căn cứ pháp lý').fill('Quyết định 06/QĐ-TTg ngày 06/01/2022');
    await form.getByLabel('Nhóm đơn vị (group)', { exact: true }).check();
    await form.getByLabel('Số đơn vị (units)').check();
    await form.getByLabel('Khai thác từ ngày').fill('2026-01-01');
    await form.getByLabel('Đến ngày').fill('2026-12-31');
    await form.getByLabel('Tần suất khai thác').fill('hằng quý');
    await form.getByLabel('Người, bộ phận liên hệ').fill('Phòng Kế hoạch – Tài chính, Sở Y tế');
    await form.getByLabel('Thư điện tử liên hệ').fill('khtc.soyt@ninhthuan.gov.vn');
    // The undertaking not to pass the data on is required (002 §28.1): first without it.
    await form.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await page.waitForURL(`${base}/datasets/${listed}/request-access`);
    expect(await page.locator('#ea-noOnwardSharing-error').count()).toBe(1);
    await screenshot(page, 'shared-catalogue-request-refused');
    const again = page.locator('#request-access-form');
    expect(await again.getByLabel('Số đơn vị (units)').isChecked()).toBe(true);
    await again.getByLabel(/không chia sẻ dữ liệu cho bên thứ ba/).check();
    await again.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await page.waitForURL(/done=requested/);
    expect(await page.getByRole('status').textContent()).toContain('Đã gửi đề nghị');
    expect(await page.locator('#my-requests').textContent()).toContain('group, units');
    await screenshot(page, 'shared-catalogue-requested');

    const viewer = (await new TokenService(t.config.tokenSecret).verify(await t.signIn(province, requester.accountName)))?.viewer;
    const [request] = await t.hub.services().access.myAccessRequests(viewer!);
    expect(request).toMatchObject({ state: 'PENDING', requestedColumns: ['group', 'units'], periodFrom: '2026-01-01' });
    await page.context().close();
  });

  test('002 §20.1, §30: an anonymous visitor finds no listed dataset, and its page is not found', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}/search?q=${encodeURIComponent('thanh tra định danh')}`);
    expect(await page.locator('.cards > li').count()).toBe(0);
    const response = await page.goto(`${base}/datasets/${listed}`);
    expect(response?.status()).toBe(404);
    await page.context().close();
  });
});

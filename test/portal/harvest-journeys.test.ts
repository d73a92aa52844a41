import type { Page } from 'playwright-core';
import { screenshot } from './fixtures';
import { browserHub, officialPage, phoneScreen } from './session-fixtures';

describe('DIC’s harvest sources in a real browser (issue 21 item 6; federation)', () => {
  const hub = browserHub();

  /** The worker runs harvests in the background: the page shows the latest state each time it is loaded. */
  async function finishedState(page: Page, card: string): Promise<string> {
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; await page.waitForTimeout(300)) {
      await page.reload();
      const state = (await page.locator(`${card} .run-state`).textContent()) ?? '';
      if (state === 'Thành công' || state === 'Thất bại') return state;
    }
    throw new Error('the harvest did not finish');
  }

  test('federation: DIC adds a source, harvests it now and reads the run’s outcome, then takes it off the schedule', async () => {
    const { t, browser, base } = hub;
    const page = await officialPage(browser, base, t, 'thunghiem');
    await page.goto(`${base}/desk`);
    await page.getByRole('link', { name: 'Nguồn thu thập dữ liệu' }).click();
    await page.waitForURL(`${base}/desk/harvests`);
    const form = page.locator('form[action="/desk/harvests"]');
    await form.getByLabel('Tên nguồn').fill('Danh mục DCAT-AP của chính cổng');
    await form.getByLabel('Loại nguồn').selectOption('DCAT');
    await form.getByLabel('Địa chỉ').fill(`${base}/catalog.ttl`);
    await form.getByLabel('Thu thập tự động mỗi bao nhiêu giờ').fill('24');
    await form.getByRole('button', { name: 'Thêm nguồn' }).click();
    await page.waitForURL(/done=sourceRegistered/);
    const source = page.locator('li[data-source]', { hasText: 'Danh mục DCAT-AP của chính cổng' });
    expect(await source.locator('.meta').textContent()).toContain('mỗi 24 giờ');
    expect(await source.locator('.run').textContent()).toContain('Chưa thu thập lần nào');
    const card = `li[data-source="${await source.getAttribute('data-source')}"]`;

    await source.getByRole('button', { name: 'Thu thập ngay' }).click();
    await page.waitForURL(/done=harvestRequested/);
    expect(await finishedState(page, card)).toBe('Thành công');
    expect(await page.locator(`${card} .run-counts`).textContent()).toMatch(/^Đã đọc \d+ · mới \d+/);

    await page.locator(card).getByLabel('Thu thập tự động mỗi bao nhiêu giờ').fill('');
    await page.locator(card).getByRole('button', { name: 'Lưu lịch' }).click();
    await page.waitForURL(/done=scheduleSaved/);
    expect(await page.locator(`${card} .meta`).textContent()).toContain('chỉ khi yêu cầu');
    await page.context().close();
  });

  test('federation: a source must be an http(s) address, and only DIC manages sources', async () => {
    const { t, browser, base } = hub;
    const page = await officialPage(browser, base, t, 'thunghiem');
    await page.setViewportSize(phoneScreen.viewport);
    await page.goto(`${base}/desk/harvests`);
    const form = page.locator('form[action="/desk/harvests"]');
    await form.getByLabel('Tên nguồn').fill('Máy chủ tệp cũ');
    await form.getByLabel('Địa chỉ').fill('ftp://du-lieu.example.vn/catalog');
    await form.getByRole('button', { name: 'Thêm nguồn' }).click();
    const url = page.locator('form[action="/desk/harvests"]').getByLabel('Địa chỉ');
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await url.inputValue()).toBe('ftp://du-lieu.example.vn/catalog');
    expect(await page.locator('#source-url-error').textContent()).toContain('http(s)');
    expect(await page.locator('html').evaluate((root) => root.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'harvest-sources-phone');

    const steward = await officialPage(browser, base, t, 'vankiemthu');
    const refused = await steward.goto(`${base}/desk/harvests`);
    expect(refused?.status()).toBe(403);
    expect(await steward.textContent('main')).toContain('Chỉ Sở Thông tin và Truyền thông quản lý nguồn thu thập');
    await Promise.all([page.context().close(), steward.context().close()]);
  });
});

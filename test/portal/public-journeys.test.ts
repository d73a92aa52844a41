import fs from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { launchBrowser, listen, screenshot, screens } from './fixtures';
import { expectNoSeriousAxeViolations } from './page-checks';

const slug = 'nt-dich-vu-cong-truc-tuyen';

describe('the public portal in a real browser (issue 9)', () => {
  let t: TestHub;
  let browser: Browser;
  let base = '';

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestHub({ seed: true }), launchBrowser()]);
    base = await listen(t);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  test('002 §20.1 anyone finds an open dataset by search and downloads its CSV, byte for byte', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    // A CSP violation or a script error shows up here.
    const consoleErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await page.goto(base);
    await page.getByLabel('Tìm bộ dữ liệu').fill('dịch vụ công trực tuyến');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/\/search\?/);
    await page.getByRole('link', { name: /Dịch vụ công trực tuyến theo thẩm quyền/ }).click();
    await page.waitForURL(`${base}/datasets/${slug}`);
    await expectText(page.locator('h1'), 'Dịch vụ công trực tuyến theo thẩm quyền');
    expect(await page.locator('table').first().isVisible()).toBe(true);
    await screenshot(page, 'dataset-page');
    // Issue 21 item 7: the page in this state (a field error, a notice) passes axe-core too.
    await expectNoSeriousAxeViolations(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải CSV' }).click()]);
    const downloaded = await fs.readFile((await download.path())!);
    const served = await t.hub.http.inject({ method: 'GET', url: `/datasets/${slug}/download` });
    expect(download.suggestedFilename()).toBe(`${slug}.csv`);
    expect(downloaded.length).toBeGreaterThan(0);
    expect(downloaded.equals(served.rawPayload)).toBe(true);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('the English switch shows English labels on a phone-sized screen, and the choice is kept', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(base);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByRole('link', { name: 'Chuyển sang tiếng Anh' }).click();
    await page.waitForURL(/lang=en/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectText(page.locator('h1'), 'Open data of the province');
    expect(await page.getByLabel('Search datasets').isVisible()).toBe(true);
    expect(await page.getByLabel('Owner agency').isVisible()).toBe(true);
    await screenshot(page, 'home-english-phone');
    // One column on a phone: the search box sits above the lists, not beside them.
    const box = await page.locator('aside').boundingBox();
    const lists = await page.locator('#most-used').boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(lists!.y);
    await page.goto(`${base}/datasets/${slug}`);
    expect(await page.getByRole('link', { name: 'Download CSV' }).isVisible()).toBe(true);
    await context.close();
  });

  test('issue 21: on a phone a wide preview scrolls sideways instead of wrapping a word per line, and the menu stays on one line', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${base}/datasets/nt-lam-sach-du-lieu-dan-cu`);
    const preview = page.locator('.scroll table:has(caption)');
    const widths = await preview
      .locator('tbody tr:first-child td')
      .evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().width));
    expect(widths.length).toBe(7);
    // Each column keeps a readable width; the table is wider than the screen and its box scrolls.
    expect(Math.min(...widths)).toBeGreaterThan(60);
    const scroller = await page
      .locator('.scroll')
      .first()
      .evaluate((box) => ({ scroll: box.scrollWidth, client: box.clientWidth }));
    expect(scroller.scroll).toBeGreaterThan(scroller.client);
    const body = await page.locator('html').evaluate((root) => root.scrollWidth);
    expect(body).toBeLessThanOrEqual(390);
    const menu = await page.locator('nav ul').first().boundingBox();
    const item = await page.locator('nav li').first().boundingBox();
    expect(menu!.height).toBeLessThan(2 * item!.height);
    // The visitor's whole menu (home, sign-in, language) is one line under the site's name.
    const navigation = await page.locator('nav').first().boundingBox();
    expect(navigation!.height).toBeLessThan(2 * item!.height);
    await screenshot(page, 'dataset-page-phone');
    await context.close();
  });

  test.each(screens)(
    'issue 21: on $name the home page browses by sector: the link’s count is what the search finds, the sector chosen',
    async ({ name, viewport }) => {
      const page = await (await browser.newContext({ viewport })).newPage();
      await page.goto(base);
      const link = page.locator('#by-sector + ul li', { hasText: 'Dân cư' });
      const count = /\((\d+)\)/.exec((await link.textContent()) ?? '')?.[1];
      expect(Number(count)).toBeGreaterThan(0);
      expect(await page.locator('#by-agency + ul li').count()).toBeGreaterThan(0);
      await screenshot(page, `home-browse-${name}`);
      await link.getByRole('link', { name: 'Dân cư' }).click();
      await page.waitForURL(/\/search\?sector=dan-cu/);
      expect(await page.getByRole('status').textContent()).toBe(`${count} bộ dữ liệu`);
      expect(await page.getByLabel('Lĩnh vực').locator('option:checked').textContent()).toContain(`Dân cư (${count})`);
      expect(await page.locator('.cards > li').count()).toBe(Number(count));
      expect(await page.locator('html').evaluate((root) => root.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await page.context().close();
    },
  );

  test.each(screens)(
    'issue 21: on $name the chart’s bars are labelled in words, in body-size text, within the screen',
    async ({ name, viewport }) => {
      const page = await (await browser.newContext({ viewport })).newPage();
      await page.goto(`${base}/datasets/nt-xac-thuc-du-lieu-bhxh-bhyt`);
      const chart = page.locator('figure.chart');
      expect(await chart.locator('figcaption').textContent()).toBe('Biểu đồ: Số trường hợp theo Chỉ tiêu');
      const label = chart.locator('.bar-label').first();
      expect(await label.textContent()).toBe('Người tham gia BHXH, BHYT đã được xác thực với Cơ sở dữ liệu quốc gia về dân cư');
      expect(await chart.locator('.bar-value').first().textContent()).toBe('544.352');
      // Readable: body-size text (the SVG chart drew 11 px labels, truncated), and nothing wider than the screen.
      const fontSize = await label.evaluate(
        // Runs in the page; the tests compile without the DOM library.
        (element) =>
          (globalThis as unknown as { getComputedStyle(element: unknown): { fontSize: string } }).getComputedStyle(element).fontSize,
      );
      expect(parseFloat(fontSize)).toBeGreaterThanOrEqual(16);
      const box = await chart.boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      const bars = await chart.locator('svg.bar rect').evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().width));
      // The largest value fills the bar's track; the others are in proportion.
      expect(Math.max(...bars)).toBeGreaterThan(Math.min(viewport.width, 768) * 0.5);
      await screenshot(chart, `dataset-chart-${name}`);
      await page.context().close();
    },
  );

  test('keyboard: the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.keyboard.press('Tab');
    expect(await page.locator(':focus').getAttribute('href')).toBe('#main');
    await page.keyboard.press('Enter');
    expect(await page.locator(':focus').getAttribute('id')).toBe('main');
    await page.close();
  });
});

async function expectText(locator: import('playwright-core').Locator, text: string): Promise<void> {
  expect(await locator.textContent()).toContain(text);
}

import type { Browser, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { launchBrowser, listen, screenshot, screens } from './fixtures';

describe('browsing by sector and reading the chart in a real browser (issue 21)', () => {
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

  async function open(viewport: { width: number; height: number }, path: string): Promise<Page> {
    const page = await (await browser.newContext({ viewport })).newPage();
    await page.goto(`${base}${path}`);
    return page;
  }

  test.each(screens)(
    'issue 21: on $name the home page browses by sector: the link’s count is what the search finds, the sector chosen',
    async ({ name, viewport }) => {
      const page = await open(viewport, '/');
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
      const page = await open(viewport, '/datasets/nt-xac-thuc-du-lieu-bhxh-bhyt');
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
});

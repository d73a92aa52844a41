import { screenshot } from './fixtures';
import { browserHub, officialPage, phoneScreen, postCrafted } from './session-fixtures';

describe('broadcasts to every app user in a real browser (issue 21 item 6; 000 §14)', () => {
  const hub = browserHub();

  /** The police's steward asks from the desk; the request waits for DIC. */
  async function requested(title: string): Promise<string> {
    const { t, browser, base } = hub;
    const page = await officialPage(browser, base, t, 'thividu');
    await page.goto(`${base}/desk`);
    await page.getByRole('link', { name: 'Thông báo đến người dân' }).click();
    await page.waitForURL(`${base}/desk/broadcasts`);
    const form = page.locator('form[action="/desk/broadcasts"]');
    await form.getByLabel('Tiêu đề thông báo').fill(title);
    await form.getByLabel('Nội dung thông báo').fill('Từ 20/12, người dân làm thủ tục cấp căn cước tại điểm mới ở phường Phủ Hà.');
    await form.getByLabel('Lý do cần gửi').fill('Thay đổi địa điểm ảnh hưởng mọi người dân trong tỉnh');
    await form.getByLabel('Đường dẫn xem thêm').fill('https://ninhthuan.gov.vn/thong-bao');
    await form.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await page.waitForURL(/done=broadcastRequested/);
    expect(await page.getByRole('status').textContent()).toContain('Đã gửi đề nghị');
    const card = page.locator('li[data-broadcast]', { hasText: title });
    expect(await card.locator('.state').textContent()).toBe('Chờ duyệt');
    // An agency asks; only DIC decides.
    expect(await card.getByRole('button', { name: 'Duyệt và gửi ngay' }).count()).toBe(0);
    const id = await card.getAttribute('data-broadcast');
    await page.context().close();
    return id!;
  }

  test('000 §14.1–14.2: an agency asks, DIC of the province approves, and the announcement is on the public feed', async () => {
    const { t, browser, base } = hub;
    const title = 'Đổi địa điểm cấp căn cước';
    const id = await requested(title);

    const dic = await officialPage(browser, base, t, 'thunghiem');
    await dic.goto(`${base}/desk`);
    await dic.getByRole('link', { name: 'Thông báo đến người dân' }).click();
    const pending = dic.locator(`li[data-broadcast="${id}"]`);
    expect(await pending.textContent()).toContain('Thay đổi địa điểm ảnh hưởng mọi người dân');
    await screenshot(dic, 'broadcasts-dic');
    await pending.getByRole('button', { name: 'Duyệt và gửi ngay' }).click();
    await dic.waitForURL(/done=broadcastApproved/);
    expect(await dic.locator(`li[data-broadcast="${id}"] .state`).textContent()).toBe('Đã gửi đến người dùng');

    // Anyone reads the feed, on a phone too; the request's grounds stay with DIC.
    const phone = await (await browser.newContext(phoneScreen)).newPage();
    await phone.goto(`${base}/`);
    await phone.getByRole('link', { name: 'Thông báo của tỉnh' }).click();
    await phone.waitForURL(`${base}/broadcasts`);
    const item = phone.locator(`li[data-broadcast="${id}"]`);
    expect(await item.getByRole('heading').textContent()).toBe(title);
    expect(await item.textContent()).toContain('Công an tỉnh');
    expect(await item.textContent()).not.toContain('Thay đổi địa điểm ảnh hưởng');
    expect(await phone.locator('html').evaluate((root) => root.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'broadcasts-feed-phone');
    await Promise.all([dic.context().close(), phone.context().close()]);
  });

  test('000 §14.2: a steward cannot approve a broadcast, and DIC refuses only with a reason the agency then reads', async () => {
    const { t, browser, base } = hub;
    const id = await requested('Thông báo chưa đủ căn cứ');

    const steward = await officialPage(browser, base, t, 'vankiemthu');
    const refused = await postCrafted(steward, base, `/desk/broadcasts/${id}/approve`);
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain('Không có quyền');

    const dic = await officialPage(browser, base, t, 'thunghiem');
    await dic.goto(`${base}/desk/broadcasts`);
    const pending = dic.locator(`li[data-broadcast="${id}"]`);
    // The browser asks for the reason first; the service refuses a blank one all the same.
    const blank = await postCrafted(dic, base, `/desk/broadcasts/${id}/reject`, { reason: '  ' });
    expect(blank.status()).toBe(400);
    expect(await blank.text()).toMatch(/aria-invalid="true" aria-describedby="refusal-[^"]+-error"/);
    await dic.goto(`${base}/desk/broadcasts`);
    await pending.getByLabel('Lý do từ chối').fill('Không thuộc trường hợp gửi đến mọi người dùng');
    await pending.getByRole('button', { name: 'Từ chối' }).click();
    await dic.waitForURL(/done=broadcastRefused/);

    const police = await officialPage(browser, base, t, 'thividu');
    await police.goto(`${base}/desk/broadcasts`);
    const card = police.locator(`li[data-broadcast="${id}"]`);
    expect(await card.locator('.state').textContent()).toBe('Bị từ chối');
    expect(await card.locator('.refusal').textContent()).toBe('Không thuộc trường hợp gửi đến mọi người dùng');
    await Promise.all([steward.context().close(), dic.context().close(), police.context().close()]);
  });
});

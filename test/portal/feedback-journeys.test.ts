import { people, verifiedCitizen, type Citizen } from './consent-fixtures';
import { screenshot } from './fixtures';
import { browserHub, officialPage, phoneScreen, postCrafted, sessionPage } from './session-fixtures';

/** Open data of the police (catinh), whose steward is thividu. */
const dataset = 'nt-cap-the-can-cuoc-cong-dan';

describe('citizens’ feedback in a real browser (issue 21 item 6; 000 §7.3)', () => {
  const hub = browserHub();
  let citizen: Citizen;

  beforeAll(async () => {
    citizen = await verifiedCitizen(hub.t, people.vanthu);
  });

  /** The citizen files feedback from the dataset's page; it is received by its owner, and followed under "My feedback". */
  async function filed(subject: string): Promise<string> {
    const { browser, base } = hub;
    const page = await sessionPage(browser, base, citizen.token);
    await page.goto(`${base}/datasets/${dataset}`);
    await page.getByRole('link', { name: 'Gửi phản ánh về bộ dữ liệu này' }).click();
    await page.waitForURL(`${base}/my-feedback?dataset=${dataset}`);
    const form = page.locator('form[action="/my-feedback"]');
    expect(await form.getByLabel('Mã bộ dữ liệu').inputValue()).toBe(dataset);
    await form.getByLabel('Tiêu đề').fill(subject);
    await form.getByLabel('Nội dung phản ánh').fill('Số liệu tháng 11 của phường Đô Vinh có vẻ thiếu so với thực tế.');
    await form.getByRole('button', { name: 'Gửi phản ánh' }).click();
    await page.waitForURL(/done=feedbackFiled/);
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Phản ánh của tôi' }).getAttribute('href')).toBe('/my-feedback');
    const card = page.locator('li[data-feedback]', { hasText: subject });
    expect(await card.locator('.state').textContent()).toBe('Đã tiếp nhận');
    expect(await card.textContent()).toContain('Công an tỉnh');
    expect(await card.getByRole('link').textContent()).toBe('Nhân khẩu thường trú được cấp thẻ Căn cước công dân');
    const id = await card.getAttribute('data-feedback');
    await page.context().close();
    return id!;
  }

  test('000 §7.3: a citizen files feedback on a dataset, its owner answers, the citizen rates it and the satisfaction is public', async () => {
    const { t, browser, base } = hub;
    const id = await filed('Thiếu số liệu phường Đô Vinh');

    const police = await officialPage(browser, base, t, 'thividu');
    await police.goto(`${base}/desk`);
    await police.getByRole('link', { name: 'Phản ánh của người dân' }).click();
    const routed = police.locator(`li[data-feedback="${id}"]`);
    await routed.getByLabel('Chuyển sang').selectOption('RESOLVED');
    await routed.getByLabel('Trả lời công khai').fill('Đã bổ sung 312 nhân khẩu của phường Đô Vinh vào phiên bản mới.');
    await routed.getByRole('button', { name: 'Cập nhật' }).click();
    await police.waitForURL(/done=feedbackUpdated/);
    expect(await police.locator(`li[data-feedback="${id}"] .state`).textContent()).toBe('Đã giải quyết');

    const mine = await sessionPage(browser, base, citizen.token);
    await mine.goto(`${base}/my-feedback`);
    const card = mine.locator(`li[data-feedback="${id}"]`);
    expect(await card.locator('.response').textContent()).toContain('Đã bổ sung 312 nhân khẩu');
    await card.getByLabel('Mức hài lòng').selectOption('4');
    await screenshot(mine, 'my-feedback');
    await card.getByRole('button', { name: 'Gửi đánh giá' }).click();
    await mine.waitForURL(/done=feedbackRated/);
    expect(await mine.locator(`li[data-feedback="${id}"] .rating`).textContent()).toBe('4/5');
    // Rated once: the form is gone.
    expect(await mine.locator(`li[data-feedback="${id}"] form`).count()).toBe(0);

    const phone = await (await browser.newContext(phoneScreen)).newPage();
    await phone.goto(`${base}/`);
    await phone.getByRole('link', { name: 'Phản ánh và mức hài lòng' }).click();
    await phone.waitForURL(`${base}/feedback`);
    const row = phone.locator('table.satisfaction tbody tr', { hasText: 'Công an tỉnh' });
    expect(await row.locator('td').allTextContents()).toEqual(['1', '1', '4', '100 %']);
    expect(await phone.locator(`li[data-feedback="${id}"] .response`).textContent()).toContain('Đã bổ sung');
    expect(await phone.locator('html').evaluate((root) => root.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(phone, 'feedback-satisfaction-phone');
    await Promise.all([police.context().close(), mine.context().close(), phone.context().close()]);
  });

  test('000 §7.3: only the agency it was routed to handles feedback, and resolving it needs an answer', async () => {
    const { t, browser, base } = hub;
    const id = await filed('Sai tỷ lệ cấp thẻ');

    const health = await officialPage(browser, base, t, 'vanthidiem');
    const refused = await postCrafted(health, base, `/desk/feedback/${id}/status`, { status: 'IN_PROGRESS' });
    expect(refused.status()).toBe(403);
    expect(await refused.text()).toContain('Chỉ cơ quan được chuyển phản ánh xử lý nó');

    const police = await officialPage(browser, base, t, 'thividu');
    await police.goto(`${base}/desk/feedback`);
    await police.locator(`li[data-feedback="${id}"]`).getByLabel('Chuyển sang').selectOption('RESOLVED');
    await police.locator(`li[data-feedback="${id}"]`).getByRole('button', { name: 'Cập nhật' }).click();
    const answer = police.locator(`li[data-feedback="${id}"]`).getByLabel('Trả lời công khai');
    expect(await answer.getAttribute('aria-invalid')).toBe('true');
    expect(await police.locator(`li[data-feedback="${id}"] .state`).textContent()).toBe('Đã tiếp nhận');
    await Promise.all([health.context().close(), police.context().close()]);
  });
});

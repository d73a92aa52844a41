import { basic, phanRangData, requestToken } from '../clients/fixtures';
import { screenshot } from './fixtures';
import { browserHub, officialPage } from './session-fixtures';

describe('DIC’s partner clients in a real browser (issue 21 item 6; 002 §27.1b)', () => {
  const hub = browserHub();

  const tokenFor = (clientId: string, clientSecret: string) =>
    requestToken(hub.t, { grant_type: 'client_credentials' }, basic(clientId, clientSecret));

  test('002 §27.1b: DIC registers a partner, gives it a client whose secret is shown once and works, then revokes it', async () => {
    const { t, browser, base } = hub;
    const page = await officialPage(browser, base, t, 'thunghiem');
    await page.goto(`${base}/desk`);
    await page.getByRole('link', { name: 'Đối tác và ứng dụng kết nối' }).click();
    await page.waitForURL(`${base}/desk/clients`);
    expect(await page.textContent('main')).toContain('Chưa có tổ chức đối tác nào.');

    const organisation = page.locator('form[action="/desk/clients/organisations"]');
    await organisation.getByLabel('Tên tổ chức').fill(phanRangData.name);
    await organisation.getByLabel('Mã số thuế').fill(phanRangData.taxCode);
    await organisation.getByLabel('Người, bộ phận liên hệ').fill('Phòng Kỹ thuật');
    await organisation.getByLabel('Thư điện tử liên hệ').fill('kythuat@dulieuphanrang.vn');
    await organisation.getByRole('button', { name: 'Đăng ký tổ chức' }).click();
    await page.waitForURL(/done=organisationRegistered/);

    const client = page.locator('form[action="/desk/clients"]');
    await client.getByLabel('Tên ứng dụng').fill('Ứng dụng tra cứu dịch vụ công');
    await client.getByLabel('Đọc siêu dữ liệu bộ dữ liệu được cấp quyền').check();
    await client.getByRole('button', { name: 'Cấp ứng dụng và khóa bí mật' }).click();
    await page.waitForURL(`${base}/desk/clients`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Khóa bí mật của ứng dụng');
    const clientId = (await page.locator('code.client-id').textContent())!;
    const secret = (await page.locator('code.client-secret').textContent())!;
    await screenshot(page, 'client-secret-once');
    expect((await tokenFor(clientId, secret)).body.access_token).toBeDefined();

    await page.getByRole('link', { name: 'Quay lại danh sách đối tác' }).click();
    const listed = page.locator(`li[data-client="${clientId}"]`);
    // Listed without its secret, which exists nowhere in clear any more.
    expect(await page.textContent('main')).not.toContain(secret);
    expect(await listed.locator('.state').textContent()).toBe('Đang hoạt động');
    await listed.getByLabel('Lý do thu hồi').fill('Hợp đồng kết nối đã chấm dứt');
    await listed.getByRole('button', { name: 'Thu hồi vĩnh viễn' }).click();
    await page.waitForURL(/done=clientRevoked/);
    expect(await page.locator(`li[data-client="${clientId}"] .state`).textContent()).toBe('Đã thu hồi');
    expect((await tokenFor(clientId, secret)).status).toBe(401);
    await page.context().close();
  });

  test('002 §27.1b: only DIC manages partner clients — a steward has no link and is refused the page', async () => {
    const { t, browser, base } = hub;
    const page = await officialPage(browser, base, t, 'vankiemthu');
    await page.goto(`${base}/desk`);
    expect(await page.getByRole('link', { name: 'Đối tác và ứng dụng kết nối' }).count()).toBe(0);
    const refused = await page.goto(`${base}/desk/clients`);
    expect(refused?.status()).toBe(403);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Không có quyền');
    await page.context().close();
  });
});

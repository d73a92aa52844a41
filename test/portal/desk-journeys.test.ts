import type { Browser, Page } from 'playwright-core';
import { TokenService } from '../../src/modules/accounts/service';
import { datasetWithVersion, eForm } from '../access/fixtures';
import { CommentOnAccessRequestDocument } from '../generated/graphql';
import { datasetWithSchema } from '../datastore/ingestion-fixtures';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { launchBrowser, listen, officialWithPassword, province, screenshot } from './fixtures';
import { expectNoSeriousAxeViolations } from './page-checks';

const csv = 'xa,so_ho_so,can_bo_xu_ly\nPhan Rang,12,Nguyễn Văn An\nNinh Hải,7,Trần Thị Bình\n';
const toApprove = 'nt-portal-duyet';
const toReject = 'nt-portal-tu-choi';
const toUpload = 'nt-portal-tai-len';
const toCounterOffer = 'nt-portal-de-xuat';

describe('the owner’s desk in a real browser (issue 9, 002 §27.2)', () => {
  let t: TestHub;
  let browser: Browser;
  let base = '';
  let steward = { accountName: '', password: '' };
  let requester = { accountName: '', password: '' };
  const requestIds: Record<string, string> = {};

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestHub({ seed: true }), launchBrowser()]);
    base = await listen(t);
    steward = await officialWithPassword(t, 'congchuquan', 'sotttt', ['DATA_STEWARD']);
    requester = await officialWithPassword(t, 'congdenghi', 'catinh', ['DATA_STEWARD']);
    const owner = await t.signIn(province, 'vankiemthu');
    await datasetWithVersion(t, owner, toApprove, csv);
    await datasetWithVersion(t, owner, toReject, `${csv}Thuận Nam,5,Lê Văn Cường\n`);
    await datasetWithVersion(t, owner, toCounterOffer, `${csv}Bác Ái,4,Phạm Thị Dung\n`);
    await datasetWithSchema(t, toUpload, 'Hồ sơ tải lên qua cổng', {
      fields: [
        { name: 'xa', type: 'string' },
        { name: 'so_ho_so', type: 'integer' },
      ],
    });
    const police = (await new TokenService(t.config.tokenSecret).verify(await t.signIn(province, requester.accountName)))?.viewer;
    for (const slug of [toApprove, toReject, toCounterOffer]) {
      requestIds[slug] = (await t.hub.services().access.submitAccessRequest(police!, eForm(slug))).id;
    }
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** The sign-in form with a real password, as an official would use it. */
  async function signedIn(official: { accountName: string; password: string }, next: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${base}${next}`);
    await page.waitForURL(/\/sign-in/);
    const form = page.locator('form[action="/sign-in"]');
    await form.getByLabel('Tỉnh').selectOption(province);
    await form.getByLabel('Tên tài khoản').fill(official.accountName);
    await form.getByLabel('Mật khẩu').fill(official.password);
    await form.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${base}${next}`);
    return page;
  }

  test('002 §27.2 a steward approves a pending request with the agreed period and fewer columns: the grant exists', async () => {
    const page = await signedIn(steward, '/desk/requests');
    const id = requestIds[toApprove];
    // The approval form, beside the counter-offer form with the same fields.
    const request = page.locator(`[data-request="${id}"] form[action$="/approve"]`);
    // Within the requested 2026–2027 and after the day of filing (002 §27.2).
    await request.getByLabel('Từ ngày').fill('2027-02-01');
    await request.getByLabel('Đến ngày').fill('2027-12-31');
    await request.getByLabel('can_bo_xu_ly').uncheck();
    await screenshot(page, 'inbox-approve');
    await request.getByRole('button', { name: 'Đồng ý' }).click();
    await page.waitForURL(/done=approved/);
    expect(await page.getByRole('status').textContent()).toContain('Đã đồng ý');
    expect(await page.locator(`[data-request="${id}"]`).count()).toBe(0);

    const grant = (await t.hub.services().access.grantsOf([id])).get(id);
    expect(grant).toBeDefined();
    expect(grant!.allowedColumns).toEqual(['xa', 'so_ho_so']);
    expect(grant!.validFrom.toISOString()).toBe('2027-01-31T17:00:00.000Z');
    expect(grant!.validTo.toISOString()).toBe('2027-12-31T16:59:59.000Z');
    await page.context().close();
  });

  test('002 §27.2 a refusal needs its reason: empty is shown next to the field, then the requester reads the reason', async () => {
    const page = await signedIn(steward, '/desk/requests');
    const id = requestIds[toReject];
    await page.locator(`[data-request="${id}"]`).getByRole('button', { name: 'Từ chối' }).click();
    const error = page.locator(`#reason-${id}-error`);
    expect(await error.textContent()).toContain('lý do');
    const reasonField = page.locator(`[data-request="${id}"]`).getByLabel('Lý do từ chối (bắt buộc)');
    expect(await reasonField.getAttribute('aria-describedby')).toBe(`reason-${id}-error`);
    await screenshot(page, 'inbox-reject-empty-reason');
    // Issue 21 item 7: the page in this state (a field error, a notice) passes axe-core too.
    await expectNoSeriousAxeViolations(page);

    const reason = 'Mục đích chưa nêu rõ căn cứ thu thập (purpose lacks a collection basis)';
    await reasonField.fill(reason);
    await page.locator(`[data-request="${id}"]`).getByRole('button', { name: 'Từ chối' }).click();
    await page.waitForURL(/done=rejected/);
    await page.context().close();

    const requesterPage = await signedIn(requester, '/desk/my-requests');
    const row = requesterPage.locator(`[data-request="${id}"]`);
    expect(await row.locator('.reason').textContent()).toBe(reason);
    expect(await row.textContent()).toContain('Từ chối');
    await screenshot(requesterPage, 'my-requests-reason');
    await requesterPage.context().close();
  });

  test('002 §27.2 the owner counter-offers another period and fewer columns; the requester accepts it on its desk: the grant has them', async () => {
    const page = await signedIn(steward, '/desk/requests');
    const id = requestIds[toCounterOffer];
    const offer = page.locator(`[data-request="${id}"] form[action$="/counter-offer"]`);
    await offer.getByLabel('Từ ngày').fill('2028-01-01');
    await offer.getByLabel('Đến ngày').fill('2028-06-30');
    await offer.getByLabel('can_bo_xu_ly').uncheck();
    await offer.getByLabel('Lý do đề xuất').fill('Số liệu 2026–2027 đang được chỉnh lý');
    await screenshot(page, 'inbox-counter-offer');
    await offer.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await page.waitForURL(/done=counterOffered/);
    // The owner's inbox keeps it, showing the offer instead of the forms.
    const waiting = page.locator(`[data-request="${id}"]`);
    expect(await waiting.locator('.counter-offer').textContent()).toContain('xa, so_ho_so');
    expect(await waiting.locator('form').count()).toBe(0);
    await page.context().close();

    // DIC's comment (002 §27.1d) is read on the requester's desk beside the offer.
    const dic = await t.signIn(province, 'thunghiem');
    await t.gql(CommentOnAccessRequestDocument, { id, body: 'Sở TTTT thống nhất với đề xuất' }, dic);

    const requesterPage = await signedIn(requester, '/desk/my-requests');
    const row = requesterPage.locator(`[data-request="${id}"]`);
    expect(await row.textContent()).toContain('Chờ trả lời đề xuất');
    expect(await row.locator('[data-comment-role="DIC"]').textContent()).toContain('Sở TTTT thống nhất với đề xuất');
    expect(await row.locator('.counter-offer').textContent()).toContain('Số liệu 2026–2027');
    await screenshot(requesterPage, 'my-requests-counter-offer');
    // Issue 21 item 7: the page in this state (a field error, a notice) passes axe-core too.
    await expectNoSeriousAxeViolations(requesterPage);
    await row.getByRole('button', { name: 'Chấp nhận đề xuất' }).click();
    await requesterPage.waitForURL(/done=counterOfferAccepted/);
    expect(await requesterPage.locator(`[data-request="${id}"]`).textContent()).toContain('Đồng ý');
    await requesterPage.context().close();

    const grant = (await t.hub.services().access.grantsOf([id])).get(id);
    expect(grant!.allowedColumns).toEqual(['xa', 'so_ho_so']);
    expect(grant!.validFrom.toISOString()).toBe('2027-12-31T17:00:00.000Z');
    expect(grant!.validTo.toISOString()).toBe('2028-06-30T16:59:59.000Z');
  });

  test('a steward uploads a new version from the desk and reads the row/column error report as ingestion finishes', async () => {
    const page = await signedIn(steward, '/desk');
    await page
      .getByLabel('Tải lên phiên bản mới (CSV hoặc XLSX)')
      .and(page.locator(`#file-${toUpload}`))
      .setInputFiles({
        name: 'ho-so.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from('xa,so_ho_so\nPhan Rang,12\nNinh Hải,mười hai\n'),
      });
    await page
      .locator(`form[action="/desk/datasets/${toUpload}/distributions"]`)
      .getByRole('button', { name: 'Tải lên', exact: true })
      .click();
    await page.waitForURL(/\/desk\/jobs\//);
    // The page reloads itself while the job runs; the locator waits across the reloads.
    await page.getByRole('status').filter({ hasText: 'Thất bại' }).waitFor({ timeout: 30_000 });
    const problem = page.locator('table.problems tbody tr').first();
    expect(await problem.locator('td').nth(0).textContent()).toBe('3');
    expect(await problem.locator('td').nth(1).textContent()).toBe('so_ho_so');
    await screenshot(page, 'ingestion-error-report');
    // Issue 21 item 7: the page in this state (a field error, a notice) passes axe-core too.
    await expectNoSeriousAxeViolations(page);
    await page.context().close();
  });
});

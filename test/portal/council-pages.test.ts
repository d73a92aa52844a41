import { datasetWithVersion } from '../access/fixtures';
import { confirmInferredSchema } from '../helpers/publish';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { province } from './fixtures';

const slug = 'nt-portal-hoi-dong';
const csrf = 'c'.repeat(32);

describe('the council and DIC through the portal’s forms (002 §5.5, §30.2)', () => {
  let t: TestHub;
  const cookies: Record<'steward' | 'ppc' | 'dic', string> = { steward: '', ppc: '', dic: '' };

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    for (const [who, account] of [
      ['steward', 'vankiemthu'],
      ['ppc', 'vanmau'],
      ['dic', 'thunghiem'],
    ] as const) {
      cookies[who] = `hub_session=${await t.signIn(province, account)}; hub_csrf=${csrf}`;
    }
    const steward = await t.signIn(province, 'vankiemthu');
    await datasetWithVersion(t, steward, slug, 'xa,so_ho_so\nPhan Rang,12\nNinh Hải,7\n', {
      accessLevel: 'PUBLIC',
      updateFrequency: 'hằng năm (yearly)',
      temporalFrom: '2024-01-01',
      temporalTo: '2024-12-31',
    });
    // Nothing unconfirmed passes review: the owner confirms the inferred schema first (tested in schema-page.test.ts).
    await confirmInferredSchema(t, slug, steward);
  });

  afterAll(() => t.close());

  const get = (url: string, who: keyof typeof cookies) => t.hub.http.inject({ method: 'GET', url, headers: { cookie: cookies[who] } });
  const post = (url: string, who: keyof typeof cookies, fields: Record<string, string>) =>
    t.hub.http.inject({
      method: 'POST',
      url,
      headers: { cookie: cookies[who], 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrf, ...fields }).toString(),
    });

  test('the steward submits from the desk; a reviewer sees the automated checks and must give a reason to reject', async () => {
    const submitted = await post(`/desk/datasets/${slug}/submit`, 'steward', {});
    expect(submitted.statusCode).toBe(303);
    expect(submitted.headers.location).toBe('/desk?done=submitted');

    const queue = await get('/review', 'ppc');
    expect(queue.body).toContain(`data-dataset="${slug}"`);
    expect(queue.body).toContain('Kiểm tra tự động');
    expect(queue.body).toContain('name="seat" value="PPC_OFFICE"');

    const refused = await post(`/review/${slug}/decide`, 'ppc', { seat: 'PPC_OFFICE', decision: 'REJECT', reason: ' ' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain(`id="reason-PPC_OFFICE-${slug}-error"`);
    expect(refused.body).toContain('bắt buộc khi không thông qua');
  });

  test('three seats approve, then DIC publishes from its queue and anyone sees the download', async () => {
    for (const [who, seat] of [
      ['ppc', 'PPC_OFFICE'],
      ['dic', 'DIC'],
      ['steward', 'OWNER'],
    ] as const) {
      const decided = await post(`/review/${slug}/decide`, who, { seat, decision: 'APPROVE', reason: '' });
      expect(decided.statusCode).toBe(303);
    }
    const queue = await get('/publish', 'dic');
    expect(queue.body).toContain(`data-dataset="${slug}"`);
    expect((await get('/publish', 'steward')).statusCode).toBe(403);

    const published = await post(`/publish/${slug}`, 'dic', {});
    expect(published.statusCode).toBe(303);
    const page = await t.hub.http.inject({ method: 'GET', url: `/datasets/${slug}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="/datasets/${slug}/download"`);
    expect((await get('/publish', 'dic')).body).not.toContain(`data-dataset="${slug}"`);
  });
});

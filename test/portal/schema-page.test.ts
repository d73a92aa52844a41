import { datasetWithSchema, uploadAndIngest } from '../datastore/ingestion-fixtures';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { expectLightAndAccessible, getPage } from './page-checks';

/** Issue 15.1: the owner sees, on the desk, the schema ingestion inferred and why, and confirms it there. */
describe('the owner’s desk shows an inferred schema for review', () => {
  let t: TestHub;
  let cookie = '';
  const slug = 'nt-luoc-do-ban-lam-viec';
  const csrf = 'c'.repeat(32);

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    const steward = await t.signIn('ninhthuan', 'vankiemthu');
    cookie = `hub_session=${steward}; hub_csrf=${csrf}`;
    await datasetWithSchema(t, slug, 'Lược đồ trên bàn làm việc', null);
    await uploadAndIngest(t, steward, slug, 'huyen,dan_so\nNinh Hải,"1.000"\nNinh Sơn,"2.500"\n');
  }, 180_000);

  afterAll(() => t.close());

  test('each column’s inferred type and reason, the ambiguous one marked for the owner; confirming the corrected schema types the file again', async () => {
    const desk = await getPage(t, '/desk', { cookie });
    expect(desk.body).toContain(`/desk/datasets/${slug}/schema`);
    const review = await getPage(t, `/desk/datasets/${slug}/schema`, { cookie });
    await expectLightAndAccessible(t, review);
    expect(review.body).toContain('Cần chủ sở hữu quyết định');
    expect(review.body).toContain('&quot;1.000&quot; đọc được hai cách');

    const broken = await t.hub.http.inject({
      method: 'POST',
      url: `/desk/datasets/${slug}/schema`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      payload: new URLSearchParams({ _csrf: csrf, tableSchema: '{ không phải JSON' }).toString(),
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.body).toContain('not a JSON object');

    const corrected = {
      fields: [
        { name: 'huyen', type: 'string' },
        { name: 'dan_so', type: 'integer', groupChar: '.' },
      ],
      missingValues: [''],
    };
    const posted = await t.hub.http.inject({
      method: 'POST',
      url: `/desk/datasets/${slug}/schema`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      payload: new URLSearchParams({ _csrf: csrf, tableSchema: JSON.stringify(corrected) }).toString(),
    });
    expect(posted.statusCode).toBe(303);
    expect(posted.headers.location).toBe('/desk?done=schemaConfirmed');
    expect((await t.hub.services().trusted.catalog.findForReview(slug))?.tableSchema).toEqual(corrected);
  });
});

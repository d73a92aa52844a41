import { RevokeGrantDocument } from '../generated/graphql';
import { datasetWithVersion, grantVia, TestClock } from '../access/fixtures';
import { publishThroughCouncil } from '../helpers/publish';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const open = 'nt-ckan-du-lieu-mo';
const restricted = 'nt-ckan-han-che';
const csv =
  'xa,so_ho_so,can_bo_xu_ly\nPhan Rang,12,Nguyễn Văn An\nNinh Hải,7,Trần Thị Bình\nThuận Bắc,3,Lê Văn Cường\nPhan Rang,5,Lê Thị Dung\n';

interface CkanBody {
  help: string;
  success: boolean;
  result?: Record<string, unknown> & { records?: Record<string, unknown>[]; results?: { name: string }[] };
  error?: { __type: string; message: string } & Record<string, unknown>;
}

describe('CKAN-compatible action API (DESIGN data flow 4; 002 §20.1 open data, §27.2 grants)', () => {
  const clock = new TestClock();
  let t: TestHub;
  const token = { police: '', owner: '', health: '' };
  let grantId = '';
  let restrictedId = '';

  beforeAll(async () => {
    t = await startTestHub({ seed: true, clock });
    token.police = await t.signIn('ninhthuan', 'thividu');
    token.owner = await t.signIn('ninhthuan', 'vankiemthu');
    token.health = await t.signIn('ninhthuan', 'vanthidiem');
    await datasetWithVersion(t, token.owner, open, csv, {
      accessLevel: 'PUBLIC',
      title: 'Hồ sơ một cửa công khai CKAN',
      updateFrequency: 'monthly',
      temporalFrom: '2025-01-01',
      temporalTo: '2025-12-31',
    });
    await publishThroughCouncil(t, open);
    await datasetWithVersion(t, token.owner, restricted, `${csv}Bác Ái,1,Hạn Chế\n`);
    restrictedId = (await t.hub.services().trusted.catalog.findForReview(restricted))!.id;
    const now = new Date();
    clock.set(now);
    grantId = await grantVia(t, { requester: token.police, owner: token.owner }, restricted, ['xa', 'so_ho_so'], {
      validFrom: now,
      validTo: new Date(now.getTime() + 3_600_000),
    });
  });

  afterAll(() => t.close());

  async function ckan(path: string, bearer?: string): Promise<{ status: number; body: CkanBody }> {
    const response = await t.hub.http.inject({
      method: 'GET',
      url: `/api/3/action/${path}`,
      headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
    });
    return { status: response.statusCode, body: response.json() as CkanBody };
  }

  it('organization_list: every agency, named <province>-<code> because codes repeat across provinces', async () => {
    const { status, body } = await ckan('organization_list');
    expect(status).toBe(200);
    expect(body).toMatchObject({ success: true, help: expect.stringContaining('help_show?name=organization_list') });
    expect(body.result).toEqual(expect.arrayContaining(['ninhthuan-sotttt', 'binhphuoc-sotttt', 'ninhthuan-catinh']));
    const full = await ckan('organization_list?all_fields=true');
    expect((full.body.result as unknown as { name: string; is_organization: boolean }[])[0]).toMatchObject({ is_organization: true });
  });

  it('002 §20.1 package_search: published open data only, with q, rows, start, fq on organization and sort', async () => {
    const all = await ckan('package_search?q=CKAN&rows=10');
    expect(all.body.result?.results?.map((item) => item.name)).toEqual([open]);
    expect(all.body.result).toMatchObject({ count: 1, search_facets: {} });
    const byOrg = await ckan('package_search?fq=organization:ninhthuan-sotttt&sort=metadata_modified%20desc&rows=1000');
    const names = byOrg.body.result!.results!.map((item) => item.name);
    expect(names).toContain(open);
    expect(names).not.toContain(restricted);
    expect((await ckan('package_search?fq=organization:binhphuoc-sotttt')).body.result?.results?.map((item) => item.name)).not.toContain(
      open,
    );
    const paged = await ckan(`package_search?fq=organization:ninhthuan-sotttt&rows=1&start=${names.indexOf(open)}`);
    expect(paged.body.result?.results?.map((item) => item.name)).toEqual([open]);
    const badSort = await ckan('package_search?sort=popularity%20desc');
    expect(badSort.status).toBe(409);
    expect(badSort.body).toMatchObject({ success: false, error: { __type: 'Validation Error', sort: [expect.any(String)] } });
  });

  it('package_show: a CKAN package with its organisation and a datastore resource; RESTRICTED is Not Found', async () => {
    const { status, body } = await ckan(`package_show?id=${open}`);
    expect(status).toBe(200);
    expect(body.result).toMatchObject({
      name: open,
      organization: { name: 'ninhthuan-sotttt' },
      resources: expect.arrayContaining([expect.objectContaining({ datastore_active: true, format: 'CSV' })]),
    });
    const hidden = await ckan(`package_show?id=${restricted}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual({ help: expect.any(String), success: false, error: { __type: 'Not Found Error', message: 'Not found' } });
    expect((await ckan('package_show')).status).toBe(409);
  });

  it('datastore_search on open data: fields, records with _id, limit, offset, filters and a per-column q, for anyone', async () => {
    const { status, body } = await ckan(`datastore_search?resource_id=${open}&limit=2&offset=1`);
    expect(status).toBe(200);
    expect(body.result).toMatchObject({
      fields: [
        { id: '_id', type: 'int' },
        { id: 'xa', type: 'text' },
        { id: 'so_ho_so', type: 'int' },
        { id: 'can_bo_xu_ly', type: 'text' },
      ],
      records: [
        { _id: 3, xa: 'Ninh Hải', so_ho_so: 7 },
        { _id: 4, xa: 'Thuận Bắc', so_ho_so: 3 },
      ],
      total: 4,
      limit: 2,
      offset: 1,
    });
    const filtered = await ckan(`datastore_search?resource_id=${open}&filters=${encodeURIComponent('{"xa":"Phan Rang"}')}`);
    expect(filtered.body.result?.records?.map((record) => record.so_ho_so)).toEqual([12, 5]);
    const searched = await ckan(`datastore_search?resource_id=${open}&q=${encodeURIComponent('{"can_bo_xu_ly":"le"}')}`);
    expect(searched.body.result?.records?.map((record) => record._id)).toEqual([4, 5]);
    const fullText = await ckan(`datastore_search?resource_id=${open}&q=phan%20RANG`);
    expect(fullText.body.result?.records?.map((record) => record._id)).toEqual([2, 5]);
  });

  it('002 §27.2 datastore_search on RESTRICTED data: only with a live grant, only its columns, one audit entry per read', async () => {
    expect((await ckan(`datastore_search?resource_id=${restricted}`)).body.error?.__type).toBe('Not Found Error');
    expect((await ckan(`datastore_search?resource_id=${restrictedId}`, token.health)).status).toBe(404);
    const forged = await ckan(`datastore_search?resource_id=${restricted}`, `${token.police}x`);
    expect(forged.status).toBe(403);
    expect(forged.body.error?.__type).toBe('Authorization Error');

    const events = async () => (await t.hub.services().audit.eventsOf('access_grant', [grantId])).get(grantId) ?? [];
    const before = (await events()).length;
    const granted = await ckan(`datastore_search?resource_id=${restrictedId}&limit=3`, token.police);
    expect(granted.status).toBe(200);
    expect(granted.body.result?.fields).toEqual([
      { id: '_id', type: 'int' },
      { id: 'xa', type: 'text' },
      { id: 'so_ho_so', type: 'int' },
    ]);
    expect(JSON.stringify(granted.body)).not.toMatch(/can_bo_xu_ly|Nguyễn Văn An/);
    const after = await events();
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ action: 'access.grant_read', details: { rows: 3, columns: ['xa', 'so_ho_so'] } });
    const narrowed = await ckan(`datastore_search?resource_id=${restrictedId}&fields=so_ho_so&limit=2`, token.police);
    expect(narrowed.body.result?.records).toEqual([{ so_ho_so: 12 }, { so_ho_so: 7 }]);
    expect((await events()).at(-1)).toMatchObject({ action: 'access.grant_read', details: { rows: 2, columns: ['so_ho_so'] } });
    const notGranted = await ckan(`datastore_search?resource_id=${restricted}&fields=can_bo_xu_ly`, token.police);
    expect(notGranted.body.error).toMatchObject({ __type: 'Validation Error', fields: [expect.stringContaining('"can_bo_xu_ly"')] });
    const outside = await ckan(
      `datastore_search?resource_id=${restricted}&filters=${encodeURIComponent('{"can_bo_xu_ly":"x"}')}`,
      token.police,
    );
    expect(outside.status).toBe(409);

    const owner = await ckan(`datastore_search?resource_id=${restricted}`, token.owner);
    expect(owner.body.result?.fields).toHaveLength(4);
    expect(owner.body.result?.total).toBe(5);

    await t.gql(RevokeGrantDocument, { id: grantId, reason: 'Hết nhu cầu' }, token.owner);
    const revoked = await ckan(`datastore_search?resource_id=${restricted}`, token.police);
    expect(revoked.status).toBe(403);
    expect(revoked.body).toMatchObject({
      success: false,
      error: { __type: 'Authorization Error', message: expect.stringContaining('revoked') },
    });
  });
});

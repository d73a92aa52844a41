import { datasetWithVersion } from '../access/fixtures';
import { publishThroughCouncil } from '../helpers/publish';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const open = 'nt-ckan-dan-so-mo';
const older = 'nt-ckan-ho-tich-cu';
const hidden = 'nt-ckan-noi-bo';
const csv = 'xa,so_ho_so,can_bo_xu_ly\nPhan Rang,12,Nguyễn Văn An\nNinh Hải,7,Trần Thị Bình\nPhan Rang,5,Lê Thị Dung\n';

/** What publication's automated checks ask of the metadata. */
const publishable = { accessLevel: 'PUBLIC', updateFrequency: 'monthly', temporalFrom: '2025-01-01', temporalTo: '2025-12-31' } as const;

interface Package {
  id: string;
  name: string;
  title: string;
  private: boolean;
  metadata_modified: string;
  metadata_created: string;
  tags: { name: string }[];
  extras: { key: string; value: string }[];
  resources: { id: string; format: string; datastore_active: boolean }[];
}

interface CkanBody {
  help: string;
  success: boolean;
  result?: unknown;
  error?: { __type: string; message?: string } & Record<string, unknown>;
}

interface SearchResult {
  count: number;
  results: Package[];
  search_facets: Record<string, { title: string; items: { name: string; display_name: string; count: number }[] }>;
  facets: Record<string, Record<string, number>>;
}

describe('issue 17: the CKAN Action API as CKAN 2.10 clients and harvesters call it', () => {
  let t: TestHub;
  let owner = '';
  let police = '';
  let cutoff = '';

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    owner = await t.signIn('ninhthuan', 'vankiemthu');
    police = await t.signIn('ninhthuan', 'thividu');
    await datasetWithVersion(t, owner, older, `${csv}Bác Ái,1,Cũ\n`, { ...publishable, title: 'Sổ hộ tịch cũ', keywords: ['hộ tịch'] });
    await publishThroughCouncil(t, older);
    cutoff = new Date().toISOString();
    await datasetWithVersion(t, owner, open, csv, {
      ...publishable,
      title: 'Dân số theo xã CKAN',
      keywords: ['dân số', 'hộ tịch', 'một cửa'],
    });
    await publishThroughCouncil(t, open);
    await datasetWithVersion(t, owner, hidden, `${csv}Bác Ái,2,Nội Bộ\n`, { title: 'Hồ sơ nội bộ CKAN', keywords: ['nội bộ'] });
  });

  afterAll(() => t.close());

  async function call(
    path: string,
    options: { method?: 'GET' | 'POST' | 'OPTIONS'; headers?: Record<string, string>; payload?: string } = {},
  ): Promise<{ status: number; body: CkanBody; headers: Record<string, unknown> }> {
    const response = await t.hub.http.inject({
      method: options.method ?? 'GET',
      url: path,
      headers: options.headers,
      payload: options.payload,
    });
    return {
      status: response.statusCode,
      body: response.body ? (response.json() as CkanBody) : ({} as CkanBody),
      headers: response.headers,
    };
  }
  const get = (action: string, headers?: Record<string, string>) => call(`/api/3/action/${action}`, { headers });
  const search = async (query: string, headers?: Record<string, string>) =>
    (await get(`package_search?${query}`, headers)).body.result as SearchResult;
  const names = (result: SearchResult) => result.results.map((found) => found.name);

  it('issue 17: GET, POST with a JSON body, POST with a form and POST of a JSON form key answer alike; OPTIONS is answered', async () => {
    const viaGet = await get(`package_show?id=${open}`);
    const viaJson = await call('/api/3/action/package_show', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ id: open }),
    });
    const viaForm = await call('/api/3/action/package_show', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `id=${open}`,
    });
    const viaJsonKey = await call('/api/action/package_show', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: encodeURIComponent(JSON.stringify({ id: open })),
    });
    expect(viaGet.status).toBe(200);
    for (const answer of [viaJson, viaForm, viaJsonKey]) expect(answer).toMatchObject({ status: 200, body: viaGet.body });
    expect(viaGet.headers['access-control-allow-origin']).toBe('*');

    const preflight = await call('/api/3/action/package_search', {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-methods': expect.stringContaining('POST'),
      'access-control-allow-headers': expect.stringMatching(/X-CKAN-API-KEY.*Authorization/i),
    });
  });

  it("issue 17: unknown actions, bad bodies and datastore_search_sql get CKAN's envelope and status, never Fastify's", async () => {
    const unknown = await get('package_create_everything');
    expect(unknown).toMatchObject({
      status: 400,
      body: { success: false, error: { __type: 'Bad request', message: 'Bad request - Action name not known: package_create_everything' } },
    });
    const post = await call('/api/3/action/nothing_here', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      payload: '{}',
    });
    expect(post.status).toBe(400);
    expect(post.body.error?.__type).toBe('Bad request');
    const badJson = await call('/api/3/action/package_search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      payload: '{"q": ',
    });
    expect(badJson).toMatchObject({
      status: 400,
      body: { success: false, error: { __type: 'Bad request', message: expect.stringContaining('JSON') } },
    });
    const sql = await get(`datastore_search_sql?sql=${encodeURIComponent('select * from "x"')}`);
    expect(sql).toMatchObject({ status: 400, body: { success: false, error: { __type: 'Bad request' } } });
    expect(await get(`package_show?id=no-such-package`)).toMatchObject({ status: 404, body: { error: { __type: 'Not Found Error' } } });
    expect(await get('package_show')).toMatchObject({
      status: 409,
      body: { error: { __type: 'Validation Error', id: ['Missing value'] } },
    });
    expect((await call('/api/3')).body).toEqual({ version: 3 });
    // Names of Object.prototype are no action, field, sort or facet.
    expect((await get('help_show?name=constructor')).status).toBe(400);
    expect((await get('toString')).status).toBe(400);
    for (const query of ['q=constructor:x', 'fq=__proto__:x', 'sort=constructor%20asc', 'facet.field=%5B%22constructor%22%5D']) {
      expect({ query, status: (await get(`package_search?${query}`)).status }).toEqual({ query, status: 409 });
    }
    // Refusals before any action runs come in the envelope too: input bounds, body limits.
    expect(await get('package_search?q=a%00b')).toMatchObject({
      status: 409,
      body: { error: { __type: 'Validation Error', 'query.q': [expect.any(String)] } },
    });
    const huge = await call('/api/3/action/package_search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ q: 'x'.repeat(100_000) }),
    });
    expect(huge).toMatchObject({ status: 413, body: { success: false, error: { __type: 'Bad request' } } });
  });

  it('issue 17: status_show, package_list, help_show, tag_list, organization_show and current_package_list_with_resources', async () => {
    expect((await get('status_show')).body.result).toMatchObject({
      ckan_version: expect.stringMatching(/^2\.10/),
      extensions: ['datastore'],
    });
    const list = (await get('package_list')).body.result as string[];
    expect(list).toEqual(expect.arrayContaining([open, older]));
    expect(list).not.toContain(hidden);
    expect(list).toEqual([...list].sort());
    expect((await get('package_list?limit=1&offset=1')).body.result).toEqual([list[1]]);
    expect((await get('help_show?name=package_search')).body.result).toEqual(expect.stringContaining('fq'));

    const tags = (await get('tag_list')).body.result as string[];
    expect(tags).toEqual(expect.arrayContaining(['dân số', 'hộ tịch', 'một cửa']));
    expect(tags).not.toContain('nội bộ');
    expect((await get(`tag_list?query=${encodeURIComponent('tịch')}`)).body.result).toEqual(['hộ tịch']);

    const organization = (await get('organization_show?id=ninhthuan-sotttt&include_datasets=true')).body.result as {
      name: string;
      package_count: number;
      packages: Package[];
    };
    expect(organization.name).toBe('ninhthuan-sotttt');
    expect(organization.packages.map((found) => found.name)).toEqual(expect.arrayContaining([open, older]));
    expect(organization.package_count).toBe(organization.packages.length);
    expect((await get('organization_show?id=ninhthuan-khong-co')).status).toBe(404);

    const recent = (await get('current_package_list_with_resources?limit=2')).body.result as Package[];
    expect(recent.map((found) => found.name)).toEqual([open, older]);
    expect(recent[0].resources.length).toBeGreaterThan(0);
  });

  it('issue 17: a package carries its keywords as tags and its DCAT IRI as the uri and identifier extras', async () => {
    const shown = (await get(`package_show?id=${open}`)).body.result as Package;
    expect(shown.tags.map((tag) => tag.name)).toEqual(['dân số', 'hộ tịch', 'một cửa']);
    const iri = `${t.config.publicUrl}/datasets/${open}#dataset`;
    expect(shown.extras).toEqual(
      expect.arrayContaining([
        { key: 'uri', value: iri },
        { key: 'identifier', value: iri },
      ]),
    );
    expect(shown.private).toBe(false);

    const datastore = shown.resources.find((resource) => resource.datastore_active)!;
    const file = shown.resources.find((resource) => !resource.datastore_active)!;
    expect((await get(`resource_show?id=${datastore.id}`)).body.result).toMatchObject({
      id: shown.id,
      format: 'CSV',
      package_id: shown.id,
    });
    expect((await get(`resource_show?id=${file.id}`)).body.result).toMatchObject({ id: file.id, format: 'CSV', package_id: shown.id });
    expect((await get(`resource_show?id=${crypto.randomUUID()}`)).status).toBe(404);
  });

  it('issue 17: package_search q — words, "phrases" and field:value for title, name, tags, organization and res_format', async () => {
    const byTitleWord = await search(`q=${encodeURIComponent('title:dân')}&rows=1000`);
    expect(names(byTitleWord)).toContain(open);
    // A whole word, accents or not: "người dân" and "Dân số", never "Danh mục".
    for (const found of byTitleWord.results) expect(found.title.toLowerCase().split(/[\s,]+/)).toContain('dân');
    expect(names(await search(`q=${encodeURIComponent('title:"dân số" CKAN')}`))).toEqual([open]);
    expect(names(await search(`q=${encodeURIComponent('"dân số theo xã"')}`))).toEqual([open]);
    expect(names(await search(`q=${encodeURIComponent('"xã theo dân số"')}`))).toEqual([]);
    expect(names(await search(`q=${encodeURIComponent(`name:${older}`)}`))).toEqual([older]);
    expect(names(await search(`q=${encodeURIComponent('tags:"hộ tịch"')}&sort=name%20asc`))).toEqual([open, older]);
    expect(names(await search(`q=${encodeURIComponent('tags:"hộ tịch" -tags:"dân số"')}`))).toEqual([older]);
    const byOrganization = names(await search('q=organization:ninhthuan-sotttt%20res_format:CSV&rows=1000'));
    expect(byOrganization).toEqual(expect.arrayContaining([open, older]));
    expect(byOrganization).not.toContain(hidden);
    expect(names(await search('q=res_format:PDF%20CKAN'))).toEqual([]);

    const unknownField = await get('package_search?q=colour:blue');
    expect(unknownField).toMatchObject({
      status: 409,
      body: { error: { __type: 'Validation Error', q: [expect.stringContaining('colour')] } },
    });
    expect((await get('package_search?q=a%20OR%20b')).body.error).toMatchObject({ q: [expect.stringContaining('OR')] });
  });

  it('issue 17: package_search fq with metadata_modified ranges, sorts on every CKAN key, rows capped at 1000', async () => {
    const since = await search(`fq=${encodeURIComponent(`metadata_modified:[${cutoff} TO *]`)}&sort=metadata_modified%20asc&rows=1000`);
    expect(names(since)).toContain(open);
    expect(names(since)).not.toContain(older);
    const modified = since.results.map((found) => found.metadata_modified);
    expect(modified).toEqual([...modified].sort());
    const before = await search(`fq=${encodeURIComponent(`+dataset_type:dataset metadata_created:{* TO ${cutoff}}`)}&rows=1000`);
    expect(names(before)).toContain(older);
    expect(names(before)).not.toContain(open);
    expect((await get('package_search?fq=metadata_modified:[yesterday%20TO%20*]')).body.error).toMatchObject({
      __type: 'Validation Error',
      fq: [expect.stringContaining('ISO 8601')],
    });

    const all = await search('rows=1000');
    for (const [sort, key, descending] of [
      ['name asc', 'name', false],
      ['name desc', 'name', true],
      ['title_string asc', 'title', false],
      ['metadata_created desc', 'metadata_created', true],
      ['metadata_modified asc', 'metadata_modified', false],
    ] as const) {
      const sorted = (await search(`sort=${encodeURIComponent(sort)}&rows=1000`)).results.map((found) => found[key] as string);
      // Code point order, as Solr sorts CKAN's string fields.
      const expected = [...sorted].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect({ sort, sorted }).toEqual({ sort, sorted: descending ? expected.reverse() : expected });
    }
    expect((await search('rows=5000')).count).toBe(all.count);
    expect((await get('package_search?rows=-1')).body.error).toMatchObject({ __type: 'Validation Error', rows: [expect.any(String)] });
    const paged = await search('sort=name%20asc&rows=2&start=1');
    expect(names(paged)).toEqual(names(await search('sort=name%20asc&rows=1000')).slice(1, 3));
  });

  it('issue 17: facet.field fills facets and search_facets; facet.limit bounds them; an unknown facet field is named', async () => {
    const result = await search(
      `q=${encodeURIComponent('tags:"hộ tịch"')}&facet.field=${encodeURIComponent('["tags","organization","res_format","license_id","groups"]')}&facet.limit=2`,
    );
    expect(result.search_facets.tags).toEqual({
      title: 'tags',
      items: [
        { name: 'hộ tịch', display_name: 'hộ tịch', count: 2 },
        { name: 'dân số', display_name: 'dân số', count: 1 },
      ],
    });
    expect(result.facets.organization).toEqual({ 'ninhthuan-sotttt': 2 });
    expect(result.search_facets.organization.items[0].display_name).toMatch(/Thông tin và Truyền thông/);
    expect(result.facets.res_format).toEqual({ CSV: 2 });
    expect(result.facets.license_id).toEqual({ 'CC-BY-4.0': 2 });
    expect(result.search_facets.groups.items).toEqual([]);
    expect((await get('package_search?facet.field=%5B%22colour%22%5D')).body.error).toMatchObject({ 'facet.field': [expect.any(String)] });
  });

  it('issue 17: include_private shows only what the caller may see, with the key sent bare, as Bearer or as X-CKAN-API-Key', async () => {
    const query = `q=CKAN&include_private=true&rows=1000`;
    expect(names(await search(query))).not.toContain(hidden);
    expect(names(await search('q=CKAN&rows=1000', { authorization: owner }))).not.toContain(hidden);
    const keys: Record<string, string>[] = [{ authorization: owner }, { authorization: `Bearer ${owner}` }, { 'x-ckan-api-key': owner }];
    for (const headers of keys) {
      const found = await search(query, headers);
      expect(found.results.find((item) => item.name === hidden)).toMatchObject({ private: true });
    }
    expect(names(await search(query, { authorization: police }))).not.toContain(hidden);
    expect((await get(`package_show?id=${hidden}`, { authorization: owner })).body.result).toMatchObject({ name: hidden, private: true });
    expect((await get(`package_show?id=${hidden}`)).status).toBe(404);
    const forged = await get('package_search?include_private=true', { authorization: `${owner}x` });
    expect(forged).toMatchObject({ status: 403, body: { success: false, error: { __type: 'Authorization Error' } } });
  });

  it('issue 17: datastore_search — fields, sort, distinct, include_total, records_format, a JSON body with filters as an object', async () => {
    const rows = async (query: string) => (await get(`datastore_search?resource_id=${open}&${query}`)).body;
    expect((await rows('fields=xa,so_ho_so&sort=so_ho_so%20desc')).result).toMatchObject({
      fields: [
        { id: 'xa', type: 'text' },
        { id: 'so_ho_so', type: 'int' },
      ],
      records: [
        { xa: 'Phan Rang', so_ho_so: 12 },
        { xa: 'Ninh Hải', so_ho_so: 7 },
        { xa: 'Phan Rang', so_ho_so: 5 },
      ],
      total: 3,
    });
    const unknown = await get(`datastore_search?resource_id=${open}&fields=xa,mau_sac`);
    expect(unknown).toMatchObject({
      status: 409,
      body: { error: { __type: 'Validation Error', fields: [expect.stringContaining('"mau_sac"')] } },
    });
    expect((await rows('fields=xa&distinct=true&sort=xa%20desc')).result).toMatchObject({
      fields: [{ id: 'xa', type: 'text' }],
      records: [{ xa: 'Phan Rang' }, { xa: 'Ninh Hải' }],
      total: 2,
    });
    expect((await rows('fields=_id&distinct=true')).error).toMatchObject({ __type: 'Validation Error', fields: [expect.any(String)] });
    expect((await rows('fields=_id&limit=1')).result).toMatchObject({ fields: [{ id: '_id' }], records: [{ _id: 2 }] });
    const noTotal = (await rows('include_total=false&limit=1')).result as Record<string, unknown>;
    expect(noTotal).not.toHaveProperty('total');
    expect((await rows('records_format=lists&fields=_id,xa&limit=2')).result).toMatchObject({
      records: [
        [2, 'Phan Rang'],
        [3, 'Ninh Hải'],
      ],
    });
    expect((await rows('records_format=csv&fields=xa,can_bo_xu_ly&limit=2')).result).toMatchObject({
      records: 'Phan Rang,Nguyễn Văn An\nNinh Hải,Trần Thị Bình\n',
      records_format: 'csv',
    });
    expect((await rows('records_format=xml')).error).toMatchObject({ records_format: [expect.any(String)] });

    const posted = await call('/api/3/action/datastore_search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ resource_id: open, filters: { xa: 'Phan Rang' }, q: 'le', fields: ['can_bo_xu_ly'] }),
    });
    expect(posted.body.result).toMatchObject({ records: [{ can_bo_xu_ly: 'Lê Thị Dung' }], total: 1 });
  });

  it("README: the CKAN section's examples answer as shown", async () => {
    const found = await search(
      `q=${encodeURIComponent('tags:"Đề án 06"')}&facet.field=${encodeURIComponent('["organization"]')}&sort=metadata_modified%20desc`,
    );
    expect(names(found)).toContain('nt-cap-the-can-cuoc-cong-dan');
    expect(found.search_facets.organization.items.length).toBeGreaterThan(0);
    const posted = await call('/api/3/action/datastore_search', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ resource_id: 'nt-cap-the-can-cuoc-cong-dan', fields: ['as_of'], distinct: true }),
    });
    expect(posted.body.result).toMatchObject({ fields: [{ id: 'as_of', type: 'date' }], total: expect.any(Number) });
  });
});

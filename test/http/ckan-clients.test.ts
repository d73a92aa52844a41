import CkanRequest, { CkanRequestError } from '@portaljs/ckan-api-client-js';
import { Client as OkfnClient } from 'ckan';
import { startTestHub, type TestHub } from '../helpers/test-hub';

/** One action call as a client library makes it: the result, or the client's own error. */
type Call = (action: string, params: Record<string, string | number | boolean>) => Promise<unknown>;

interface Resource {
  id: string;
  datastore_active: boolean;
}

interface Package {
  name: string;
  private: boolean;
  organization: { name: string } | null;
  tags: { name: string }[];
  resources: Resource[];
}

/** The okfn client (ckan.js): every action a POST with a JSON body, the key in X-CKAN-API-KEY. */
function okfn(url: string, apiKey?: string): Call {
  const client = new OkfnClient(url, apiKey);
  return (action, params) =>
    new Promise((resolve, reject) =>
      client.action(action, params, (error, body) => (error ? reject(new Error(error)) : resolve(body.result))),
    );
}

/** @portaljs/ckan-api-client-js: GET with the parameters in the query string, the key as a bare Authorization header. */
function portaljs(url: string, apiKey?: string): Call {
  return async (action, params) => {
    const query = new URLSearchParams(Object.entries(params).map(([key, value]): [string, string] => [key, String(value)]));
    const body = await CkanRequest.get<{ result: unknown }>(`${action}?${query}`, { ckanUrl: url, apiKey });
    return body.result;
  };
}

/**
 * A harvester's walk of the whole catalogue: status, every name, package_search page by page,
 * every package and resource, a few rows of every datastore resource, organisations and tags.
 */
async function walkCatalogue(call: Call) {
  const status = (await call('status_show', {})) as { ckan_version: string };
  const names = (await call('package_list', {})) as string[];
  const searched: string[] = [];
  for (let start = 0; ; start += 2) {
    const page = (await call('package_search', { rows: 2, start, sort: 'name asc' })) as { count: number; results: Package[] };
    searched.push(...page.results.map((found) => found.name));
    if (page.results.length === 0 || start + 2 >= page.count) break;
  }
  const packages: Package[] = [];
  const rows: Record<string, number> = {};
  for (const name of names) {
    const shown = (await call('package_show', { id: name })) as Package;
    packages.push(shown);
    for (const resource of shown.resources) {
      expect(((await call('resource_show', { id: resource.id })) as Resource).id).toBe(resource.id);
      if (!resource.datastore_active) continue;
      const found = (await call('datastore_search', { resource_id: resource.id, limit: 2 })) as { total: number; records: unknown[] };
      expect(found.records.length).toBe(Math.min(2, found.total));
      rows[name] = found.total;
    }
  }
  const organizations = (await call('organization_list', { all_fields: true })) as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of organizations) {
    const count = ((await call('organization_show', { id: name })) as { package_count: number }).package_count;
    if (count > 0) counts[name] = count;
  }
  const tags = (await call('tag_list', {})) as string[];
  return { version: status.ckan_version, names, searched, packages, rows, counts, tags };
}

describe('issue 17: real CKAN clients from npm walk the whole catalogue of a hub on a real port', () => {
  let t: TestHub;
  let url = '';
  let dic = '';

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    dic = await t.signIn('ninhthuan', 'thunghiem');
    await t.hub.services().trusted.catalog.upsertFromCatalog({
      provinceCode: 'ninhthuan',
      ownerCode: 'sotttt',
      slug: 'nt-ckan-chua-cong-bo',
      title: 'Bộ dữ liệu chưa công bố',
      description: 'Chưa công bố (not yet published).',
      category: 'SECTORAL',
      accessLevel: 'RESTRICTED',
      licence: 'CC-BY-4.0',
      keywords: [],
    });
    url = await t.hub.http.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(() => t.close());

  /** What both walks must show of the same catalogue. */
  function expectWholeCatalogue(walk: Awaited<ReturnType<typeof walkCatalogue>>) {
    expect(walk.version).toMatch(/^2\.10\./);
    expect(walk.names.length).toBeGreaterThanOrEqual(9);
    expect(walk.searched).toEqual(walk.names);
    expect(walk.packages.map((found) => found.name)).toEqual(walk.names);
    expect(walk.packages.every((found) => !found.private)).toBe(true);
    expect(walk.names).not.toContain('nt-ckan-chua-cong-bo');
    expect(Object.values(walk.counts).reduce((sum, count) => sum + count, 0)).toBe(walk.names.length);
    const packageTags = new Set(walk.packages.flatMap((found) => found.tags.map((tag) => tag.name)));
    expect([...packageTags].sort()).toEqual([...walk.tags].sort());
    expect(Object.keys(walk.rows).length).toBeGreaterThan(0);
  }

  it('the okfn `ckan` client (POST, JSON bodies): the whole walk, datastoreQuery, and CKAN errors it reports', async () => {
    const walk = await walkCatalogue(okfn(url));
    expectWholeCatalogue(walk);

    const client = new OkfnClient(url);
    const [withRows] = walk.packages.filter((found) => found.resources.some((resource) => resource.datastore_active));
    const resourceId = withRows.resources.find((resource) => resource.datastore_active)!.id;
    const queried = await new Promise<{ total: number; hits: unknown[] }>((resolve, reject) =>
      client.datastoreQuery({ resource_id: resourceId, size: 1 }, (error, result) => (error ? reject(new Error(error)) : resolve(result))),
    );
    expect(queried).toMatchObject({ total: walk.rows[withRows.name], hits: [expect.any(Object)] });

    await expect(okfn(url)('package_purge_everything', {})).rejects.toThrow(/HTTP code 400[\s\S]*Action name not known/);
    await expect(okfn(url)('package_show', { id: 'khong-co' })).rejects.toThrow(/HTTP code 404[\s\S]*Not Found Error/);
    const withKey = (await okfn(url, dic)('package_search', { include_private: true, rows: 1000 })) as { results: Package[] };
    expect(withKey.results.find((found) => found.name === 'nt-ckan-chua-cong-bo')).toMatchObject({ private: true });
  });

  it('@portaljs/ckan-api-client-js (GET): the same walk finds the same catalogue; its errors carry CKAN’s messages', async () => {
    const walk = await walkCatalogue(portaljs(url));
    expectWholeCatalogue(walk);
    expect(walk).toEqual(await walkCatalogue(okfn(url)));

    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const missing = portaljs(url)('package_show', { id: 'khong-co' });
      await expect(missing).rejects.toBeInstanceOf(CkanRequestError);
      await expect(missing).rejects.toMatchObject({ message: 'Not found', error: { __type: 'Not Found Error' } });
      await expect(portaljs(url)('package_show', {})).rejects.toThrow('Validation error: "id": Missing value');
    } finally {
      logged.mockRestore();
    }
    const withKey = (await portaljs(url, dic)('package_search', { include_private: true, rows: 1000 })) as { results: Package[] };
    expect(withKey.results.find((found) => found.name === 'nt-ckan-chua-cong-bo')).toMatchObject({ private: true });
  });
});

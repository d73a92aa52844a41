import { PassThrough } from 'node:stream';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../src/db/embedded-postgres';
import { startTcpProxy, type TcpProxy } from '../../reliability/tcp-proxy';
import { createFreshDatabase, type FreshDatabase } from '../helpers/fresh-database';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const onServer = Boolean(process.env.DATABASE_URL);
const datasetsQuery = { query: '{ datasets(first: 1) { totalCount } }' };

/**
 * The hub's database reached through a proxy that can cut it: the suite's fresh database on
 * the server, or a PGlite of its own served on a socket (the hub then treats it as a server).
 */
async function databaseBehindProxy(): Promise<{ url: string; proxy: TcpProxy; directUrl: string; stop(): Promise<void> }> {
  let fresh: FreshDatabase | undefined;
  let embedded: EmbeddedPostgres | undefined;
  let directUrl: string;
  if (onServer) {
    fresh = await createFreshDatabase();
    directUrl = fresh.url!;
  } else {
    embedded = await startEmbeddedPostgres();
    directUrl = embedded.url;
  }
  const direct = new URL(directUrl);
  const proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port) });
  const viaProxy = new URL(directUrl);
  viaProxy.port = String(proxy.port);
  return {
    url: viaProxy.toString(),
    proxy,
    directUrl,
    async stop() {
      await proxy.close();
      await fresh?.drop();
      await embedded?.stop();
    },
  };
}

describe('a database outage', () => {
  let database: Awaited<ReturnType<typeof databaseBehindProxy>>;
  let t: TestHub;

  beforeAll(async () => {
    database = await databaseBehindProxy();
    // PGlite cannot take the migrations' separate transaction over one serialised socket, nor enforce the timeout.
    t = await startTestHub({ env: { DATABASE_URL: database.url, ...(onServer ? {} : { HUB_STATEMENT_TIMEOUT_MS: '0' }) } });
  });

  afterAll(async () => {
    database.proxy.setMode('forward');
    await t.close();
    await database.stop();
  });

  it('gives downloads 503 with Retry-After, GraphQL a coded SERVICE_UNAVAILABLE and /healthz 503 naming the database; all recover', async () => {
    database.proxy.setMode('cut');
    const download = await t.hub.http.inject({ method: 'GET', url: '/datasets/nt-anything/download' });
    expect(download.statusCode).toBe(503);
    expect(download.headers['retry-after']).toBeDefined();
    expect(download.json()).toEqual({
      error: 'SERVICE_UNAVAILABLE',
      message: expect.stringMatching(/^Cơ sở dữ liệu tạm thời không phản hồi.*\(the database is not answering/),
    });

    const graphql = await t.postGraphQL(datasetsQuery);
    expect(graphql.status).toBe(503);
    expect(graphql.body.errors?.[0]).toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE' },
      message: expect.stringContaining('the database is not answering'),
    });

    const health = await t.hub.http.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ database: 'down', storage: 'ok' });

    database.proxy.setMode('forward');
    expect(await eventually(async () => (await t.postGraphQL(datasetsQuery)).body.errors === undefined)).toBe(true);
    expect((await t.hub.http.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});

// PGlite runs in one thread and has no timer to cancel a statement: statement_timeout is a server feature.
(onServer ? describe : describe.skip)('statement timeout (PostgreSQL server)', () => {
  let t: TestHub;
  let fresh: FreshDatabase;

  beforeAll(async () => {
    fresh = await createFreshDatabase();
    t = await startTestHub({ env: { DATABASE_URL: fresh.url!, HUB_STATEMENT_TIMEOUT_MS: '500' } });
  });

  afterAll(async () => {
    await t.close();
    await fresh.drop();
  });

  it('stops a statement past the limit with a coded QUERY_TIMEOUT, and the pool serves the next request', async () => {
    // Another session holds the catalogue table, so the request's statement waits past the limit.
    const blocker = new Client({ connectionString: fresh.url });
    await blocker.connect();
    try {
      await blocker.query('begin');
      await blocker.query('lock table dataset in access exclusive mode');
      const started = Date.now();
      const stopped = await t.postGraphQL(datasetsQuery);
      expect(stopped.body.errors?.[0]).toMatchObject({
        extensions: { code: 'QUERY_TIMEOUT' },
        message: expect.stringContaining('the query ran past its time limit and was stopped'),
      });
      expect(Date.now() - started).toBeLessThan(5000);
      const download = await t.hub.http.inject({ method: 'GET', url: '/datasets/nt-anything/download' });
      expect(download.statusCode).toBe(503);
      await blocker.query('rollback');
    } finally {
      await blocker.end();
    }
    const after = await t.postGraphQL(datasetsQuery);
    expect(after.body.errors).toBeUndefined();
    expect(after.body.data).toEqual({ datasets: { totalCount: 0 } });
  });
});

describe('graceful overload', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub({ env: { HUB_MAX_REQUESTS_IN_FLIGHT: '1' } });
  });

  afterAll(() => t.close());

  it('past the bound of requests in flight, answers 503 with Retry-After at once; /healthz still answers; then serves again', async () => {
    // A request whose body is still arriving stays in flight until it ends.
    const body = new PassThrough();
    const held = t.hub.http.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: body });
    await new Promise((resolve) => setTimeout(resolve, 100));

    const refused = await t.hub.http.inject({ method: 'GET', url: '/datasets/nt-anything/download' });
    expect(refused.statusCode).toBe(503);
    expect(refused.headers['retry-after']).toBe('1');
    expect(refused.json()).toEqual({
      error: 'SERVICE_UNAVAILABLE',
      message: expect.stringMatching(/^Máy chủ đang quá tải.*\(the hub is overloaded; retry in a moment\)$/),
    });
    expect((await t.hub.http.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);

    body.end(JSON.stringify(datasetsQuery));
    expect((await held).statusCode).toBe(200);
    expect((await t.hub.http.inject({ method: 'GET', url: '/datasets/nt-anything/download' })).statusCode).toBe(404);
  });
});

async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

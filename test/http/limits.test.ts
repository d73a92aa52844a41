import { ConfigError, loadConfig } from '../../src/config';
import { ManualClock } from '../accounts/helpers';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const query = JSON.stringify({ query: '{ datasets(first: 1) { totalCount } }' });

async function graphql(t: TestHub, remoteAddress: string, headers: Record<string, string> = {}) {
  const response = await t.hub.http.inject({
    method: 'POST',
    url: '/graphql',
    remoteAddress,
    headers: { 'content-type': 'application/json', ...headers },
    payload: query,
  });
  return { status: response.statusCode, headers: response.headers, body: response.json() as { error?: string; message?: string } };
}

async function counter(t: TestHub, key: string): Promise<number | undefined> {
  const rows = await t.hub.database.orm.em
    .fork()
    .getConnection()
    .execute<{ hits: number }[]>('select hits from throttle_counter where key = ?', [key]);
  return rows[0]?.hits;
}

describe('GraphQL rate limit per client and per address, counted in the database', () => {
  let t: TestHub;
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));

  beforeAll(async () => {
    t = await startTestHub({ seed: true, clock, env: { HUB_GRAPHQL_PER_MINUTE: '3' } });
  });

  afterAll(() => t.close());

  it('an address gets its requests a minute, then 429 with Retry-After and a message; another address is not affected', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await graphql(t, '10.0.0.7')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await graphql(t, '10.0.0.7');
    expect(limited.body).toMatchObject({ error: 'TOO_MANY_REQUESTS', message: expect.stringContaining('3 requests a minute') });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await graphql(t, '10.0.0.8')).status).toBe(200);
  });

  it('counts reach the shared table within a second, and counts of other processes are obeyed', async () => {
    clock.set(new Date(clock.now().getTime() + 1000));
    expect((await graphql(t, '10.0.0.7')).status).toBe(429);
    expect(await counter(t, 'graphql:address:10.0.0.7')).toBe(6);
    // Another replica has counted three requests of 10.0.0.11 in this window.
    await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute('insert into throttle_counter (key, hits, window_started_at, expires_at) values (?, 3, ?, ?)', [
        'graphql:address:10.0.0.11',
        clock.now(),
        new Date(clock.now().getTime() + 30_000),
      ]);
    expect((await graphql(t, '10.0.0.11')).status).toBe(429);
    expect((await graphql(t, '10.0.0.12')).status).toBe(200);
  });

  it('the window is the shared clock’s minute: a minute later the address is served again', async () => {
    for (let i = 0; i < 3; i += 1) await graphql(t, '10.0.0.9');
    expect((await graphql(t, '10.0.0.9')).status).toBe(429);
    clock.set(new Date(clock.now().getTime() + 60 * 1000));
    expect((await graphql(t, '10.0.0.9')).status).toBe(200);
  });

  it('a signed-in account is counted as itself, wherever it comes from, and not by its address', async () => {
    const token = await t.signIn('ninhthuan', 'thunghiem');
    const authorization = `Bearer ${token}`;
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await graphql(t, `10.0.1.${i}`, { authorization })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await graphql(t, '10.0.1.0')).status).toBe(200);
  });

  it('a token that does not verify is counted by its address', async () => {
    for (let i = 0; i < 3; i += 1) await graphql(t, '10.0.2.1', { authorization: `Bearer forged-${i}` });
    expect((await graphql(t, '10.0.2.1')).status).toBe(429);
  });

  it('X-Forwarded-For is ignored by default: a made-up address gets no fresh allowance', async () => {
    for (let i = 0; i < 3; i += 1) await graphql(t, '10.0.3.1', { 'x-forwarded-for': `192.0.2.${i}` });
    expect((await graphql(t, '10.0.3.1', { 'x-forwarded-for': '192.0.2.200' })).status).toBe(429);
  });
});

describe('HUB_TRUSTED_PROXIES: X-Forwarded-For is believed only from configured proxies', () => {
  it('is read as a hop count or addresses and CIDR ranges, none by default', () => {
    expect(loadConfig({}).trustedProxies).toBe(false);
    expect(loadConfig({ HUB_TRUSTED_PROXIES: '1' }).trustedProxies).toBe(1);
    expect(loadConfig({ HUB_TRUSTED_PROXIES: '10.0.0.0/8, 192.0.2.1,::1, fd00::/8' }).trustedProxies).toEqual([
      '10.0.0.0/8',
      '192.0.2.1',
      '::1',
      'fd00::/8',
    ]);
    for (const bad of ['yes', '10.0.0.0/33', '0', 'proxy.example']) {
      expect(() => loadConfig({ HUB_TRUSTED_PROXIES: bad })).toThrow(ConfigError);
    }
  });

  it('behind a configured proxy, each client address behind it is counted on its own; others cannot pretend', async () => {
    const t = await startTestHub({ env: { HUB_GRAPHQL_PER_MINUTE: '2', HUB_TRUSTED_PROXIES: '10.9.0.0/16' } });
    try {
      const viaProxy = (client: string) => graphql(t, '10.9.0.5', { 'x-forwarded-for': client });
      expect([(await viaProxy('192.0.2.1')).status, (await viaProxy('192.0.2.1')).status, (await viaProxy('192.0.2.1')).status]).toEqual([
        200, 200, 429,
      ]);
      expect((await viaProxy('192.0.2.2')).status).toBe(200);
      expect(await counter(t, 'graphql:address:192.0.2.1')).toBeGreaterThan(0);
      expect(await counter(t, 'graphql:address:10.9.0.5')).toBeUndefined();
      const direct = (client: string) => graphql(t, '203.0.113.9', { 'x-forwarded-for': client });
      expect([(await direct('192.0.2.3')).status, (await direct('192.0.2.4')).status, (await direct('192.0.2.5')).status]).toEqual([
        200, 200, 429,
      ]);
    } finally {
      await t.close();
    }
  });
});

import net from 'node:net';
import { withAdvisoryLock } from '../../src/db/advisory-lock';
import { createScratchDatabase, withClient } from '../../src/db/scratch-database';

/**
 * CI's server suite once printed nothing for 75 minutes. A server that accepts connections and
 * never answers (stopped with SIGSTOP, out of memory, disk full) must fail the administrative
 * connections in seconds, with an error, instead of holding the run: test databases, the
 * template's, and the start-up lock that migrations and seeding wait on.
 */
describe('administrative connections to a server that never answers', () => {
  let silent: net.Server;
  let url: string;
  const held: net.Socket[] = [];

  beforeAll(async () => {
    silent = net.createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    url = `postgres://postgres@127.0.0.1:${(silent.address() as net.AddressInfo).port}/postgres`;
  });

  afterAll(async () => {
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  test('a statement, a scratch database and the start-up lock each fail within about ten seconds', async () => {
    const started = Date.now();
    const attempts = await Promise.allSettled([
      withClient(url, (client) => client.query('select 1')),
      createScratchDatabase(url, 'hub_test'),
      withAdvisoryLock(url, 'hub:start-up', async () => 'ran'),
    ]);
    expect(attempts.map((attempt) => attempt.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const attempt of attempts) expect(String((attempt as PromiseRejectedResult).reason)).toMatch(/timeout/i);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);
});

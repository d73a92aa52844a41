import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { SourceFetcher, type SourceAddressPolicy } from '../../src/modules/federation/connectors/http';

/** As in production: nothing internal, loopback included, unless allow-listed. */
const production: SourceAddressPolicy = { allowLoopback: false, allowedHosts: [] };
const development: SourceAddressPolicy = { allowLoopback: true, allowedHosts: [] };
const fetcher = (policy: SourceAddressPolicy, maxPageBytes = 1024 ** 2) => new SourceFetcher({ policy, maxPageBytes });

let server: http.Server;
let port: number;
/** Connections the server accepted: a refused request must not open one. */
let connections = 0;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fixture');
    if (url.pathname === '/to') {
      response.writeHead(302, { location: url.searchParams.get('target')! });
      return response.end();
    }
    if (url.pathname === '/big') {
      // Chunked, with no content-length to trust: the cut-off must count what arrives.
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('['.padEnd(4096, ' '));
      return response.end('1]');
    }
    if (url.pathname === '/big-declared') {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '100000' });
      return response.end('['.padEnd(99_998, ' ') + '1]');
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ ok: true, path: url.pathname }));
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('request forgery guard on every fetch from a harvest source', () => {
  it('a private (RFC 1918) address is refused with a clear error, before any connection', async () => {
    await expect(fetcher(development).json('http://10.0.0.5/api/3/action/package_search', 1000)).rejects.toThrow(
      'địa chỉ mạng nội bộ bị từ chối (private or link-local address refused: 10.0.0.5)',
    );
    await expect(fetcher(development).fetch('http://192.168.1.1/', 1000)).rejects.toThrow('source refused: http://192.168.1.1/');
    await expect(fetcher(development).fetch('http://[fd00::1]/', 1000)).rejects.toThrow('private or link-local address refused');
    await expect(fetcher(development).fetch('http://0.0.0.0:80/', 1000)).rejects.toThrow('address refused: 0.0.0.0');
    // The IPv4-mapped form of a private address is no way around it.
    await expect(fetcher(development).fetch('http://[::ffff:10.0.0.5]/', 1000)).rejects.toThrow('address refused');
  });

  it('the cloud metadata address (link-local 169.254.169.254) is refused', async () => {
    await expect(fetcher(development).fetch('http://169.254.169.254/latest/meta-data/', 1000)).rejects.toThrow(
      'private or link-local address refused: 169.254.169.254',
    );
    expect(await fetcher(development).refusalOfUrl('http://169.254.169.254/latest/meta-data/')).toContain('169.254.169.254');
  });

  it('in production loopback is refused on the resolved address, not only on the host name', async () => {
    const before = connections;
    await expect(fetcher(production).fetch(`http://127.0.0.1:${port}/`, 1000)).rejects.toThrow('loopback address refused: 127.0.0.1');
    // "localhost" is a name: only resolving it shows where it leads, which is checked as the connection is made.
    await expect(fetcher(production).fetch(`http://localhost:${port}/`, 1000)).rejects.toThrow(
      /loopback address refused: (127\.0\.0\.1|::1)/,
    );
    expect(connections).toBe(before);
    expect(await fetcher(production).refusalOfUrl(`http://localhost:${port}/`)).toMatch(/loopback address refused/);
  });

  it('outside production loopback is allowed, so hubs under test can harvest each other', async () => {
    expect(await fetcher(development).json(`http://127.0.0.1:${port}/x`, 1000)).toEqual({ ok: true, path: '/x' });
    expect(await fetcher(development).refusalOfUrl(`http://127.0.0.1:${port}/`)).toBeNull();
  });

  it('an allow-listed host is accepted even in production, by host:port or by host alone', async () => {
    const byPort = fetcher({ allowLoopback: false, allowedHosts: [`127.0.0.1:${port}`] });
    expect(await byPort.json(`http://127.0.0.1:${port}/hub`, 1000)).toEqual({ ok: true, path: '/hub' });
    expect(await byPort.refusalOfUrl(`http://127.0.0.1:${port}/hub`)).toBeNull();
    const byHost = fetcher({ allowLoopback: false, allowedHosts: ['localhost'] });
    expect(await byHost.json(`http://localhost:${port}/hub`, 1000)).toEqual({ ok: true, path: '/hub' });
    // Another port of an allow-listed host:port is not allow-listed.
    await expect(byPort.fetch(`http://127.0.0.1:${port + 1}/`, 1000)).rejects.toThrow('loopback address refused');
  });

  it('a redirect to a private address is refused, checked like the first URL', async () => {
    const redirect = (target: string) => `http://127.0.0.1:${port}/to?target=${encodeURIComponent(target)}`;
    await expect(fetcher(development).fetch(redirect('http://10.1.2.3/catalog.ttl'), 1000)).rejects.toThrow(
      'private or link-local address refused: 10.1.2.3',
    );
    await expect(fetcher(development).fetch(redirect('http://169.254.169.254/latest/meta-data/'), 1000)).rejects.toThrow(
      'address refused: 169.254.169.254',
    );
    // Allow-listing the first host does not carry over to where it redirects.
    const allowListed = fetcher({ allowLoopback: false, allowedHosts: [`127.0.0.1:${port}`] });
    await expect(allowListed.fetch(redirect(`http://localhost:${port}/x`), 1000)).rejects.toThrow('loopback address refused');
    await expect(fetcher(development).fetch(redirect('file:///etc/passwd'), 1000)).rejects.toThrow('redirect to a non-http(s) URL');
    // A redirect to an allowed place is followed.
    expect(await fetcher(development).json(redirect(`http://127.0.0.1:${port}/there`), 1000)).toEqual({ ok: true, path: '/there' });
  });

  it('only http(s) sources are fetched', async () => {
    await expect(fetcher(development).fetch('file:///etc/passwd', 1000)).rejects.toThrow('must be an http(s) URL');
    expect(await fetcher(development).refusalOfUrl('gopher://127.0.0.1/')).toBe('phải là địa chỉ http(s) (must be an http(s) URL)');
  });

  it('a page larger than the limit is cut off, whether or not it declares its length', async () => {
    const small = fetcher(development, 1000);
    await expect(small.fetch(`http://127.0.0.1:${port}/big`, 1000)).rejects.toThrow('page larger than 1000 bytes');
    await expect(small.fetch(`http://127.0.0.1:${port}/big-declared`, 1000)).rejects.toThrow('page larger than 1000 bytes');
    expect(await fetcher(development, 5000).json(`http://127.0.0.1:${port}/big`, 1000)).toEqual([1]);
  });

  it('production refuses loopback unless allow-listed in HUB_HARVEST_ALLOWED_HOSTS; a malformed list is refused naming it', () => {
    const secret = 'a'.repeat(32);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        HUB_PUBLIC_URL: 'https://hub.example',
        HUB_TOKEN_SECRET: secret,
        HUB_HARVEST_ALLOWED_HOSTS: 'Hub.Internal:8443, 10.0.0.7',
      }).harvest,
    ).toMatchObject({ allowLoopback: false, allowedHosts: ['hub.internal:8443', '10.0.0.7'] });
    expect(loadConfig({ NODE_ENV: 'test' }).harvest).toMatchObject({ allowLoopback: true, allowedHosts: [] });
    expect(() => loadConfig({ HUB_HARVEST_ALLOWED_HOSTS: 'http://hub.internal/' })).toThrow('HUB_HARVEST_ALLOWED_HOSTS');
  });
});

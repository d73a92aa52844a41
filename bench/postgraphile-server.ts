import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pinPostGraphileModules } from './postgraphile-modules';

export interface PostGraphileServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:41235/graphql */
  url: string;
  /** The installed PostGraphile version, for the report. */
  version: string;
  /** Its HTTP server, for the benchmark to count the responses it finishes. */
  server: http.Server;
  close(): Promise<void>;
}

/** PostGraphile 4 as a plain middleware on loopback, read-only, over the hub's own tables. */
export async function startPostGraphile(databaseUrl: string): Promise<PostGraphileServer> {
  // Loaded only now, once its module resolution is pinned.
  pinPostGraphileModules();
  const { postgraphile } = await import('postgraphile');
  const middleware = postgraphile(databaseUrl, 'public', {
    disableDefaultMutations: true,
    graphiql: false,
    dynamicJson: true,
    setofFunctionsContainNulls: false,
    ignoreRBAC: false,
    disableQueryLog: true,
  });
  const server = http.createServer(middleware);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
  } catch (error) {
    await middleware.release();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    server,
    version: (JSON.parse(readFileSync(require.resolve('postgraphile/package.json'), 'utf8')) as { version: string }).version,
    async close() {
      // Keep-alive sockets of the load generator would otherwise hold close() open.
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await middleware.release();
    },
  };
}

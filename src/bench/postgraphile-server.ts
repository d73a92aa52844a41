import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { postgraphile } from 'postgraphile';

export interface PostGraphileServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:41235/graphql */
  url: string;
  close(): Promise<void>;
}

/** PostGraphile 4 as a plain middleware on loopback, read-only, over the hub's own tables. */
export async function startPostGraphile(databaseUrl: string): Promise<PostGraphileServer> {
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
    async close() {
      // Keep-alive sockets of the load generator would otherwise hold close() open.
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await middleware.release();
    },
  };
}

import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface ScratchDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A database of its own on a PostgreSQL server, so a test file or a benchmark run never sees (or
 * leaves behind) anyone else's rows: empty, or a copy of `template` (which nobody may be connected to).
 */
export async function createScratchDatabase(serverUrl: string, prefix: string, template?: string): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await withClient(serverUrl, (client) => client.query(`create database ${name}${template ? ` template ${template}` : ''}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await withClient(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * One short-lived connection for administrative statements. A server that accepts the connection
 * but never answers (stopped, out of connections, disk full) fails it after ten seconds instead
 * of holding the caller forever; the statements themselves may wait (a start-up lock).
 */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  // A connection ended by the server (a database dropped WITH (FORCE), a restart) fails the query
  // in flight; without a listener the same error would also crash the process as an event.
  client.on('error', () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export interface FreshDatabase {
  /** Undefined when the suite runs on embedded PGlite (DATABASE_URL unset). */
  url?: string;
  drop(): Promise<void>;
}

/**
 * Each test file gets its own empty database on the server named by DATABASE_URL, so files
 * run in parallel without seeing each other; without DATABASE_URL, each gets its own PGlite.
 */
export async function createFreshDatabase(): Promise<FreshDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { url: undefined, drop: async () => undefined };
  const name = `hub_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withAdminClient(serverUrl, (client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdminClient<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

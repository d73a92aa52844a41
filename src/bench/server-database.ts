import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig } from '../config';

/** The PostgreSQL server the benchmark runs on: DATABASE_URL, or the local one. */
export const serverUrl = loadConfig().databaseUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A database of its own, so a run never sees (or leaves behind) anyone else's rows. */
export async function createScratchDatabase(): Promise<ScratchDatabase> {
  const name = `hub_bench_${randomBytes(6).toString('hex')}`;
  await withServer((client) => client.query(`create database ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withServer((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}

export async function serverVersion(): Promise<string> {
  const result = await withServer((client) => client.query<{ version: string }>('select version()'));
  return result.rows[0].version;
}

async function withServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

import { loadConfig } from '../src/config';
import { createScratchDatabase as createOnServer, withClient, type ScratchDatabase } from '../src/db/scratch-database';

/** The PostgreSQL server the benchmark runs on: DATABASE_URL, or the local one. */
export const serverUrl = loadConfig().databaseUrl ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function createScratchDatabase(): Promise<ScratchDatabase> {
  return createOnServer(serverUrl, 'hub_bench');
}

export async function serverVersion(): Promise<string> {
  const result = await withClient(serverUrl, (client) => client.query<{ version: string }>('select version()'));
  return result.rows[0].version;
}

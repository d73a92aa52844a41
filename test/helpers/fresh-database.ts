import { createScratchDatabase } from '../../src/db/scratch-database';

export interface FreshDatabase {
  /** Undefined when the suite runs on embedded PGlite (DATABASE_URL unset). */
  url?: string;
  drop(): Promise<void>;
}

/**
 * Each test file gets its own database on the server named by DATABASE_URL, so files run in
 * parallel without seeing each other: empty, or a copy of `template`. Without DATABASE_URL,
 * each gets its own PGlite.
 */
export async function createFreshDatabase(template?: string): Promise<FreshDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return { url: undefined, drop: async () => undefined };
  return createScratchDatabase(serverUrl, 'hub_test', template);
}

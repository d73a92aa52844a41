import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildHub, type Hub } from '../src/app';
import { loadConfig } from '../src/config';
import { seed } from '../src/seed';
import type { Cleanup } from './cleanup';
import { createScratchDatabase } from './server-database';
import { addSyntheticDatasets, type SyntheticCounts } from './synthetic-datasets';

export interface BenchHub {
  hub: Hub;
  /** Where the hub listens, e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  /** The scratch database, for the competitor to read the same tables. */
  databaseUrl: string;
  /** Where the hub keeps its blobs; the file benchmark writes its own files next to them. */
  dataDir: string;
}

/**
 * The hub as production builds it, on a scratch database and data directory, seeded and
 * filled with synthetic open datasets, listening on loopback. Undo steps go to `cleanup`.
 */
export async function startBenchHub(cleanup: Cleanup, counts: SyntheticCounts): Promise<BenchHub> {
  const database = await createScratchDatabase();
  cleanup.defer('scratch database', database.drop);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-bench-'));
  cleanup.defer('data directory', () => fs.rm(dataDir, { recursive: true, force: true }));

  // Load is measured, not limited: the GraphQL rate limit and open data's fair use would answer most of it 429, and past
  // 16 requests in flight the overload guard would answer 503 at once (the 100-connection rounds).
  const hub = await buildHub(
    loadConfig({
      DATABASE_URL: database.url,
      HUB_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      HUB_GRAPHQL_PER_MINUTE: String(1e9),
      HUB_MAX_REQUESTS_IN_FLIGHT: String(1e9),
      HUB_FAIR_USE_PER_MINUTE: String(1e9),
    }),
  );
  cleanup.defer('hub', () => hub.close());
  await seed(hub, { withDemoOfficials: false });
  await addSyntheticDatasets(hub, counts);

  const baseUrl = await hub.http.listen({ host: '127.0.0.1', port: 0 });
  return { hub, baseUrl, databaseUrl: database.url, dataDir };
}

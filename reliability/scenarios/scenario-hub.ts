import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildHub, type Hub } from '../../src/app';
import { loadConfig, type HubConfig } from '../../src/config';
import { createScratchDatabase } from '../../src/db/scratch-database';

export interface ScenarioHubs {
  config: HubConfig;
  hubs: Hub[];
  close(): Promise<void>;
}

/**
 * `count` hubs started at once on one fresh database (a scratch database on `serverUrl`, or
 * the embedded one in memory when it is unset, where only one hub makes sense) and a fresh data
 * directory. A hub that fails to start is reported, not thrown.
 */
export async function startScenarioHubs(serverUrl: string | undefined, count: number): Promise<ScenarioHubs & { failures: string[] }> {
  const database = serverUrl ? await createScratchDatabase(serverUrl, 'hub_reliability') : undefined;
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-reliability-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    HUB_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...(database ? { DATABASE_URL: database.url } : {}),
  });
  const started = await Promise.allSettled(Array.from({ length: count }, () => buildHub(config, { embeddedInMemory: true })));
  const hubs = started.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const failures = started.flatMap((outcome) => (outcome.status === 'rejected' ? [String(outcome.reason)] : []));
  return {
    config,
    hubs,
    failures,
    async close() {
      await Promise.all(hubs.map((hub) => hub.close()));
      await database?.drop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

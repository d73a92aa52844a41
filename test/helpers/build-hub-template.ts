import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildHub } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createScratchDatabase } from '../../src/db/scratch-database';
import { systemClock, type Clock } from '../../src/shared/clock';
import { seed } from '../../src/seed';
import { copySnapshotData, dropSnapshot, embeddedDump, fixedSeedTime, type HubSnapshot, type HubTemplate } from './hub-template';

/**
 * Migrates a hub exactly as startTestHub would and keeps it, then seeds two copies of it, one on
 * the system clock and one on a clock stopped at `fixedSeedTime`, and keeps those too: the run's
 * template. The two seed side by side: much of seeding waits on the ingestion queue's polling.
 */
export async function createHubTemplate(serverUrl: string | undefined): Promise<HubTemplate> {
  const migrated = await createSnapshot(serverUrl, undefined);
  const [seeded, seededAtFixedTime] = await Promise.allSettled([
    createSnapshot(serverUrl, migrated, { seed: true }),
    createSnapshot(serverUrl, migrated, { seed: true, clock: { now: () => new Date(fixedSeedTime) } }),
  ]);
  if (seeded.status === 'fulfilled' && seededAtFixedTime.status === 'fulfilled')
    return { migrated, seeded: seeded.value, seededAtFixedTime: seededAtFixedTime.value };
  for (const snapshot of [seeded, seededAtFixedTime]) if (snapshot.status === 'fulfilled') await dropSnapshot(snapshot.value, serverUrl);
  await dropSnapshot(migrated, serverUrl);
  throw seeded.status === 'rejected' ? seeded.reason : (seededAtFixedTime as PromiseRejectedResult).reason;
}

/** A hub started on a copy of `from` (a new one when absent), seeded if asked (at `clock`'s time), closed and kept. */
async function createSnapshot(
  serverUrl: string | undefined,
  from: HubSnapshot | undefined,
  options: { seed?: boolean; clock?: Clock } = {},
): Promise<HubSnapshot> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-test-template-'));
  const dataDir = path.join(dir, 'data');
  const scratch = serverUrl ? await createScratchDatabase(serverUrl, 'hub_template', from?.database) : undefined;
  const snapshot: HubSnapshot = { dir, database: scratch?.name };
  try {
    await fs.mkdir(dataDir);
    if (from) await copySnapshotData(from, dataDir);
    const config = loadConfig({
      NODE_ENV: 'test',
      HUB_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    });
    const hub = await buildHub(config, {
      embeddedInMemory: true,
      embeddedFrom: from && !scratch ? await embeddedDump(from) : undefined,
      clock: options.clock,
    });
    try {
      if (options.seed) {
        snapshot.seededAt = (options.clock ?? systemClock).now().toISOString();
        await seed(hub, { withDemoOfficials: true });
      }
      const embedded = hub.database.embedded;
      if (embedded)
        await fs.writeFile(path.join(dir, 'pglite.tar'), Buffer.from(await (await embedded.db.dumpDataDir('none')).arrayBuffer()));
    } finally {
      await hub.close();
    }
    return snapshot;
  } catch (error) {
    await dropSnapshot(snapshot, serverUrl);
    throw error;
  }
}

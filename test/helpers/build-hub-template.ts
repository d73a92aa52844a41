import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildHub, type Hub } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createScratchDatabase } from '../../src/db/scratch-database';
import { seed } from '../../src/seed';
import { copySnapshotData, dropSnapshot, embeddedDump, type HubSnapshot, type HubTemplate } from './hub-template';

/**
 * Migrates a hub exactly as startTestHub would and keeps it, then seeds a copy of it and keeps
 * that too: the run's template.
 */
export async function createHubTemplate(serverUrl: string | undefined): Promise<HubTemplate> {
  const migrated = await createSnapshot(serverUrl, undefined, async () => undefined);
  try {
    const seeded = await createSnapshot(serverUrl, migrated, (hub) => seed(hub, { withDemoOfficials: true }));
    return { migrated, seeded };
  } catch (error) {
    await dropSnapshot(migrated, serverUrl);
    throw error;
  }
}

/** A hub started on a copy of `from` (a new one when absent), prepared, closed and kept. */
async function createSnapshot(
  serverUrl: string | undefined,
  from: HubSnapshot | undefined,
  prepare: (hub: Hub) => Promise<unknown>,
): Promise<HubSnapshot> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-test-template-'));
  const dataDir = path.join(dir, 'data');
  const scratch = serverUrl ? await createScratchDatabase(serverUrl, 'hub_template', from?.database) : undefined;
  const snapshot = { dir, database: scratch?.name };
  try {
    await fs.mkdir(dataDir);
    if (from) await copySnapshotData(from, dataDir);
    const config = loadConfig({
      NODE_ENV: 'test',
      HUB_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    });
    const hub = await buildHub(config, { embeddedInMemory: true, embeddedFrom: from && !scratch ? await embeddedDump(from) : undefined });
    try {
      await prepare(hub);
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

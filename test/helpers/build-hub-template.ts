import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildHub } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createScratchDatabase } from '../../src/db/scratch-database';
import { seed } from '../../src/seed';
import type { HubTemplate } from './hub-template';

/** Migrates and seeds a hub exactly as startTestHub would, and keeps what it leaves as the run's template. */
export async function createHubTemplate(serverUrl: string | undefined): Promise<HubTemplate> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-test-template-'));
  const scratch = serverUrl ? await createScratchDatabase(serverUrl, 'hub_template') : undefined;
  try {
    const config = loadConfig({
      NODE_ENV: 'test',
      HUB_DATA_DIR: path.join(dir, 'data'),
      LOG_LEVEL: 'silent',
      ...(scratch ? { DATABASE_URL: scratch.url } : {}),
    });
    const hub = await buildHub(config, { embeddedInMemory: true });
    try {
      await seed(hub, { withDemoOfficials: true });
      const embedded = hub.database.embedded;
      if (embedded)
        await fs.writeFile(path.join(dir, 'pglite.tar'), Buffer.from(await (await embedded.db.dumpDataDir('none')).arrayBuffer()));
    } finally {
      await hub.close();
    }
    return { dir, database: scratch?.name };
  } catch (error) {
    await scratch?.drop();
    await fs.rm(dir, { recursive: true, force: true });
    throw error;
  }
}

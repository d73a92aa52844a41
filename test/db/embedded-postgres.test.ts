import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { currentHubTemplate, embeddedDump } from '../helpers/hub-template';

/** Issue 13 item 2: what the embedded PGlite keeps resident. */
describe('the embedded PGlite', () => {
  let parent: string;

  beforeAll(async () => {
    parent = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-embedded-'));
  });

  afterAll(() => fs.rm(parent, { recursive: true, force: true }));

  it('runs with a 16 MB buffer pool, not PostgreSQL’s 128 MB (its shared memory stays resident in the WebAssembly heap)', async () => {
    // Started from the run's migrated template: initialising a new cluster is the next test's subject.
    const template = currentHubTemplate();
    const embedded = await startEmbeddedPostgres(undefined, template && (await embeddedDump(template.migrated)));
    try {
      const { rows } = await embedded.db.query<{ shared_buffers: string }>('show shared_buffers');
      expect(rows[0].shared_buffers).toBe('16MB');
    } finally {
      await embedded.stop();
    }
  });

  it('initialises a new data directory apart, then opens it; what was written survives a restart', async () => {
    const dataDir = path.join(parent, 'pglite');
    const first = await startEmbeddedPostgres(dataDir);
    try {
      await expect(fs.access(path.join(dataDir, 'PG_VERSION'))).resolves.toBeUndefined();
      await first.db.exec("create table kept (note text); insert into kept values ('Ninh Thuận')");
    } finally {
      await first.stop();
    }
    const again = await startEmbeddedPostgres(dataDir);
    try {
      const { rows } = await again.db.query<{ note: string }>('select note from kept');
      expect(rows).toEqual([{ note: 'Ninh Thuận' }]);
    } finally {
      await again.stop();
    }
  });
});

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';
import { currentHubTemplate, embeddedDump } from '../helpers/hub-template';

/**
 * The embedded database in a process of its own, as the hub holds it (PGlite in `dataDir` behind
 * the wire server), so that process can be killed with -9; resolves with its URL.
 */
async function embeddedInChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const script = `require(${JSON.stringify(require.resolve('../../src/db/embedded-postgres'))})
  .startEmbeddedPostgres(process.argv[1])
  .then((embedded) => process.stdout.write(embedded.url + '\\n'));`;
  const child = spawn(process.execPath, ['-r', path.join(__dirname, '..', 'helpers', 'ts-require.js'), '-e', script, dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.once('data', (line: Buffer) => resolve(line.toString().trim()));
    child.once('exit', (code) => reject(new Error(`the embedded database's process exited with ${code}`)));
  });
  return { child, url };
}

/** Issue 13 item 2: what the embedded PGlite keeps resident. Issue 14: what it keeps through a kill. */
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

  it('keeps every commit it acknowledged when its process is killed with -9 amid commits from four clients (issue 14)', async () => {
    const dataDir = path.join(parent, 'killed');
    const { child, url } = await embeddedInChild(dataDir);
    const connect = async () => {
      const client = new Client({ connectionString: url });
      // The kill cuts every client at once: their failing queries say it, not an unhandled event.
      client.on('error', () => undefined);
      await client.connect();
      return client;
    };
    const enough = 60;
    const acknowledged: string[] = [];
    try {
      const setup = await connect();
      await setup.query('create table acknowledged (id text primary key)');
      await setup.end();
      let enoughSeen!: () => void;
      const killTime = new Promise<void>((resolve) => {
        enoughSeen = resolve;
      });
      // Each writer commits as the hub's ORM does (begin, insert, commit) until the kill cuts it.
      const writer = async (writerId: number) => {
        const client = await connect();
        try {
          for (let round = 0; ; round += 1) {
            await client.query('begin');
            await client.query('insert into acknowledged (id) values ($1)', [`${writerId}-${round}`]);
            await client.query('commit');
            acknowledged.push(`${writerId}-${round}`);
            if (acknowledged.length === enough) enoughSeen();
          }
        } catch {
          await client.end().catch(() => undefined);
        }
      };
      const writing = Promise.all([0, 1, 2, 3].map(writer));
      await killTime;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await gone;
      await writing;
    } finally {
      child.kill('SIGKILL');
    }

    const restarted = await startEmbeddedPostgres(dataDir);
    try {
      const { rows } = await restarted.db.query<{ id: string }>('select id from acknowledged');
      const kept = new Set(rows.map((row) => row.id));
      expect(acknowledged.length).toBeGreaterThanOrEqual(enough);
      expect(acknowledged.filter((id) => !kept.has(id))).toEqual([]);
    } finally {
      await restarted.stop();
    }
  });
});

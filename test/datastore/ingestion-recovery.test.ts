import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buildHub, type Hub } from '../../src/app';
import { loadConfig } from '../../src/config';
import { seed } from '../../src/seed';
import { createFreshDatabase, type FreshDatabase } from '../helpers/fresh-database';

/**
 * Order and recovery of ingestion jobs, on a hub whose queue has no worker: the test plays
 * the worker (runIngestion, as the queue calls it), so it decides which job finishes first
 * and which worker "dies".
 */
describe('issue 14: ingestion that recovers and stays in order', () => {
  let database: FreshDatabase;
  let dataDir: string;
  let hub: Hub;
  let datasetNumber = 0;

  beforeAll(async () => {
    database = await createFreshDatabase();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-order-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      HUB_DATA_DIR: dataDir,
      ...(database.url ? { DATABASE_URL: database.url } : {}),
    });
    hub = await buildHub(config, { embeddedInMemory: true, ingestion: { work: false } });
    await seed(hub, { withDemoOfficials: false });
  });
  afterAll(async () => {
    await hub?.close();
    await database?.drop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  function sql<T extends object>(query: string, params: unknown[] = []): Promise<T[]> {
    return hub.database.orm.em.fork().getConnection().execute<T[]>(query, params);
  }

  async function dataset(): Promise<string> {
    datasetNumber += 1;
    const created = await hub.services().trusted.catalog.upsertFromCatalog({
      slug: `kiem-thu-thu-tu-${datasetNumber}`,
      provinceCode: 'ninhthuan',
      ownerCode: 'sotttt',
      title: `Kiểm thử thứ tự ${datasetNumber}`,
      description: 'Kiểm thử (test).',
      category: 'SURVEY',
      accessLevel: 'PUBLIC',
      licence: 'CC-BY-4.0',
    });
    return created.id;
  }

  /** Accepts an upload: the job is queued with its version number, and nobody works it yet. */
  async function accept(datasetId: string, rows: number, tag: string) {
    const services = hub.services();
    const body = `ma,ten\n${Array.from({ length: rows }, (_, index) => `${index + 1},${tag} ${index + 1}`).join('\n')}\n`;
    const file = await services.trusted.catalog.importDistribution(datasetId, {
      content: Readable.from([Buffer.from(body)]),
      originalName: `${tag}.csv`,
      mediaType: 'text/csv',
    });
    return (await services.trusted.datastore.ingestUploaded(file.distribution))!;
  }

  async function versions(datasetId: string) {
    const all = (await hub.services().datastore.versionsOf([datasetId])).get(datasetId) ?? [];
    return all.map((version) => ({ number: version.number, rows: version.rowCount }));
  }

  it('the version number is fixed on acceptance: an older upload finishing later never becomes the newest', async () => {
    const id = await dataset();
    const older = await accept(id, 2, 'cu');
    const newer = await accept(id, 3, 'moi');
    expect([older.versionNumber, newer.versionNumber]).toEqual([1, 2]);
    await hub.services().trusted.datastore.runIngestion(newer.id);
    await hub.services().trusted.datastore.runIngestion(older.id);
    expect(await versions(id)).toEqual([
      { number: 2, rows: 3 },
      { number: 1, rows: 2 },
    ]);
  });

  it('a crashed job retried after a newer upload keeps its place: the newer one stays served', async () => {
    const id = await dataset();
    const crashed = await accept(id, 2, 'sap');
    // What kill -9 leaves: RUNNING, a partial table, and nobody holding the job's lock.
    await sql(`update ingestion_job set state = 'RUNNING', attempts = 1 where id = ?`, [crashed.id]);
    await sql(`create unlogged table datastore.s_${crashed.id.replace(/-/g, '')} (c1 text)`);
    const newer = await accept(id, 3, 'sau');
    await hub.services().trusted.datastore.runIngestion(newer.id);

    expect(await hub.services().trusted.datastore.takeOverAbandonedJobs()).toEqual([crashed.id]);
    const [taken] = await sql<{ state: string }>('select state from ingestion_job where id = ?', [crashed.id]);
    expect(taken.state).toBe('QUEUED');
    expect(
      await sql(`select 1 from pg_tables where schemaname = 'datastore' and tablename = ?`, [`s_${crashed.id.replace(/-/g, '')}`]),
    ).toEqual([]);
    await hub.services().trusted.datastore.runIngestion(crashed.id);
    const finished = await hub.services().datastore.waitForJob(crashed.id);
    expect(finished.state).toBe('SUCCEEDED');
    expect(finished.attempts).toBe(2);
    expect(await versions(id)).toEqual([
      { number: 2, rows: 3 },
      { number: 1, rows: 2 },
    ]);
  });

  it('a job whose worker died on every attempt ends FAILED when taken over, never RUNNING for hours', async () => {
    const id = await dataset();
    const job = await accept(id, 2, 'chet');
    await sql(`update ingestion_job set state = 'RUNNING', attempts = 4 where id = ?`, [job.id]);
    expect(await hub.services().trusted.datastore.takeOverAbandonedJobs()).toEqual([job.id]);
    const failed = await hub.services().datastore.waitForJob(job.id);
    expect(failed.state).toBe('FAILED');
    expect(failed.problems[0].message).toMatch(/after 4 attempts/);
  });

  it('a job running in this process is not taken over, nor run twice by a second delivery', async () => {
    const id = await dataset();
    const job = await accept(id, 200_000, 'song');
    const running = hub.services().trusted.datastore.runIngestion(job.id);
    const seen = await hub
      .services()
      .datastore.waitForJob(job.id, {
        onProgress: (progress) => {
          if (progress.state === 'RUNNING') throw new Error('running');
        },
      })
      .catch((error: Error) => error.message);
    expect(seen).toBe('running');
    expect(await hub.services().trusted.datastore.takeOverAbandonedJobs()).toEqual([]);
    await hub.services().trusted.datastore.runIngestion(job.id);
    await running;
    const finished = await hub.services().datastore.waitForJob(job.id);
    expect({ state: finished.state, attempts: finished.attempts }).toEqual({ state: 'SUCCEEDED', attempts: 1 });
  });

  (process.env.DATABASE_URL ? it : it.skip)('a job whose lock another process holds is not taken over', async () => {
    const id = await dataset();
    const job = await accept(id, 2, 'khac');
    await sql(`update ingestion_job set state = 'RUNNING', attempts = 1 where id = ?`, [job.id]);
    const knex = hub.database.orm.em.getConnection().getKnex();
    await knex.transaction(async (other) => {
      await other.raw(`select pg_advisory_xact_lock(hashtextextended('ingestion_job:' || ?, 0))`, [job.id]);
      expect(await hub.services().trusted.datastore.takeOverAbandonedJobs()).toEqual([]);
    });
    expect(await hub.services().trusted.datastore.takeOverAbandonedJobs()).toEqual([job.id]);
  });

  it("an error that is not the file's is retried, and the last attempt ends the job FAILED with the reason", async () => {
    const id = await dataset();
    const job = await accept(id, 2, 'mat');
    const [file] = await sql<{ sha256: string }>(
      'select d.sha256 from distribution d join ingestion_job j on j.distribution_id = d.id where j.id = ?',
      [job.id],
    );
    await fs.rm(path.join(dataDir, 'blobs', file.sha256.slice(0, 2), file.sha256.slice(2, 4), file.sha256));
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      await expect(hub.services().trusted.datastore.runIngestion(job.id)).rejects.toThrow();
      const [row] = await sql<{ state: string; attempts: number }>('select state, attempts from ingestion_job where id = ?', [job.id]);
      expect(row).toEqual({ state: 'QUEUED', attempts: attempt });
    }
    await hub.services().trusted.datastore.runIngestion(job.id);
    const failed = await hub.services().datastore.waitForJob(job.id);
    expect(failed.state).toBe('FAILED');
    expect(failed.problems[0].message).toMatch(/failed after 4 attempts/);
  });
});

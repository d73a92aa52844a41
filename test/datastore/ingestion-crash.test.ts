import { spawn, type ChildProcess } from 'node:child_process';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildHub, type Hub } from '../../src/app';
import { ingestionTableSchema, writeIngestionCsv } from '../../src/bench/ingestion-csv';
import { loadConfig } from '../../src/config';
import { seed } from '../../src/seed';
import { createFreshDatabase, type FreshDatabase } from '../helpers/fresh-database';

const root = path.resolve(__dirname, '../..');
const serverUrl = process.env.DATABASE_URL;

/**
 * A second hub process on the same database and data directory, compiled on the fly by the
 * TypeScript compiler (no ts-node or tsx needed): its worker takes jobs from the shared queue.
 */
const childHub = `
const ts = require('typescript');
const fs = require('fs');
require.extensions['.ts'] = (module, file) => module._compile(ts.transpileModule(fs.readFileSync(file, 'utf8'), {
  fileName: file,
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true,
    experimentalDecorators: true, emitDecoratorMetadata: true, useDefineForClassFields: false, resolveJsonModule: true },
}).outputText, file);
require('reflect-metadata');
const [root, databaseUrl, dataDir] = process.argv.slice(1);
const { buildHub } = require(root + '/src/app');
const { loadConfig } = require(root + '/src/config');
buildHub(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl, HUB_DATA_DIR: dataDir }))
  .then(() => console.log('ready'), (error) => { console.error(error); process.exit(1); });
`;

const describeOnServer = serverUrl ? describe : describe.skip;
if (!serverUrl) {
  // eslint-disable-next-line no-console
  console.warn('ingestion-crash: skipped on embedded PGlite — another process cannot open the in-memory database; set DATABASE_URL');
}

describeOnServer(
  'issues 3 and 14: a process killed mid-ingestion (kill -9) leaves the previous version intact, and its job is taken over',
  () => {
    let database: FreshDatabase;
    let dataDir: string;
    let hub: Hub;
    let child: ChildProcess | undefined;

    beforeAll(async () => {
      database = await createFreshDatabase();
      dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-crash-'));
      // This process only enqueues until the child is dead: the child's worker must take the job.
      hub = await buildHub(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: database.url!, HUB_DATA_DIR: dataDir }), {
        ingestion: { work: false },
      });
      await seed(hub, { withDemoOfficials: false });
    });
    afterAll(async () => {
      if (child && child.exitCode === null) child.kill('SIGKILL');
      await hub?.close();
      await database?.drop();
      await fs.rm(dataDir, { recursive: true, force: true });
    });

    function sql<T extends object>(query: string, params: unknown[] = []): Promise<T[]> {
      return hub.database.orm.em.fork().getConnection().execute<T[]>(query, params);
    }

    it('kill -9 during COPY: version 1 still served; the job is taken over, its partial table dropped, and makes version 2', async () => {
      const { catalog, datastore } = hub.services();
      const dataset = await catalog.upsertFromCatalog({
        slug: 'kiem-thu-sap-tien-trinh',
        provinceCode: 'ninhthuan',
        ownerCode: 'sotttt',
        title: 'Kiểm thử tiến trình bị dừng (crash test)',
        description: 'Kiểm thử (test).',
        category: 'SURVEY',
        accessLevel: 'PUBLIC',
        licence: 'CC-BY-4.0',
        tableSchema: ingestionTableSchema,
      });
      const small = path.join(dataDir, 'v1.csv');
      const large = path.join(dataDir, 'v2.csv');
      await writeIngestionCsv(small, 100);
      await writeIngestionCsv(large, 1_000_000);

      const first = await catalog.importDistribution(dataset.id, {
        content: createReadStream(small),
        originalName: 'v1.csv',
        mediaType: 'text/csv',
      });
      const firstJob = (await datastore.ingestUploaded(first.distribution))!;
      await datastore.runIngestion(firstJob.id);
      expect((await datastore.waitForJob(firstJob.id)).state).toBe('SUCCEEDED');

      child = spawn(process.execPath, ['-e', childHub, root, database.url!, dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve, reject) => {
        child!.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
        child!.once('exit', (code) => reject(new Error(`child hub exited with ${code}`)));
      });

      const second = await catalog.importDistribution(dataset.id, {
        content: createReadStream(large),
        originalName: 'v2.csv',
        mediaType: 'text/csv',
      });
      const job = (await hub.services().datastore.ingestUploaded(second.distribution))!;
      const killedMidWay = new Error('killed');
      const stopped = await datastore
        .waitForJob(job.id, {
          timeoutMs: 30_000,
          onProgress: (progress) => {
            if (progress.state !== 'RUNNING' || progress.bytesRead === 0) return;
            child!.kill('SIGKILL');
            throw killedMidWay;
          },
        })
        .catch((error: unknown) => error);
      expect(stopped).toBe(killedMidWay); // killed while RUNNING, bytes read but not finished
      await new Promise((resolve) => (child!.exitCode !== null || child!.signalCode ? resolve(null) : child!.once('exit', resolve)));
      expect(child.signalCode).toBe('SIGKILL');

      const [row] = await sql<{ state: string; bytes_read: string }>('select state, bytes_read from ingestion_job where id = ?', [job.id]);
      expect(row.state).toBe('RUNNING');
      expect(Number(row.bytes_read)).toBeGreaterThan(0);
      const versions = (await hub.services().datastore.versionsOf([dataset.id])).get(dataset.id)!;
      expect(versions.map((version) => [version.number, version.rowCount])).toEqual([[1, 100]]);
      const servedRows = await sql<{ n: string }>(`select count(*) as n from datastore.${versions[0].tableName}`);
      expect(Number(servedRows[0].n)).toBe(100);

      // The takeover every working hub runs: once the server has noticed the dead client (and so
      // freed its lock), the job is queued again with its partial tables dropped.
      const partial = () =>
        sql("select tablename from pg_tables where schemaname = 'datastore' and tablename in (?, ?)", [
          `s_${job.id.replace(/-/g, '')}`,
          `v_${job.id.replace(/-/g, '')}`,
        ]);
      expect((await partial()).length).toBeGreaterThan(0);
      for (let attempt = 0; ; attempt += 1) {
        if ((await hub.services().datastore.takeOverAbandonedJobs()).includes(job.id)) break;
        if (attempt === 40) throw new Error("the dead worker's job was never taken over");
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(await partial()).toEqual([]);
      // This hub enqueues only: run the job as the queue's next delivery would.
      await hub.services().datastore.runIngestion(job.id);
      const retried = await hub.services().datastore.waitForJob(job.id);
      expect(retried.state).toBe('SUCCEEDED');
      expect(retried.attempts).toBe(2);
      const after = (await hub.services().datastore.versionsOf([dataset.id])).get(dataset.id)!;
      expect(after.map((version) => [version.number, version.rowCount])).toEqual([
        [2, 1_000_000],
        [1, 100],
      ]);
    }, 90_000);
  },
);

import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildHub, type Hub } from '../../app';
import { ingestionTableSchema, writeIngestionCsv } from '../../bench/ingestion-csv';
import { loadConfig } from '../../config';
import { createScratchDatabase } from '../../db/scratch-database';
import { seed } from '../../seed';
import { startHubProcess } from './hub-process';

export interface KilledIngestionFigures {
  rows: number;
  /** Bytes the killed worker had reported read when it died (progress is written in steps). */
  bytesReadAtKill: number;
  /** How long the killed worker had held the job. */
  heldMs: number;
  /** The version served while the job was orphaned: the earlier one, whole. */
  servedWhileOrphaned: number | null;
  /** From the kill until a restarted hub ended the job. */
  recoveredMs: number;
  finalState: string;
  partialTablesLeft: number;
  /** Versions after recovery, newest first: number and rows. */
  versions: [number, number][];
}

const slug = 'tin-cay-tien-trinh-bi-dung';

/**
 * Issue 14 table, row "hub killed with -9 during an ingestion": a hub process (`node
 * dist/main.js serve`) takes an ingestion job from the shared queue and is killed with SIGKILL
 * while it loads; the previous version must stay served, and a hub started afterwards must take
 * the job over, drop its partial tables and end it, never leaving it RUNNING.
 */
export async function killedDuringIngestion(options: { serverUrl: string; rows: number }): Promise<KilledIngestionFigures> {
  const database = await createScratchDatabase(options.serverUrl, 'hub_reliability');
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-reliability-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: database.url, HUB_DATA_DIR: dataDir });
  const hubs: Hub[] = [];
  try {
    // This hub only enqueues: the process about to die must be the one that takes the job.
    const enqueuer = await buildHub(config, { ingestion: { work: false } });
    hubs.push(enqueuer);
    await seed(enqueuer, { withDemoOfficials: false });
    const { catalog, datastore } = enqueuer.services();
    const dataset = await catalog.upsertFromCatalog({
      slug,
      provinceCode: 'ninhthuan',
      ownerCode: 'sotttt',
      title: 'Kiểm thử tiến trình bị dừng (a hub killed mid-ingestion)',
      description: 'Kiểm thử (test).',
      category: 'SURVEY',
      accessLevel: 'PUBLIC',
      licence: 'CC-BY-4.0',
      tableSchema: ingestionTableSchema,
    });
    const accept = async (rows: number) => {
      const file = path.join(dataDir, `upload-${rows}.csv`);
      await writeIngestionCsv(file, rows);
      const { distribution } = await catalog.importDistribution(dataset.id, {
        content: createReadStream(file),
        originalName: path.basename(file),
        mediaType: 'text/csv',
      });
      return (await datastore.ingestUploaded(distribution))!.id;
    };
    const versions = async () =>
      ((await datastore.versionsOf([dataset.id])).get(dataset.id) ?? []).map((v): [number, number] => [v.number, v.rowCount]);

    const first = await accept(100);
    await datastore.runIngestion(first);
    const doomed = await startHubProcess({ dataDir, databaseUrl: database.url });
    const job = await accept(options.rows);
    // Waiting ends by a throw from onProgress once the doomed process is loading: it has read part
    // of the file, or (progress is written in steps) has held the job for half a second.
    let runningSince: number | undefined;
    const midway = await datastore
      .waitForJob(job, {
        timeoutMs: 60_000,
        onProgress: (progress) => {
          if (progress.state !== 'RUNNING') return;
          runningSince ??= performance.now();
          if (progress.bytesRead > 0 || performance.now() - runningSince > 500)
            throw new LoadingSeen(progress.bytesRead, performance.now() - runningSince);
        },
      })
      .then(
        (ended) => new Error(`the job ended ${ended.state} before the kill`),
        (error: unknown) => error,
      );
    if (!(midway instanceof LoadingSeen)) throw midway;
    const killedAt = performance.now();
    await doomed.kill();
    const [servedWhileOrphaned] = await versions();

    const restarted = await buildHub(config, { ingestion: { takeoverIntervalSeconds: 1 } });
    hubs.push(restarted);
    const ended = await restarted.services().datastore.waitForJob(job, { timeoutMs: 120_000 });
    const recoveredMs = performance.now() - killedAt;
    // Tables in the datastore that no version owns: what the dead worker left and no one dropped.
    const orphans = await restarted.database.orm.em
      .fork()
      .getConnection()
      .execute<{ n: string }[]>(
        "select count(*) as n from pg_tables t where schemaname = 'datastore' and not exists (select 1 from dataset_version v where v.table_name = t.tablename)",
      );
    return {
      rows: options.rows,
      bytesReadAtKill: midway.bytesRead,
      heldMs: midway.heldMs,
      servedWhileOrphaned: servedWhileOrphaned?.[1] ?? null,
      recoveredMs,
      finalState: ended.state,
      partialTablesLeft: Number(orphans[0].n),
      versions: await versions(),
    };
  } finally {
    for (const hub of hubs) await hub.close();
    await database.drop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

class LoadingSeen extends Error {
  constructor(
    readonly bytesRead: number,
    readonly heldMs: number,
  ) {
    super('the job is loading');
  }
}

import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildHub, type Hub } from '../../src/app';
import { ingestionTableSchema, writeIngestionCsv } from '../../bench/ingestion-csv';
import { loadConfig, type HubConfig } from '../../src/config';
import { createScratchDatabase } from '../../src/db/scratch-database';
import { seed } from '../../src/seed';
import { devSignInToken, postGraphQL } from './graphql-client';
import { startHubProcess, unthrottled, type HubProcess } from './hub-process';

export interface KilledIngestionFigures {
  rows: number;
  /** Bytes the killed worker had reported read when it died (progress is written in steps). */
  bytesReadAtKill: number;
  /** How long the killed worker had held the job. */
  heldMs: number;
  /** The version served while the job was orphaned: the earlier one, whole. */
  servedWhileOrphaned: number | null;
  /** Tables the killed worker left, seen before any worker ran again: what the recovery must drop. */
  partialTablesAtKill: number;
  /** From the start of the hub after the kill until it ended the job. */
  recoveredMs: number;
  finalState: string;
  partialTablesLeft: number;
  /** Versions after recovery, newest first: number and rows. */
  versions: [number, number][];
}

const slug = 'tin-cay-tien-trinh-bi-dung';

/**
 * Issue 14 table, row "hub killed with -9 during an ingestion": a hub process (`node
 * dist/main.js serve`) takes an ingestion job from the queue and is killed with SIGKILL while it
 * loads; the previous version must stay served, and a hub started afterwards on the same database
 * must take the job over, drop its partial tables and end it, never leaving it RUNNING. On the
 * PostgreSQL server at `serverUrl` (a scratch database), or on the embedded default in the data
 * directory when it is absent.
 */
export async function killedDuringIngestion(options: { serverUrl?: string; rows: number }): Promise<KilledIngestionFigures> {
  const database = options.serverUrl ? await createScratchDatabase(options.serverUrl, 'hub_reliability') : null;
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-reliability-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HUB_DATA_DIR: dataDir,
    ...(database ? { DATABASE_URL: database.url } : {}),
  });
  let restarted: Hub | null = null;
  let doomed: HubProcess | null = null;
  try {
    // Hubs that work no queue prepare and look, each closed before another process opens the
    // database: the doomed process must be the one that takes the job, and embedded PGlite admits
    // one process.
    const { datasetId, job } = await withIdleHub(config, (hub) => prepare(hub, config, options.rows));
    doomed = await startHubProcess({ dataDir, databaseUrl: database?.url, env: unthrottled });
    const midway = await loadingSeen(doomed.baseUrl, job);
    await doomed.kill();
    const partialTablesAtKill = await withIdleHub(config, orphanTables);

    const restartedAt = performance.now();
    restarted = await buildHub(config, { ingestion: { takeoverIntervalSeconds: 1 } });
    const { datastore } = restarted.services();
    const versions = async () =>
      ((await datastore.versionsOf([datasetId])).get(datasetId) ?? []).map((v): [number, number] => [v.number, v.rowCount]);
    const [servedWhileOrphaned] = await versions();
    const ended = await datastore.waitForJob(job, { timeoutMs: 120_000 });
    const recoveredMs = performance.now() - restartedAt;
    return {
      rows: options.rows,
      bytesReadAtKill: midway.bytesRead,
      heldMs: midway.heldMs,
      servedWhileOrphaned: servedWhileOrphaned?.[1] ?? null,
      partialTablesAtKill,
      recoveredMs,
      finalState: ended.state,
      partialTablesLeft: await orphanTables(restarted),
      versions: await versions(),
    };
  } finally {
    await doomed?.kill();
    await restarted?.close();
    await database?.drop();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/** A hub that enqueues but works no job, open for `use` only. */
async function withIdleHub<T>(config: HubConfig, use: (hub: Hub) => Promise<T>): Promise<T> {
  const hub = await buildHub(config, { ingestion: { work: false } });
  try {
    return await use(hub);
  } finally {
    await hub.close();
  }
}

/** Tables in the datastore that no version owns: an ingestion's partial tables. */
async function orphanTables(hub: Hub): Promise<number> {
  const [{ n }] = await hub.database.orm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>(
      "select count(*) as n from pg_tables t where schemaname = 'datastore' and not exists (select 1 from dataset_version v where v.table_name = t.tablename)",
    );
  return Number(n);
}

/** Seeds, registers the dataset with a first version of 100 rows, and accepts the large upload. */
async function prepare(hub: Hub, config: HubConfig, rows: number): Promise<{ datasetId: string; job: string }> {
  await seed(hub, { withDemoOfficials: true });
  const services = hub.services();
  const { datastore } = services.trusted;
  const { catalog } = services.trusted;
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
  const accept = async (count: number) => {
    const file = path.join(config.dataDir, `upload-${count}.csv`);
    await writeIngestionCsv(file, count);
    const { distribution } = await catalog.importDistribution(dataset.id, {
      content: createReadStream(file),
      originalName: path.basename(file),
      mediaType: 'text/csv',
    });
    return (await datastore.ingestUploaded(distribution))!.id;
  };
  await datastore.runIngestion(await accept(100));
  return { datasetId: dataset.id, job: await accept(rows) };
}

const jobProgress = `query ($id: ID!) { ingestionJob(id: $id) { state bytesRead } }`;

/**
 * Follows the job as its owner's steward does, through the doomed hub's GraphQL, until that hub
 * is loading: it has read part of the file or (progress is written in steps) has held the job
 * for half a second.
 */
async function loadingSeen(baseUrl: string, job: string): Promise<{ bytesRead: number; heldMs: number }> {
  const token = await devSignInToken(baseUrl, 'vankiemthu');
  const deadline = performance.now() + 60_000;
  let runningSince: number | undefined;
  while (performance.now() < deadline) {
    const answer = await postGraphQL(baseUrl, jobProgress, { id: job }, { token });
    const progress = (answer.data as { ingestionJob?: { state: string; bytesRead: number } | null } | undefined)?.ingestionJob;
    if (progress?.state === 'SUCCEEDED' || progress?.state === 'FAILED') throw new Error(`the job ended ${progress.state} before the kill`);
    if (progress?.state === 'RUNNING') {
      runningSince ??= performance.now();
      const heldMs = performance.now() - runningSince;
      if (progress.bytesRead > 0 || heldMs > 500) return { bytesRead: progress.bytesRead, heldMs };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the doomed hub never started loading the job');
}

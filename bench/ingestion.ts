import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { buildHub } from '../src/app';
import { loadConfig } from '../src/config';
import { ingestionStages, type IngestionStage } from '../src/modules/datastore/service';
import { seed } from '../src/seed';
import type { Cleanup } from './cleanup';
import { ingestionColumns, ingestionTableSchema, writeIngestionCsv } from './ingestion-csv';
import { processCpuSeconds, statCpuSeconds } from './cpu';
import { interleave, median, spread, type Spread } from './rounds';
import { measure } from './rss-peak';
import { createScratchDatabase } from './server-database';

const datasetSlug = 'bench-ingestion';

export interface IngestionFigures {
  rows: number;
  fileBytes: number;
  columns: number;
  /** Job start (RUNNING) to SUCCEEDED, as the job row records them: median of the rounds. */
  hubSeconds: number;
  /** Enqueue to SUCCEEDED seen by the poller, adding the queue's pick-up delay: median of the rounds. */
  hubWallSeconds: number;
  /** Wall time of the psql process: median of the rounds. */
  psqlSeconds: number;
  /** Seconds of each psql run, in round order. */
  psqlRuns: number[];
  /** Rows/s, hub ÷ psql, per round (psql seconds ÷ hub job seconds). */
  ratio: Spread;
  /** Whether the hub went first, per round. */
  hubFirst: boolean[];
  /** CPU seconds per run, median of the rounds: the hub's is this (the hub's) process; psql's is the psql client process (its PostgreSQL backend's is not counted, nor the hub's backends). */
  hubCpuSeconds: number;
  psqlCpuSeconds: number;
  /** Resident memory of the hub process: before the job, and the highest seen while it ran. */
  rssBeforeBytes: number;
  rssPeakBytes: number;
  /** Seconds of each run, job start to SUCCEEDED, in round order. */
  hubRuns: number[];
  stages: { stage: IngestionStage; milliseconds: number }[];
}

/**
 * Benchmark 4: a generated 1,000,000-row CSV through the real pipeline (blob store → queue →
 * worker → staging COPY → typed version → publish) on a scratch database of the PostgreSQL
 * server, next to `psql \copy` of the same file into an all-text table, in interleaved rounds
 * (hub, psql; psql, hub; …), each hub run a new version of the same file.
 */
export async function benchmarkIngestion(cleanup: Cleanup, options: { rows: number; rounds: number }): Promise<IngestionFigures> {
  const database = await createScratchDatabase();
  cleanup.defer('ingestion scratch database', database.drop);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-bench-ingestion-'));
  cleanup.defer('ingestion data directory', () => fs.rm(dataDir, { recursive: true, force: true }));
  const file = path.join(dataDir, 'ingestion.csv');
  const fileBytes = await writeIngestionCsv(file, options.rows);

  const stages = new Map<IngestionStage, number>();
  const hub = await buildHub(loadConfig({ DATABASE_URL: database.url, HUB_DATA_DIR: dataDir, LOG_LEVEL: 'silent', NODE_ENV: 'test' }), {
    ingestion: { pollingIntervalSeconds: 0.5, onStage: (_job, stage, milliseconds) => stages.set(stage, milliseconds) },
  });
  let closed = false;
  const close = async () => {
    if (!closed) await hub.close();
    closed = true;
  };
  cleanup.defer('ingestion hub', close);
  await seed(hub, { withDemoOfficials: false });

  const { catalog } = hub.services().trusted;
  const dataset = await catalog.upsertFromCatalog({
    slug: datasetSlug,
    provinceCode: 'ninhthuan',
    ownerCode: 'sotttt',
    title: 'Hồ sơ cấp phép tổng hợp (synthetic licences for the ingestion benchmark)',
    description: 'Dữ liệu tổng hợp (synthetic data).',
    category: 'SURVEY',
    accessLevel: 'PUBLIC',
    licence: 'CC-BY-4.0',
    tableSchema: ingestionTableSchema,
  });
  const { distribution } = await catalog.importDistribution(dataset.id, {
    content: createReadStream(file),
    originalName: 'ingestion.csv',
    mediaType: 'text/csv',
  });

  global.gc?.();
  const rssBeforeBytes = process.memoryUsage.rss();
  const hubRun = async () => {
    const cpuBefore = processCpuSeconds();
    const measured = await measure(async () => {
      const services = hub.services();
      const queued = await services.trusted.datastore.ingestUploaded(distribution);
      if (!queued) throw new Error('the benchmark CSV got no ingestion job');
      return services.datastore.waitForJob(queued.id, { timeoutMs: 600_000 });
    });
    const cpuSeconds = processCpuSeconds() - cpuBefore;
    const job = measured.result;
    if (job.state !== 'SUCCEEDED') throw new Error(`benchmark ingestion ${job.state}: ${JSON.stringify(job.problems.slice(0, 3))}`);
    if (job.rowsProcessed !== options.rows)
      throw new Error(`benchmark ingestion loaded ${job.rowsProcessed} rows, expected ${options.rows}`);
    return {
      seconds: (job.finishedAt!.getTime() - job.startedAt!.getTime()) / 1000,
      wallSeconds: measured.seconds,
      peakRssDeltaBytes: measured.peakRssDeltaBytes,
      cpuSeconds,
    };
  };
  const rounds = await interleave(
    options.rounds,
    hubRun,
    (round) => psqlCopy(database.url, file, round),
    ({ round, ours, peer }) =>
      console.log(
        `bench:   round ${round}: hub ${ours.seconds.toFixed(2)} s, psql ${peer.seconds.toFixed(2)} s (${(peer.seconds / ours.seconds).toFixed(2)}×)`,
      ),
  );
  await close();
  const hubRuns = rounds.map(({ ours }) => ours);
  const psqlRuns = rounds.map(({ peer }) => peer);

  return {
    rows: options.rows,
    fileBytes,
    columns: ingestionColumns.length,
    hubSeconds: median(hubRuns.map((run) => run.seconds)),
    hubRuns: hubRuns.map((run) => run.seconds),
    hubWallSeconds: median(hubRuns.map((run) => run.wallSeconds)),
    psqlSeconds: median(psqlRuns.map((run) => run.seconds)),
    psqlRuns: psqlRuns.map((run) => run.seconds),
    ratio: spread(rounds.map(({ ours, peer }) => peer.seconds / ours.seconds)),
    hubFirst: rounds.map(({ oursFirst }) => oursFirst),
    hubCpuSeconds: median(hubRuns.map((run) => run.cpuSeconds)),
    psqlCpuSeconds: median(psqlRuns.map((run) => run.cpuSeconds)),
    rssBeforeBytes,
    rssPeakBytes: rssBeforeBytes + Math.max(...hubRuns.map((run) => run.peakRssDeltaBytes)),
    stages: ingestionStages.filter((stage) => stages.has(stage)).map((stage) => ({ stage, milliseconds: stages.get(stage)! })),
  };
}

/**
 * `psql \copy` of the file into a fresh all-text table: the wall time of the psql process, and
 * its CPU. psql runs under a shell that, once it has waited for psql, prints its own
 * /proc/<pid>/stat, whose cutime and cstime are then psql's user and system time.
 */
async function psqlCopy(databaseUrl: string, file: string, run: number): Promise<{ seconds: number; cpuSeconds: number }> {
  const table = `raw_copy_${run}`;
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`create table ${table} (${ingestionColumns.map((column) => `${column} text`).join(', ')})`);
  } finally {
    await client.end();
  }
  const started = process.hrtime.bigint();
  const stat = await new Promise<string>((resolve, reject) => {
    const psql = spawn(
      'sh',
      [
        '-c',
        'psql "$@" > /dev/null && cat /proc/$$/stat',
        'sh',
        '-X',
        '-q',
        '-v',
        'ON_ERROR_STOP=1',
        '-d',
        databaseUrl,
        '-c',
        `\\copy ${table} from '${file}' with (format csv, header true)`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    psql.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    psql.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    psql.on('error', reject);
    psql.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`psql exited with ${code}: ${stderr}`))));
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { seconds, cpuSeconds: statCpuSeconds(stat, 'waited-for children') };
}

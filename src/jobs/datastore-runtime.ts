import { Pool } from 'pg';
import type { Database } from '../db/database';
import { abandonJob, PgCopyLoader, PgliteBlobLoader, takeOverAbandonedJobs } from '../modules/datastore/composition';
import type { DatastoreRuntime, StageListener } from '../modules/datastore/service';
import type { Clock } from '../shared/clock';
import { every } from './periodic';
import { JobQueue, type QueueDefinition } from './queue';

export const ingestionQueue = 'ingestion';
/** Jobs the ingestion queue gave up on: their rows are failed (recovery.ts). */
const ingestionDeadLetters = 'ingestion-dead-letters';
const retryLimit = 3;

export interface IngestionWorkerOptions {
  /** False: this process only enqueues (another process works the queue). */
  work?: boolean;
  pollingIntervalSeconds?: number;
  maintenanceIntervalSeconds?: number;
  /** A running ingestion older than this is taken as dead (its process killed) and retried. */
  expireInSeconds?: number;
  /** Told how long each stage of an ingestion took (the benchmark's profile). */
  onStage?: StageListener;
  /** How often RUNNING jobs whose worker died are looked for (and once at start); 0 turns it off. */
  takeoverIntervalSeconds?: number;
}

export interface IngestionRuntime {
  runtime: DatastoreRuntime;
  /** The process's one pg-boss, shared with the other queues (`otherQueues`). */
  queue: JobQueue;
  /** Starts working the queue with `run` (which builds the services of one job). */
  startWorker(run: (jobId: string) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The hub-wide half of ingestion: a pg pool of its own (raw SQL, COPY), the bulk loader that
 * suits the database, and the pg-boss queue shared by all replicas.
 */
export async function startIngestionRuntime(
  database: Database,
  connectionString: string,
  clock: Clock,
  options: IngestionWorkerOptions & { onError: (error: Error) => void; otherQueues?: QueueDefinition[] },
): Promise<IngestionRuntime> {
  const pool = new Pool({ connectionString, max: 4 });
  pool.on('error', options.onError);
  const queue = await JobQueue.start(
    {
      connectionString,
      onError: options.onError,
      exclusively: (work) => database.exclusively(work),
      pollingIntervalSeconds: options.pollingIntervalSeconds,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds,
    },
    [
      { name: ingestionDeadLetters, expireInSeconds: 60, retryLimit: 3, retryDelaySeconds: 5 },
      {
        name: ingestionQueue,
        expireInSeconds: options.expireInSeconds ?? 2 * 3600,
        retryLimit,
        retryDelaySeconds: 5,
        deadLetter: ingestionDeadLetters,
      },
      ...(options.otherQueues ?? []),
    ],
  );
  const embedded = database.embedded?.db;
  const enqueue = (jobId: string) => queue.send(ingestionQueue, { jobId });
  const attemptLimit = retryLimit + 1;
  const takeOver = () => takeOverAbandonedJobs(pool, clock, attemptLimit, enqueue);
  let takeovers = { stop: () => undefined as void };
  return {
    queue,
    runtime: {
      pool,
      clock,
      loaderFor: (sql) => (embedded ? new PgliteBlobLoader(embedded) : new PgCopyLoader(sql)),
      enqueue,
      takeOverAbandonedJobs: takeOver,
      attemptLimit,
      ...(options.onStage ? { onStage: options.onStage } : {}),
      parallelTyping: !embedded,
      // About a tenth of a second per statement: a request needing a few statements waits well under a second (issue 13 item 3).
      ...(embedded ? { statementMs: 100 } : {}),
    },
    async startWorker(run) {
      if (options.work === false) return;
      await queue.work<{ jobId: string }>(
        ingestionQueue,
        (job) =>
          run(job.jobId).catch((error: Error) => {
            options.onError(error);
            throw error;
          }),
        options.pollingIntervalSeconds ?? 0.5,
      );
      await queue.work<{ jobId: string }>(
        ingestionDeadLetters,
        (job) => abandonJob(pool, clock, job.jobId),
        options.pollingIntervalSeconds ?? 0.5,
      );
      // A worker killed with its job leaves it RUNNING with its lock free: taken over at start
      // (the whole embedded database restarted with the process) and every interval after.
      await takeOver().catch(options.onError);
      takeovers = every((options.takeoverIntervalSeconds ?? 15) * 1000, takeOver, options.onError);
    },
    async stop() {
      takeovers.stop();
      await queue.stop();
      await pool.end();
    },
  };
}

import { Pool } from 'pg';
import type { Database } from '../db/database';
import { PgCopyLoader } from '../modules/datastore/ingestion/load-pg';
import { PgliteBlobLoader } from '../modules/datastore/ingestion/load-pglite';
import type { DatastoreRuntime, StageListener } from '../modules/datastore/service';
import type { Clock } from '../shared/clock';
import { JobQueue, type QueueDefinition } from './queue';

export const ingestionQueue = 'ingestion';

export interface IngestionWorkerOptions {
  /** False: this process only enqueues (another process works the queue). */
  work?: boolean;
  pollingIntervalSeconds?: number;
  maintenanceIntervalSeconds?: number;
  /** A running ingestion older than this is taken as dead (its process killed) and retried. */
  expireInSeconds?: number;
  /** Told how long each stage of an ingestion took (the benchmark's profile). */
  onStage?: StageListener;
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
      { name: ingestionQueue, expireInSeconds: options.expireInSeconds ?? 2 * 3600, retryLimit: 3, retryDelaySeconds: 5 },
      ...(options.otherQueues ?? []),
    ],
  );
  const embedded = database.embedded?.db;
  return {
    queue,
    runtime: {
      pool,
      clock,
      loaderFor: (sql) => (embedded ? new PgliteBlobLoader(embedded) : new PgCopyLoader(sql)),
      enqueue: (jobId) => queue.send(ingestionQueue, { jobId }),
      ...(options.onStage ? { onStage: options.onStage } : {}),
      parallelTyping: !embedded,
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
    },
    async stop() {
      await queue.stop();
      await pool.end();
    },
  };
}

import type { Pool } from 'pg';
import type { Clock } from '../../../shared/clock';
import { internalFailure } from './input-failures';
import { withJobLock } from './job-lock';
import { JobRows } from './job-rows';
import { dropJobTables, tablesOfJob } from './staging';

/**
 * Jobs whose worker died (kill -9, a lost connection): RUNNING, yet nobody holds their lock.
 * Each is taken over under its lock: its partial tables dropped, and either queued again
 * or, once it has used its attempts (a file that kills its worker every time), failed.
 * Idempotent and safe on every replica at once: the lock decides, and the state is read again under it.
 */
export async function takeOverAbandonedJobs(
  pool: Pool,
  clock: Clock,
  attemptLimit: number,
  enqueue: (jobId: string) => Promise<void>,
): Promise<string[]> {
  const running = await pool.query<{ id: string }>(`select id from ingestion_job where state = 'RUNNING' order by created_at`);
  const taken: string[] = [];
  for (const { id } of running.rows) {
    await onJobLocked(pool, clock, id, ['RUNNING'], async (rows, attempts) => {
      await dropJobTables(rows.sql, tablesOfJob(id), { keepTyped: false });
      if (attempts >= attemptLimit) {
        await rows.fail(id, internalFailure(new Error('the worker stopped while ingesting, every time'), attempts));
      } else {
        await rows.requeue(id);
        await enqueue(id);
      }
      taken.push(id);
    });
  }
  return taken;
}

/** The queue gave up on a job (its dead-letter queue): the job row follows, FAILED, unless it already ended. */
export async function abandonJob(pool: Pool, clock: Clock, jobId: string): Promise<void> {
  await onJobLocked(pool, clock, jobId, ['QUEUED', 'RUNNING'], async (rows, attempts) => {
    await dropJobTables(rows.sql, tablesOfJob(jobId), { keepTyped: false });
    await rows.fail(jobId, internalFailure(new Error('the queue gave up on it'), attempts));
  });
}

/** Runs `work` under the job's lock if the job is (still) in one of `states`. */
async function onJobLocked(
  pool: Pool,
  clock: Clock,
  jobId: string,
  states: string[],
  work: (rows: JobRows, attempts: number) => Promise<void>,
): Promise<void> {
  const sql = await pool.connect();
  let broken: Error | undefined;
  try {
    await withJobLock(sql, jobId, async () => {
      const current = await sql.query<{ attempts: number }>('select attempts from ingestion_job where id = $1 and state = any($2)', [
        jobId,
        states,
      ]);
      if (current.rows.length === 0) return;
      await work(new JobRows(sql, clock), current.rows[0].attempts);
    });
  } catch (error) {
    broken = error as Error;
    throw error;
  } finally {
    sql.release(broken);
  }
}

import type { ClientBase } from 'pg';

/** Jobs this process is running: on embedded PGlite every connection is one session, so the advisory lock cannot tell them apart. */
const runningHere = new Set<string>();

/**
 * One worker at a time on a job: a session advisory lock, which PostgreSQL frees when the
 * session ends, so a worker killed mid-way (kill -9, a lost connection) lets go of its job;
 * and, within this process, the set above. A job held either way is running elsewhere:
 * `work` is not run and false is returned.
 */
export async function withJobLock(sql: ClientBase, jobId: string, work: () => Promise<void>): Promise<boolean> {
  if (runningHere.has(jobId)) return false;
  runningHere.add(jobId);
  try {
    const key = `ingestion_job:${jobId}`;
    const lock = await sql.query<{ locked: boolean }>('select pg_try_advisory_lock(hashtextextended($1, 0)) as locked', [key]);
    if (!lock.rows[0].locked) return false;
    try {
      await work();
      return true;
    } finally {
      await sql.query('select pg_advisory_unlock(hashtextextended($1, 0))', [key]);
    }
  } finally {
    runningHere.delete(jobId);
  }
}

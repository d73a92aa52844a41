import { withClient } from './scratch-database';

/**
 * Runs `work` while holding a session-level PostgreSQL advisory lock named `name`, taken on a
 * connection of its own: every replica asking for the same name waits its turn, whichever pool
 * or transaction `work` uses. The lock ends with the connection, so a replica that dies holding
 * it frees it at once.
 */
export async function withAdvisoryLock<T>(url: string, name: string, work: () => Promise<T>): Promise<T> {
  return withClient(url, async (client) => {
    await client.query('select pg_advisory_lock(hashtext($1))', [name]);
    try {
      return await work();
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [name]);
    }
  });
}

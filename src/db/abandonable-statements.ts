import { randomUUID } from 'node:crypto';
import type { Connection } from '@mikro-orm/core';

/** How often a cancel is repeated while an abandoned statement has not ended (it may not have reached the server yet). */
const recancelMs = 250;

/**
 * Statements that PostgreSQL stops when the client that asked for them leaves (issue 14 item 4):
 * an abandoned heavy row query would otherwise hold its connection and a core until it ends or
 * reaches statement_timeout. Each statement carries a unique comment, so the cancel finds exactly
 * its backend in pg_stat_activity, without an extra statement (pg_backend_pid()) per query.
 * On the embedded PGlite there is one backend running one statement at a time: nothing to cancel.
 */
export class AbandonableStatements {
  constructor(private readonly cancellable: boolean) {}

  async execute<T>(connection: Connection, sql: string, params: unknown[], signal?: AbortSignal): Promise<T[]> {
    if (!signal || !this.cancellable) return connection.execute<T[]>(sql, params, 'all');
    signal.throwIfAborted();
    const tag = `/* abandonable ${randomUUID()} */`;
    let repeat: NodeJS.Timeout | undefined;
    const cancel = () => {
      connection
        .execute(`select pg_cancel_backend(pid) from pg_stat_activity where query like ? and pid <> pg_backend_pid()`, [`${tag}%`])
        // The statement may have ended meanwhile, or the database be gone: nothing left to stop.
        .catch(() => undefined);
    };
    const abandoned = () => {
      cancel();
      repeat = setInterval(cancel, recancelMs).unref();
    };
    signal.addEventListener('abort', abandoned, { once: true });
    try {
      return await connection.execute<T[]>(`${tag} ${sql}`, params, 'all');
    } finally {
      signal.removeEventListener('abort', abandoned);
      clearInterval(repeat);
    }
  }
}

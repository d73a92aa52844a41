import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Failed token requests, counted in the database per presented client_id (known or not, so
 * the throttle tells nobody which ids exist), as accounts/throttle.ts does for sign-in:
 * 5 failures within 15 minutes block the id for 15 minutes.
 */
export const clientThrottle = { maxFailures: 5, windowMs: 15 * 60 * 1000, blockMs: 15 * 60 * 1000 };

/** Seconds until the id may try again, or 0 when it is not blocked. */
export async function clientBlockedFor(em: EntityManager, clientId: string, now: Date): Promise<number> {
  const [row] = await em.execute<{ blocked_until: Date }[]>(
    'select blocked_until from client_auth_throttle where client_id = ? and blocked_until > ?',
    [clientId, now],
  );
  return row ? Math.ceil((new Date(row.blocked_until).getTime() - now.getTime()) / 1000) : 0;
}

/** Counts a failure atomically, starting the block when it is the last one allowed. */
export async function recordClientFailure(em: EntityManager, clientId: string, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - clientThrottle.windowMs);
  const blockedUntil = new Date(now.getTime() + clientThrottle.blockMs);
  await em.execute(
    `insert into client_auth_throttle as t (client_id, failures, window_started_at)
     values (?, 1, ?)
     on conflict (client_id) do update set
       failures = case when t.window_started_at <= ? then 1 else t.failures + 1 end,
       window_started_at = case when t.window_started_at <= ? then excluded.window_started_at else t.window_started_at end`,
    [clientId, now, windowStart, windowStart],
  );
  await em.execute(
    'update client_auth_throttle set blocked_until = ?, failures = 0, window_started_at = ? where client_id = ? and failures >= ?',
    [blockedUntil, now, clientId, clientThrottle.maxFailures],
  );
}

export async function clearClientFailures(em: EntityManager, clientId: string): Promise<void> {
  await em.execute('delete from client_auth_throttle where client_id = ?', [clientId]);
}

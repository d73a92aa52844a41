import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Sign-in throttling, in the database so every replica sees it: 5 failures for one account
 * name within 15 minutes block it for 15 minutes. Kept by name, whether or not the account
 * exists, so the throttle tells nobody which names are real.
 */
export const throttle = { maxFailures: 5, windowMs: 15 * 60 * 1000, blockMs: 15 * 60 * 1000 };

/** Seconds until the name may try again, or 0 when it is not blocked. */
export async function blockedFor(em: EntityManager, provinceCode: string, accountName: string, now: Date): Promise<number> {
  const [row] = await em.execute<{ blocked_until: Date }[]>(
    'select blocked_until from sign_in_throttle where province_code = ? and account_name = ? and blocked_until > ?',
    [provinceCode, accountName, now],
  );
  return row ? Math.ceil((new Date(row.blocked_until).getTime() - now.getTime()) / 1000) : 0;
}

/** Counts a failure atomically; returns the seconds of the block it caused, or 0. */
export async function recordFailure(em: EntityManager, provinceCode: string, accountName: string, now: Date): Promise<number> {
  const windowStart = new Date(now.getTime() - throttle.windowMs);
  const [row] = await em.execute<{ failures: number }[]>(
    `insert into sign_in_throttle as t (province_code, account_name, failures, window_started_at)
     values (?, ?, 1, ?)
     on conflict (province_code, account_name) do update set
       failures = case when t.window_started_at <= ? then 1 else t.failures + 1 end,
       window_started_at = case when t.window_started_at <= ? then excluded.window_started_at else t.window_started_at end
     returning failures`,
    [provinceCode, accountName, now, windowStart, windowStart],
  );
  if (Number(row.failures) < throttle.maxFailures) return 0;
  const until = new Date(now.getTime() + throttle.blockMs);
  await em.execute(
    'update sign_in_throttle set blocked_until = ?, failures = 0, window_started_at = ? where province_code = ? and account_name = ?',
    [until, now, provinceCode, accountName],
  );
  return throttle.blockMs / 1000;
}

export async function clearFailures(em: EntityManager, provinceCode: string, accountName: string): Promise<void> {
  await em.execute('delete from sign_in_throttle where province_code = ? and account_name = ?', [provinceCode, accountName]);
}

import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * The counters in table throttle_counter, shared by every hub process: failure counters that
 * impose growing delays (credential-throttle.ts) and fixed-window request counters (fair use,
 * GraphQL). Each statement is one atomic upsert, so concurrent requests on several replicas
 * count exactly.
 */
type Sql = Pick<EntityManager, 'execute'>;

export interface DelayRule {
  /** The failure that starts the first delay (5: four failures pass, the fifth waits a delay). */
  delayFrom: number;
  firstDelayMs: number;
  /** Each further failure doubles the delay, up to this. */
  maxDelayMs: number;
  /** A count is forgotten this long after its window began or its last delay ended. */
  forgetMs: number;
}

/** Milliseconds until the latest delay on any of `keys` ends; 0 when none is running. */
export async function delayRemaining(sql: Sql, keys: string[], now: Date): Promise<number> {
  const [row] = await sql.execute<{ until: Date | null }[]>(
    'select max(blocked_until) as until from throttle_counter where key in (?) and blocked_until > ?',
    [keys, now],
  );
  return row?.until ? new Date(row.until).getTime() - now.getTime() : 0;
}

/** Counts a failure on `key`; returns the delay (ms) it starts, or 0 before the rule's delays begin. */
export async function countFailure(sql: Sql, key: string, rule: DelayRule, now: Date): Promise<number> {
  const forgotten = new Date(now.getTime() - rule.forgetMs);
  const [row] = await sql.execute<{ hits: number }[]>(
    `insert into throttle_counter as t (key, hits, window_started_at, expires_at)
     values (?, 1, ?, ?)
     on conflict (key) do update set
       hits = case when coalesce(t.blocked_until, t.window_started_at) <= ? then 1 else t.hits + 1 end,
       window_started_at = case when coalesce(t.blocked_until, t.window_started_at) <= ? then excluded.window_started_at else t.window_started_at end,
       blocked_until = case when coalesce(t.blocked_until, t.window_started_at) <= ? then null else t.blocked_until end,
       expires_at = greatest(t.expires_at, excluded.expires_at)
     returning hits`,
    [key, now, new Date(now.getTime() + rule.forgetMs), forgotten, forgotten, forgotten],
  );
  const beyond = Number(row.hits) - rule.delayFrom;
  if (beyond < 0) return 0;
  const delayMs = Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** Math.min(beyond, 30));
  const until = new Date(now.getTime() + delayMs);
  await sql.execute('update throttle_counter set blocked_until = ?, expires_at = ? where key = ?', [
    until,
    new Date(until.getTime() + rule.forgetMs),
    key,
  ]);
  return delayMs;
}

export async function forget(sql: Sql, key: string): Promise<void> {
  await sql.execute('delete from throttle_counter where key = ?', [key]);
}

/**
 * Adds `hits` requests to `key`'s current window of `windowMs` (a new window when the last one
 * ended); returns the window's count across every process and when it ends.
 */
export async function countHits(
  sql: Sql,
  key: string,
  hits: number,
  windowMs: number,
  now: Date,
): Promise<{ hits: number; resetsAt: Date }> {
  const [row] = await sql.execute<{ hits: number; expires_at: Date }[]>(
    `insert into throttle_counter as t (key, hits, window_started_at, expires_at)
     values (?, ?, ?, ?)
     on conflict (key) do update set
       hits = case when t.expires_at <= ? then excluded.hits else t.hits + excluded.hits end,
       window_started_at = case when t.expires_at <= ? then excluded.window_started_at else t.window_started_at end,
       expires_at = case when t.expires_at <= ? then excluded.expires_at else t.expires_at end
     returning hits, expires_at`,
    [key, hits, now, new Date(now.getTime() + windowMs), now, now, now],
  );
  return { hits: Number(row.hits), resetsAt: new Date(row.expires_at) };
}

/** Deletes counters past their expiry, a bounded batch at a time; returns how many went. */
export async function deleteExpired(sql: Sql, now: Date, batch = 500): Promise<number> {
  const rows = await sql.execute<{ key: string }[]>(
    `delete from throttle_counter where key in (select key from throttle_counter where expires_at <= ? limit ?) returning key`,
    [now, batch],
  );
  return rows.length;
}

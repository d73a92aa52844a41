import { uncounted } from '../db/statement-counter';
import type { JobQueue } from './queue';

/** A sweep of the whole database run at intervals, by one replica of the cluster per interval. */
export interface PeriodicSweep {
  /** Its pg-boss queue and schedule. */
  name: string;
  intervalMinutes: number;
  /** Longer than any real sweep: a sweep running longer is taken as dead. */
  expireInSeconds: number;
  work(): Promise<unknown>;
}

/**
 * Schedules the sweep with pg-boss's own scheduler and works it in this process: every replica
 * may ask, one job is sent per mark, and one worker takes it, so the sweep runs once per
 * cluster. An interval of 0 unschedules it for the whole cluster. Not retried: the next mark is
 * the retry.
 */
export async function schedulePeriodic(queue: JobQueue, sweep: PeriodicSweep, onError: (error: Error) => void): Promise<void> {
  await queue.define({ name: sweep.name, expireInSeconds: sweep.expireInSeconds, retryLimit: 0, retryDelaySeconds: 0 });
  const cron = cronEvery(sweep.intervalMinutes);
  await queue.schedule(sweep.name, cron);
  if (!cron) return;
  await queue.work(sweep.name, () =>
    sweep.work().then(
      () => undefined,
      (error: unknown) => {
        const failure = error instanceof Error ? error : new Error(String(error));
        onError(failure);
        throw failure;
      },
    ),
  );
}

/**
 * A cron expression for "every `minutes`", counted from the top of the hour (under an hour),
 * of the day (under a day) or of the month: cron has no other origin, so an interval that does
 * not divide its unit leaves one shorter gap at the turn. Null (no schedule) for 0 or less.
 */
export function cronEvery(minutes: number): string | null {
  if (minutes <= 0) return null;
  if (minutes < 60) return `*/${Math.max(1, Math.round(minutes))} * * * *`;
  if (minutes < 24 * 60) return `0 */${Math.round(minutes / 60)} * * *`;
  return `0 0 */${Math.round(minutes / (24 * 60))} * *`;
}

export interface PeriodicJob {
  stop(): void;
}

/**
 * Runs `work` in this process every `intervalMs`, never twice at once; 0 or less turns it off.
 * For per-replica duties that must not wait for a cluster-wide mark (taking over the jobs of a
 * dead worker): each must therefore be idempotent.
 */
export function every(intervalMs: number, work: () => Promise<unknown>, onError: (error: Error) => void): PeriodicJob {
  if (intervalMs <= 0) return { stop: () => undefined };
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    uncounted(work)
      .catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../shared/clock';
import { deleteExpired } from '../shared/throttle-counters';
import { every, type PeriodicJob } from './periodic';

const batch = 500;

/**
 * Deletes expired throttle and rate counters every minute, in bounded batches so no statement
 * holds the table long. Idempotent: every replica may run it.
 */
export function startThrottleSweep(em: () => Pick<EntityManager, 'execute'>, clock: Clock, onError: (error: Error) => void): PeriodicJob {
  return every(
    60_000,
    async () => {
      while ((await deleteExpired(em(), clock.now(), batch)) === batch);
    },
    onError,
  );
}

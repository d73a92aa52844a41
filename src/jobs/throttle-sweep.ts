import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../shared/clock';
import { deleteExpired } from '../shared/throttle-counters';
import { schedulePeriodic } from './periodic';
import type { JobQueue } from './queue';

const batch = 500;

/**
 * Deletes expired throttle and rate counters every minute, once per cluster, in bounded batches
 * so no statement holds the table long.
 */
export function startThrottleSweep(
  queue: JobQueue,
  em: () => Pick<EntityManager, 'execute'>,
  clock: Clock,
  onError: (error: Error) => void,
): Promise<void> {
  return schedulePeriodic(
    queue,
    {
      name: 'throttle-sweep',
      intervalMinutes: 1,
      expireInSeconds: 300,
      work: async () => {
        while ((await deleteExpired(em(), clock.now(), batch)) === batch);
      },
    },
    onError,
  );
}

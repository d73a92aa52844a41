import { harvestExpirySeconds, type HarvestQueue } from '../modules/federation/service';
import type { JobQueue, QueueDefinition } from './queue';

/**
 * Harvests of remote catalogues. Not retried: a failed harvest is reported as such, and DIC (or
 * the next schedule) asks again. Each request to a source has its own timeout, well under this.
 */
export const harvestQueue: QueueDefinition = {
  name: 'harvest',
  expireInSeconds: harvestExpirySeconds,
  retryLimit: 0,
  retryDelaySeconds: 0,
};

export function harvestQueueOf(queue: JobQueue): HarvestQueue {
  return { enqueue: (runId) => queue.send(harvestQueue.name, { runId }) };
}

/** Works harvest jobs in this process; `run` builds the services of one job. */
export async function startHarvestWorker(
  queue: JobQueue,
  run: (runId: string) => Promise<void>,
  options: { work?: boolean; pollingIntervalSeconds?: number; onError: (error: Error) => void },
): Promise<void> {
  if (options.work === false) return;
  await queue.work<{ runId: string }>(
    harvestQueue.name,
    (job) =>
      run(job.runId).catch((error: Error) => {
        options.onError(error);
        throw error;
      }),
    options.pollingIntervalSeconds ?? 0.5,
  );
}

import type { Services } from '../services';
import { schedulePeriodic } from './periodic';
import type { JobQueue } from './queue';

/**
 * Queues the scheduled harvests that are due every `intervalMinutes`, once per cluster. Each
 * source is queued under its row's lock, where "due" is asked again, so a sweep that overlaps
 * another (or DIC's request) never queues a second harvest of a source.
 */
export function startHarvestSchedule(
  queue: JobQueue,
  services: () => Services,
  intervalMinutes: number,
  onError: (error: Error) => void,
): Promise<void> {
  return schedulePeriodic(
    queue,
    { name: 'harvest-sweep', intervalMinutes, expireInSeconds: 900, work: () => services().federation.enqueueDueHarvests() },
    onError,
  );
}

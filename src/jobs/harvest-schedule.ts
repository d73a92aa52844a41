import type { Services } from '../services';
import { every, type PeriodicJob } from './periodic';

/**
 * Queues the scheduled harvests that are due every `intervalMinutes`. Every replica may run it:
 * queueing locks the source's row, so two sweeps at once still queue one run of a source.
 */
export function startHarvestSchedule(services: () => Services, intervalMinutes: number, onError: (error: Error) => void): PeriodicJob {
  return every(intervalMinutes * 60 * 1000, () => services().federation.enqueueDueHarvests(), onError);
}

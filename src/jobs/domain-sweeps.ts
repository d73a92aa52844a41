import type { HubConfig } from '../config';
import type { Services } from '../services';
import { schedulePeriodic } from './periodic';
import type { JobQueue } from './queue';

interface DomainSweep {
  name: string;
  intervalMinutes: (config: HubConfig) => number;
  expireInSeconds: number;
  work: (services: () => Services) => Promise<unknown>;
}

/**
 * Sweeps that keep a rule's state near its time even when nobody reads it, each once per cluster
 * every interval (periodic.ts). Each step is conditional, so a sweep run twice records once.
 */
const sweeps: DomainSweep[] = [
  // Queues the scheduled harvests that are due; each source under its row's lock, where "due" is
  // asked again, so an overlapping sweep (or DIC's request) never queues a second harvest.
  {
    name: 'harvest-sweep',
    intervalMinutes: (config) => config.harvest.sweepMinutes,
    expireInSeconds: 900,
    work: (services) => services().trusted.federation.enqueueDueHarvests(),
  },
  // Expires e-form counter-offers left unanswered past their deadline (002 §27.2); the lists
  // expire what is due before they answer, too.
  {
    name: 'counter-offer-sweep',
    intervalMinutes: (config) => config.accessSweepMinutes,
    expireInSeconds: 900,
    work: (services) => services().access.negotiation.expireDue(),
  },
  // Stores EXPIRED on consent requests left unanswered, so they are audited and their partners
  // told; a request past its time already reads as EXPIRED.
  {
    name: 'consent-request-sweep',
    intervalMinutes: (config) => config.consentRequestSweepMinutes,
    expireInSeconds: 600,
    work: async (services) => {
      while ((await services().trusted.consentRequests.expireUnanswered()) > 0);
    },
  },
];

export async function startDomainSweeps(
  queue: JobQueue,
  services: () => Services,
  config: HubConfig,
  onError: (sweep: string, error: Error) => void,
): Promise<void> {
  for (const sweep of sweeps) {
    await schedulePeriodic(
      queue,
      {
        name: sweep.name,
        intervalMinutes: sweep.intervalMinutes(config),
        expireInSeconds: sweep.expireInSeconds,
        work: () => sweep.work(services),
      },
      (error) => onError(sweep.name, error),
    );
  }
}

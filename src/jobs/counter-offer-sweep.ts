import type { Services } from '../services';
import { schedulePeriodic } from './periodic';
import type { JobQueue } from './queue';

/**
 * Expires the e-form counter-offers left unanswered past their deadline (002 §27.2) every
 * `intervalMinutes`, once per cluster, so the expiry is recorded near its time even when nobody
 * opens a list (the lists expire what is due before they answer, too). Each expiry is a
 * conditional update: a mark sent twice records it once.
 */
export function startCounterOfferSweep(
  queue: JobQueue,
  services: () => Services,
  intervalMinutes: number,
  onError: (error: Error) => void,
): Promise<void> {
  return schedulePeriodic(
    queue,
    {
      name: 'counter-offer-sweep',
      intervalMinutes,
      expireInSeconds: 900,
      work: async () => {
        await services().access.negotiation.expireDue();
      },
    },
    onError,
  );
}

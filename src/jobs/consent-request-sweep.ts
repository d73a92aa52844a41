import type { Services } from '../services';
import { schedulePeriodic } from './periodic';
import type { JobQueue } from './queue';

/**
 * Stores EXPIRED on consent requests left unanswered past their time, once per cluster each
 * interval, so that they are audited and their partners told. Reads do not wait for it: a
 * request past its time reads as EXPIRED already.
 */
export function startConsentRequestSweep(
  queue: JobQueue,
  services: () => Services,
  intervalMinutes: number,
  onError: (error: Error) => void,
): Promise<void> {
  return schedulePeriodic(
    queue,
    {
      name: 'consent-request-sweep',
      intervalMinutes,
      expireInSeconds: 600,
      work: async () => {
        while ((await services().consentRequests.expireUnanswered()) > 0);
      },
    },
    onError,
  );
}

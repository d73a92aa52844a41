import type { Services } from '../services';
import { schedulePeriodic } from './periodic';
import type { JobQueue } from './queue';

/**
 * Applies 003 §5–§6's time rules (leavers locked and revoked, 6 months without activity
 * locked) every `intervalHours`, once per cluster. The sweep is idempotent besides (each change
 * is a conditional update), so a mark sent twice still records each change once.
 */
export function startAccountSweep(
  queue: JobQueue,
  services: () => Services,
  intervalHours: number,
  onError: (error: Error) => void,
): Promise<void> {
  return schedulePeriodic(
    queue,
    {
      name: 'account-sweep',
      intervalMinutes: intervalHours * 60,
      expireInSeconds: 3600,
      work: () => services().trusted.accounts.sweepAccountLifecycle(),
    },
    onError,
  );
}

import type { Services } from '../services';
import { every, type PeriodicJob } from './periodic';

/**
 * Applies 003 §5–§6's time rules (leavers locked and revoked, 6 months without activity
 * locked) every `intervalHours`. Every replica may run it: the sweep is idempotent and each
 * change is a conditional update, so two sweeps at once record each change once.
 */
export function startAccountSweep(services: () => Services, intervalHours: number, onError: (error: Error) => void): PeriodicJob {
  return every(intervalHours * 60 * 60 * 1000, () => services().accounts.sweepAccountLifecycle(), onError);
}

import type { Services } from '../services';

export interface AccountSweepJob {
  stop(): void;
}

/**
 * Applies 003 §5–§6's time rules (leavers locked and revoked, 6 months without activity
 * locked) every `intervalHours`. Every replica may run it: the sweep is idempotent and each
 * change is a conditional update, so two sweeps at once record each change once. The first
 * run is one interval after start, so starting a hub (or a test) does no account work.
 */
export function startAccountSweep(services: () => Services, intervalHours: number, onError: (error: Error) => void): AccountSweepJob {
  if (intervalHours <= 0) return { stop: () => undefined };
  let running = false;
  const timer = setInterval(
    () => {
      if (running) return;
      running = true;
      services()
        .accounts.sweepAccountLifecycle()
        .catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error))))
        .finally(() => {
          running = false;
        });
    },
    intervalHours * 60 * 60 * 1000,
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

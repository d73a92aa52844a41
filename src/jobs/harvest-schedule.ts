import type { Services } from '../services';

export interface HarvestScheduleJob {
  stop(): void;
}

/**
 * Queues the scheduled harvests that are due every `intervalMinutes`. Every replica may run it:
 * queueing locks the source's row, so two sweeps at once still queue one run of a source. The
 * first sweep is one interval after start, so starting a hub (or a test) queues nothing.
 */
export function startHarvestSchedule(
  services: () => Services,
  intervalMinutes: number,
  onError: (error: Error) => void,
): HarvestScheduleJob {
  if (intervalMinutes <= 0) return { stop: () => undefined };
  let running = false;
  const timer = setInterval(
    () => {
      if (running) return;
      running = true;
      services()
        .federation.enqueueDueHarvests()
        .catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error))))
        .finally(() => {
          running = false;
        });
    },
    intervalMinutes * 60 * 1000,
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

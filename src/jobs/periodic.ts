export interface PeriodicJob {
  stop(): void;
}

/**
 * Runs `work` every `intervalMs`, never twice at once in this process; 0 or less turns it off.
 * The first run is one interval after start, so starting a hub (or a test) does no sweep work.
 * Every replica may run the same job: each sweep must therefore be idempotent.
 */
export function every(intervalMs: number, work: () => Promise<unknown>, onError: (error: Error) => void): PeriodicJob {
  if (intervalMs <= 0) return { stop: () => undefined };
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    work()
      .catch((error: unknown) => onError(error instanceof Error ? error : new Error(String(error))))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

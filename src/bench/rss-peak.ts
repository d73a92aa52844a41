export interface Measured<T> {
  result: T;
  seconds: number;
  /** Highest resident set size seen while `work` ran, minus the size just before it. */
  peakRssDeltaBytes: number;
  /** Highest resident set size of the whole process while `work` ran. */
  peakRssBytes: number;
}

/** Times `work` and samples the process RSS every few milliseconds while it runs. */
export async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
  const baseline = process.memoryUsage.rss();
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 5);
  const started = process.hrtime.bigint();
  try {
    const result = await work();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    peak = Math.max(peak, process.memoryUsage.rss());
    return { result, seconds, peakRssDeltaBytes: peak - baseline, peakRssBytes: peak };
  } finally {
    clearInterval(sampler);
  }
}

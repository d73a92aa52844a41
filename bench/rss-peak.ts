import fs from 'node:fs/promises';

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

/**
 * Times `work` and reads another process's resident memory as its kernel counts it (Linux
 * /proc): the size just before, and the peak while `work` ran, the process's peak having been
 * reset to its current size first (clear_refs 5). Nothing is sampled, so no spike is missed.
 */
export async function measureProcess<T>(pid: number, work: () => Promise<T>): Promise<Measured<T>> {
  const baseline = await statusBytes(pid, 'VmRSS');
  await fs.writeFile(`/proc/${pid}/clear_refs`, '5');
  const started = process.hrtime.bigint();
  const result = await work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peak = await statusBytes(pid, 'VmHWM');
  return { result, seconds, peakRssDeltaBytes: peak - baseline, peakRssBytes: peak };
}

async function statusBytes(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
  const kibibytes = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1];
  if (!kibibytes) throw new Error(`/proc/${pid}/status has no ${field}`);
  return Number(kibibytes) * 1024;
}

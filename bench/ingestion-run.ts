import { Cleanup } from './cleanup';
import { benchmarkIngestion } from './ingestion';

/**
 * `node dist-tools/bench/ingestion-run.js [rows]`: the ingestion benchmark alone, printed rather than
 * written to BENCHMARKS.md — for profiling a change without the whole run.
 */
async function main(rows: number): Promise<void> {
  const cleanup = new Cleanup();
  try {
    const figures = await benchmarkIngestion(cleanup, { rows, rounds: 2 });
    console.log(JSON.stringify(figures, null, 2));
    console.log(
      `hub ${Math.round(figures.rows / figures.hubSeconds)} rows/s, psql ${Math.round(figures.rows / figures.psqlSeconds)} rows/s, ratio ${figures.ratio.median.toFixed(2)}× (${figures.ratio.min.toFixed(2)}–${figures.ratio.max.toFixed(2)}×), peak RSS ${(figures.rssPeakBytes / 2 ** 20).toFixed(0)} MiB`,
    );
  } finally {
    await cleanup.run();
  }
}

main(Number(process.argv[2] ?? 1_000_000)).catch((error: unknown) => {
  console.error('ingestion bench failed:', error);
  process.exitCode = 1;
});

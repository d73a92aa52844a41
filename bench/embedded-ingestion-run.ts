import { Cleanup } from './cleanup';
import { benchmarkEmbeddedIngestion, embeddedIngestionSection } from './embedded-ingestion';

/**
 * `node --expose-gc dist-tools/bench/embedded-ingestion-run.js [rows] [server]`: benchmark 6 alone (the
 * embedded default's responsiveness and peak memory while it ingests; with `server`, the same
 * runs on the PostgreSQL server), printed as the BENCHMARKS.md section rather than rewriting
 * the whole report.
 */
async function main(rows: number, onServer: boolean): Promise<void> {
  const cleanup = new Cleanup();
  try {
    const figures = await benchmarkEmbeddedIngestion(cleanup, { rows, onServer });
    console.log(JSON.stringify(figures, null, 2));
    console.log(embeddedIngestionSection(figures));
  } finally {
    await cleanup.run();
  }
}

main(Number(process.argv[2] ?? 2_700_000), process.argv[3] === 'server').catch((error: unknown) => {
  console.error('embedded ingestion bench failed:', error);
  process.exitCode = 1;
});

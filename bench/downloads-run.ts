import { startBenchHub } from './bench-hub';
import { Cleanup } from './cleanup';
import { benchmarkDownloadsVsNginx, downloadsSection, nginxAvailable } from './downloads-vs-nginx';
import { publishGeneratedCsv } from './file-throughput';

/**
 * `node dist-tools/bench/downloads-run.js [large MB] [rounds]`: BENCHMARKS.md §2b alone, printed
 * rather than written (the full run uses 500 MB and 5 rounds).
 */
async function main(): Promise<void> {
  if (!nginxAvailable()) throw new Error('nginx is not installed (apt-get install nginx-light)');
  const largeBytes = Number(process.argv[2] ?? 500) * 1e6;
  const rounds = Number(process.argv[3] ?? 5);
  const cleanup = new Cleanup();
  try {
    const bench = await startBenchHub(cleanup, { open: 0, restricted: 0 });
    const large = await publishGeneratedCsv(bench, 'bench-download-large', largeBytes);
    const medium = await publishGeneratedCsv(bench, 'bench-download-medium', 5e6);
    console.log(downloadsSection(await benchmarkDownloadsVsNginx(bench, cleanup, { large, medium }, { rounds, concurrency: 50 })));
  } finally {
    await cleanup.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

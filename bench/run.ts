import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/seed';
import { anonymous } from '../src/shared/viewer';
import { startBenchHub } from './bench-hub';
import { Cleanup } from './cleanup';
import { benchmarkEmbeddedIngestion } from './embedded-ingestion';
import { benchmarkDownloadsVsNginx, nginxAvailable } from './downloads-vs-nginx';
import { benchmarkFileThroughput, publishGeneratedCsv } from './file-throughput';
import { benchmarkGraphQLPage } from './graphql-page';
import { benchmarkIngestion } from './ingestion';
import { describeMachine } from './machine';
import { renderReport } from './report';
import { benchmarkRowsPage } from './rows-page';
import { benchmarkShieldCost } from './shield-cost';

const reportPath = path.join(projectRoot, 'BENCHMARKS.md');
const synthetic = { open: 200, restricted: 50 };
/**
 * Issue 16: the page at 10 and at 100 connections, each in 5 interleaved rounds per server of
 * 5 s of load before 10 s measured with the load still on (at 100 connections a slow server
 * takes seconds to answer the first requests).
 */
const loadProfile = { warmupSeconds: 3, rampSeconds: 5, seconds: 10, rounds: 5, connections: [10, 100], pipelining: 1 };
const largeFile = { minBytes: 50e6, rounds: 5 };
/** Issue 16's download targets: a 500 MB file, and 50 downloads of a 5 MB file at once. */
const downloadProfile = { largeBytes: 500e6, mediumBytes: 5e6, concurrency: 50, rounds: 5 };
const ingestionProfile = { rows: 1_000_000, rounds: 5 };
/** About 1 GB with the benchmark's generator: the memory bound of issue 3 (1 GB under 300 MB RSS). */
const largeIngestionProfile = { rows: 9_100_000, rounds: 1 };
/** About 300 MB: issue 13's embedded-responsiveness case. */
const embeddedIngestionProfile = { rows: 2_700_000 };

/** `npm run bench`: runs each benchmark on a scratch database and rewrites BENCHMARKS.md. */
async function main(): Promise<void> {
  const cleanup = new Cleanup();
  try {
    const date = new Date();
    const [loadAverageAtStart] = os.loadavg();
    const machine = await describeMachine();
    // First, each on a hub of its own: the process's resident memory is then the ingestion's
    // alone. The 1 GB file first, while nothing else has grown the process's heap.
    console.log(`bench: ingestion of ${largeIngestionProfile.rows} generated rows (about 1 GB), for its peak memory`);
    const largeIngestion = await benchmarkIngestion(cleanup, largeIngestionProfile);
    console.log(
      `bench: embedded ingestion of ${embeddedIngestionProfile.rows} generated rows, with requests alongside, and three zip bombs`,
    );
    const embeddedIngestion = await benchmarkEmbeddedIngestion(cleanup, embeddedIngestionProfile);
    console.log(
      `bench: ingestion of ${ingestionProfile.rows} generated rows vs psql \\copy, ${ingestionProfile.rounds} interleaved rounds`,
    );
    const ingestion = await benchmarkIngestion(cleanup, ingestionProfile);
    console.log(`bench: building the hub with ${synthetic.open} open and ${synthetic.restricted} restricted synthetic datasets`);
    const bench = await startBenchHub(cleanup, synthetic);
    // The seed catalogue adds open datasets of its own: report what a visitor actually sees.
    const openDatasets = await (await bench.hub.services().catalog.listDatasets(anonymous, { first: 1 })).countTotal();
    const page = await benchmarkGraphQLPage(bench, cleanup, loadProfile);
    console.log(`bench: file throughput (${largeFile.minBytes / 1e6} MB, ${largeFile.rounds} interleaved rounds)`);
    const files = await benchmarkFileThroughput(bench, largeFile);
    const downloads = nginxAvailable() ? await downloadsVsNginx(bench, cleanup) : null;
    const rows = await benchmarkRowsPage(bench);
    console.log('bench: what graphql-shield costs on a 1,000-row page');
    const shield = await benchmarkShieldCost(bench);
    await writeFile(
      reportPath,
      renderReport({
        date,
        durationMinutes: (Date.now() - date.getTime()) / 60_000,
        loadAverageAtStart,
        machine,
        data: { openDatasets, restrictedDatasets: synthetic.restricted },
        page,
        files,
        downloads,
        rows,
        ingestion,
        largeIngestion,
        shield,
        embeddedIngestion,
      }),
    );
    console.log(`bench: wrote ${reportPath}`);
  } finally {
    await cleanup.run();
  }
}

main().catch((error: unknown) => {
  console.error('bench failed:', error);
  process.exitCode = 1;
});

async function downloadsVsNginx(bench: Awaited<ReturnType<typeof startBenchHub>>, cleanup: Cleanup) {
  const { largeBytes, mediumBytes, concurrency, rounds } = downloadProfile;
  console.log(
    `bench: downloads vs nginx (${largeBytes / 1e6} MB; ${concurrency} × ${mediumBytes / 1e6} MB at once; ${rounds} interleaved rounds)`,
  );
  const large = await publishGeneratedCsv(bench, 'bench-download-large', largeBytes);
  const medium = await publishGeneratedCsv(bench, 'bench-download-medium', mediumBytes);
  return benchmarkDownloadsVsNginx(bench, cleanup, { large, medium }, { rounds, concurrency });
}

import { createReadStream } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BenchHub } from './bench-hub';
import { approveBySampleCouncil } from './sample-council';
import { writeBigCsv } from './big-csv';
import { processCpuSeconds } from './cpu';
import { median, spread, type Spread } from './rounds';
import { measure } from './rss-peak';

const fileSlug = 'bench-large-file';

export interface TransferFigures {
  name: string;
  /** Median of the rounds. */
  megabytesPerSecond: number;
  /** Largest of the rounds. */
  peakRssDeltaBytes: number;
  /** CPU seconds of the benchmark process per transfer, median of the rounds (client and server, both in-process). */
  cpuSeconds: number;
  /** MB/s of each round, in order. */
  rounds: number[];
  /** MB/s ÷ fs.copyFile's in the same round. */
  copyRatio: Spread;
}

export interface FileThroughputFigures {
  fileBytes: number;
  rounds: number;
  upload: TransferFigures;
  download: TransferFigures;
  copy: TransferFigures;
}

interface Transfer {
  seconds: number;
  peakRssDeltaBytes: number;
  cpuSeconds: number;
}

/**
 * Benchmark 2: a large CSV into the hub (the import service: spool, hash, store, record) and
 * back out over HTTP (GET /datasets/:slug/download), next to fs.copyFile of the same file, in
 * interleaved rounds: each round runs all three, the one that goes first rotating.
 */
export async function benchmarkFileThroughput(
  bench: BenchHub,
  options: { minBytes: number; rounds: number },
): Promise<FileThroughputFigures> {
  const { source, fileBytes, datasetId } = await publishGeneratedCsv(bench, fileSlug, options.minBytes);
  const upload = () =>
    bench.hub.services().trusted.catalog.importDistribution(datasetId, {
      content: createReadStream(source),
      originalName: 'large.csv',
      mediaType: 'text/csv',
    });
  const downloadUrl = `${bench.baseUrl}/datasets/${fileSlug}/download`;
  const target = path.join(bench.dataDir, 'large-copy.csv');
  const paths: { name: string; run: () => Promise<Transfer> }[] = [
    { name: 'upload', run: () => timed(upload) },
    {
      name: 'download',
      run: async () => {
        const transfer = await timed(() => downloadAll(downloadUrl));
        if (transfer.result !== fileBytes) throw new Error(`download returned ${transfer.result} bytes, expected ${fileBytes}`);
        return transfer;
      },
    },
    {
      name: 'copy',
      run: async () => {
        await rm(target, { force: true });
        return timed(() => copyFile(source, target));
      },
    },
  ];
  const results = new Map<string, Transfer[]>(paths.map(({ name }) => [name, []]));
  for (let round = 0; round < options.rounds; round += 1) {
    for (let step = 0; step < paths.length; step += 1) {
      const { name, run } = paths[(round + step) % paths.length];
      results.get(name)!.push(await run());
    }
  }
  await rm(target, { force: true });

  const copies = results.get('copy')!;
  const summarise = (name: string, runs: Transfer[]): TransferFigures => {
    const rate = (run: Transfer) => fileBytes / 1e6 / run.seconds;
    return {
      name,
      megabytesPerSecond: median(runs.map(rate)),
      peakRssDeltaBytes: Math.max(...runs.map((run) => run.peakRssDeltaBytes)),
      cpuSeconds: median(runs.map((run) => run.cpuSeconds)),
      rounds: runs.map(rate),
      copyRatio: spread(runs.map((run, round) => copies[round].seconds / run.seconds)),
    };
  };
  return {
    fileBytes,
    rounds: options.rounds,
    upload: summarise('hub upload (importDistribution)', results.get('upload')!),
    download: summarise('hub download (HTTP GET, fetch)', results.get('download')!),
    copy: summarise('fs.copyFile', copies),
  };
}

async function timed<T>(work: () => Promise<T>): Promise<Transfer & { result: T }> {
  const cpuBefore = processCpuSeconds();
  const measured = await measure(work);
  return { ...measured, cpuSeconds: processCpuSeconds() - cpuBefore };
}

/**
 * A generated CSV of at least `minBytes`, uploaded to a new open dataset and become its version 1
 * (only files that became a version are served), published by the sample council. Not measured.
 */
export async function publishGeneratedCsv(
  bench: BenchHub,
  slug: string,
  minBytes: number,
): Promise<{ slug: string; source: string; fileBytes: number; datasetId: string }> {
  const source = path.join(bench.dataDir, `${slug}.csv`);
  const fileBytes = await writeBigCsv(source, minBytes);
  const { catalog, datastore } = bench.hub.services().trusted;
  const dataset = await catalog.upsertFromCatalog({
    slug,
    provinceCode: 'ninhthuan',
    ownerCode: 'sotttt',
    title: 'Tệp lớn để đo thông lượng (large file for the throughput benchmark)',
    description: 'Dữ liệu tổng hợp (synthetic data).',
    category: 'SURVEY',
    accessLevel: 'PUBLIC',
    licence: 'CC-BY-4.0',
  });
  const { distribution } = await catalog.importDistribution(dataset.id, {
    content: createReadStream(source),
    originalName: path.basename(source),
    mediaType: 'text/csv',
  });
  const queued = await datastore.ingestUploaded(distribution, { inline: true });
  const job = queued && (await datastore.waitForJob(queued.id));
  if (job?.state !== 'SUCCEEDED') throw new Error(`${slug} did not become a version (${job?.state ?? 'not ingestible'})`);
  await approveBySampleCouncil(bench.hub.services(), slug);
  return { slug, source, fileBytes, datasetId: dataset.id };
}

/** Reads the whole body as it streams in, without keeping it, and counts its bytes. */
async function downloadAll(url: string): Promise<number> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.byteLength;
  return bytes;
}

import { createReadStream } from 'node:fs';
import { copyFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BenchHub } from './bench-hub';
import { writeBigCsv } from './big-csv';
import { measure, type Measured } from './rss-peak';

const fileSlug = 'bench-large-file';

export interface TransferFigures {
  name: string;
  /** Median of the repetitions. */
  megabytesPerSecond: number;
  /** Largest of the repetitions. */
  peakRssDeltaBytes: number;
}

export interface FileThroughputFigures {
  fileBytes: number;
  repetitions: number;
  upload: TransferFigures;
  download: TransferFigures;
  copy: TransferFigures;
}

/**
 * Benchmark 2: a large CSV into the hub (the import service: spool, hash, store, record) and
 * back out over HTTP (GET /datasets/:slug/download), next to fs.copyFile of the same file.
 */
export async function benchmarkFileThroughput(
  bench: BenchHub,
  options: { minBytes: number; repetitions: number },
): Promise<FileThroughputFigures> {
  const source = path.join(bench.dataDir, 'large.csv');
  const fileBytes = await writeBigCsv(source, options.minBytes);
  const { catalog } = bench.hub.services();
  const dataset = await catalog.upsertFromCatalog({
    slug: fileSlug,
    provinceCode: 'ninhthuan',
    ownerCode: 'sotttt',
    title: 'Tệp lớn để đo thông lượng (large file for the throughput benchmark)',
    description: 'Dữ liệu tổng hợp (synthetic data).',
    category: 'SURVEY',
    accessLevel: 'PUBLIC',
    licence: 'CC-BY-4.0',
  });

  const uploads = await repeat(options.repetitions, () =>
    measure(() =>
      bench.hub
        .services()
        .catalog.importDistribution(dataset.id, { content: createReadStream(source), originalName: 'large.csv', mediaType: 'text/csv' }),
    ),
  );
  await catalog.markPublished(dataset.id);

  const downloadUrl = `${bench.baseUrl}/datasets/${fileSlug}/download`;
  const downloads = await repeat(options.repetitions, () => measure(() => downloadAll(downloadUrl)));
  for (const { result } of downloads) {
    if (result !== fileBytes) throw new Error(`download returned ${result} bytes, expected ${fileBytes}`);
  }

  const target = path.join(bench.dataDir, 'large-copy.csv');
  const copies = await repeat(options.repetitions, async () => {
    await rm(target, { force: true });
    return measure(() => copyFile(source, target));
  });
  await rm(target, { force: true });

  return {
    fileBytes,
    repetitions: options.repetitions,
    upload: summarise('hub upload (importDistribution)', fileBytes, uploads),
    download: summarise('hub download (HTTP GET, fetch)', fileBytes, downloads),
    copy: summarise('fs.copyFile', fileBytes, copies),
  };
}

/** Reads the whole body as it streams in, without keeping it, and counts its bytes. */
async function downloadAll(url: string): Promise<number> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.byteLength;
  return bytes;
}

async function repeat<T>(times: number, run: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let index = 0; index < times; index += 1) results.push(await run());
  return results;
}

function summarise(name: string, fileBytes: number, runs: Measured<unknown>[]): TransferFigures {
  const seconds = runs.map((run) => run.seconds).sort((a, b) => a - b);
  const median = seconds[Math.floor(seconds.length / 2)];
  return {
    name,
    megabytesPerSecond: fileBytes / 1e6 / median,
    peakRssDeltaBytes: Math.max(...runs.map((run) => run.peakRssDeltaBytes)),
  };
}

import type { IngestionJob } from '../modules/datastore/service';

const width = 30;

/**
 * An ingestion progress bar on stderr: redrawn in place on a terminal, a line every few seconds
 * when stderr is a file or a pipe (CI logs).
 */
export function ingestionProgress(stream: NodeJS.WriteStream = process.stderr): (slug: string, job: IngestionJob) => void {
  let lastLine = 0;
  return (slug, job) => {
    const fraction = job.totalBytes > 0 ? Math.min(1, Number(job.bytesRead) / Number(job.totalBytes)) : 0;
    const done = job.state === 'SUCCEEDED' || job.state === 'FAILED';
    const filled = Math.round((done ? 1 : fraction) * width);
    const line = `${slug} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.round(fraction * 100)}% ${Number(job.rowsProcessed).toLocaleString('en')} rows, ${(Number(job.bytesRead) / 1e6).toFixed(1)}/${(Number(job.totalBytes) / 1e6).toFixed(1)} MB ${job.state}`;
    if (stream.isTTY) {
      stream.write(`\r${line.padEnd(stream.columns ?? 100)}${done ? '\n' : ''}`);
    } else if (done || Date.now() - lastLine > 3000) {
      stream.write(`${line}\n`);
      lastLine = Date.now();
    }
  };
}

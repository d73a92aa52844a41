import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchHub } from './bench-hub';
import type { Cleanup } from './cleanup';
import { processCpuSeconds, statCpuSeconds } from './cpu';
import { spread, type Spread } from './rounds';

const nginxBinary = '/usr/sbin/nginx';

/** One way of downloading, in one shape of traffic. */
export interface DownloadPathFigures {
  name: string;
  /** MB/s of each round. */
  rounds: number[];
  megabytesPerSecond: Spread;
  /** ÷ nginx serving the file itself, per round. */
  nginxRatio: Spread;
  /** CPU seconds per downloaded file: the benchmark process (the hub) plus nginx's processes; curl's own is not counted. */
  cpuSecondsPerFile: number;
}

export interface DownloadCase {
  name: string;
  fileBytes: number;
  concurrency: number;
  paths: DownloadPathFigures[];
}

export interface DownloadsVsNginxFigures {
  nginxVersion: string;
  rounds: number;
  cases: DownloadCase[];
}

/** A published file: its dataset's slug, the generated CSV it came from, and its size. */
export interface ServedFile {
  slug: string;
  source: string;
  fileBytes: number;
}

interface Nginx {
  port: number;
  cpuSeconds(): number;
  stop(): Promise<void>;
}

export function nginxAvailable(): boolean {
  return existsSync(nginxBinary);
}

/**
 * Issue 16's download targets: the hub on its own, the hub behind nginx with X-Accel-Redirect
 * (deploy/nginx.conf's arrangement, the blob store read by nginx), and nginx serving a copy of
 * the file itself, in interleaved rounds; one large file, then many concurrent medium ones.
 */
export async function benchmarkDownloadsVsNginx(
  bench: BenchHub,
  cleanup: Cleanup,
  files: { large: ServedFile; medium: ServedFile },
  options: { rounds: number; concurrency: number },
): Promise<DownloadsVsNginxFigures> {
  const staticDir = path.join(bench.dataDir, 'nginx-static');
  await mkdir(staticDir, { recursive: true });
  for (const file of [files.large, files.medium]) await copyFile(file.source, path.join(staticDir, `${file.slug}.csv`));
  const nginx = await startNginx(bench, staticDir);
  cleanup.defer('nginx', () => nginx.stop());
  const nginxUrl = `http://127.0.0.1:${nginx.port}`;
  const cases: DownloadCase[] = [];
  for (const [file, concurrency] of [
    [files.large, 1],
    [files.medium, options.concurrency],
  ] as const) {
    const paths = [
      { name: 'hub on its own', url: `${bench.baseUrl}/datasets/${file.slug}/download` },
      { name: 'hub behind nginx (X-Accel-Redirect)', url: `${nginxUrl}/datasets/${file.slug}/download` },
      { name: 'nginx alone (static file)', url: `${nginxUrl}/static/${file.slug}.csv` },
    ];
    const perRound: { seconds: number; cpu: number }[][] = paths.map(() => []);
    for (let round = 0; round < options.rounds; round += 1) {
      for (let step = 0; step < paths.length; step += 1) {
        const index = (round + step) % paths.length;
        perRound[index].push(await downloadConcurrently(paths[index].url, concurrency, file.fileBytes, nginx));
      }
    }
    const megabytes = (file.fileBytes * concurrency) / 1e6;
    const nginxRuns = perRound[paths.length - 1];
    cases.push({
      name: concurrency === 1 ? 'one large file' : `${concurrency} files at once`,
      fileBytes: file.fileBytes,
      concurrency,
      paths: paths.map(({ name }, index) => ({
        name,
        rounds: perRound[index].map((run) => megabytes / run.seconds),
        megabytesPerSecond: spread(perRound[index].map((run) => megabytes / run.seconds)),
        nginxRatio: spread(perRound[index].map((run, round) => nginxRuns[round].seconds / run.seconds)),
        cpuSecondsPerFile: spread(perRound[index].map((run) => run.cpu / concurrency)).median,
      })),
    });
  }
  return { nginxVersion: await nginxVersion(), rounds: options.rounds, cases };
}

async function downloadConcurrently(
  url: string,
  concurrency: number,
  fileBytes: number,
  nginx: Nginx,
): Promise<{ seconds: number; cpu: number }> {
  const cpuBefore = processCpuSeconds() + nginx.cpuSeconds();
  const started = process.hrtime.bigint();
  const sizes = await Promise.all(Array.from({ length: concurrency }, () => curlDownload(url)));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = processCpuSeconds() + nginx.cpuSeconds() - cpuBefore;
  if (sizes.some((size) => size !== fileBytes)) throw new Error(`${url}: ${sizes.join(', ')} bytes, expected ${fileBytes}`);
  return { seconds, cpu };
}

/**
 * One download by curl in a process of its own, the body discarded: the client stays off the
 * hub's event loop and out of the CPU figures (a \`fetch\` in this process took the hub's loop and
 * a core from it). Answers the bytes received.
 */
function curlDownload(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const curl = spawn('curl', ['--silent', '--fail', '--output', '/dev/null', '--write-out', '%{size_download}', url]);
    let written = '';
    curl.stdout.on('data', (chunk: Buffer) => (written += chunk.toString()));
    curl.on('error', reject);
    curl.on('close', (code) => (code === 0 ? resolve(Number(written)) : reject(new Error(`curl ${url}: exit ${code}`))));
  });
}

/** nginx with one worker (as many as the hub's one event loop), sendfile on, on a free port. */
async function startNginx(bench: BenchHub, staticDir: string): Promise<Nginx> {
  const dir = path.join(bench.dataDir, 'nginx');
  await mkdir(dir, { recursive: true });
  const port = 20000 + Math.floor(Math.random() * 20000);
  const hub = new URL(bench.baseUrl);
  await writeFile(
    path.join(dir, 'nginx.conf'),
    `daemon off;
${process.getuid?.() === 0 ? '# Run as root (this machine), nginx would drop its worker to nobody, who cannot read the temporary directories.\nuser root root;\n' : ''}worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  default_type text/csv;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  upstream hub { server ${hub.host}; keepalive 16; }
  server {
    listen 127.0.0.1:${port};
    location /static/ { alias ${staticDir}/; }
    location / {
      proxy_pass http://hub;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header X-Hub-Offload-Location /_blobs;
      proxy_buffering off;
    }
    location /_blobs/ {
      internal;
      alias ${path.join(bench.dataDir, 'blobs')}/;
      etag off;
      max_ranges 0;
      set $hub_etag $upstream_http_etag;
      add_header ETag $hub_etag;
    }
  }
}
`,
  );
  const child = spawn(nginxBinary, ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (
      await fetch(`http://127.0.0.1:${port}/static/`).then(
        () => true,
        () => false,
      )
    )
      break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const processes = () => [child.pid!, ...childrenOf(child.pid!)];
  return {
    port,
    cpuSeconds: () => processes().reduce((total, pid) => total + cpuOf(pid), 0),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}

function childrenOf(parent: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent;
      } catch {
        return false;
      }
    })
    .map(Number);
}

function cpuOf(pid: number): number {
  try {
    return statCpuSeconds(readFileSync(`/proc/${pid}/stat`, 'utf8'), 'own');
  } catch {
    return 0;
  }
}

async function nginxVersion(): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(nginxBinary, ['-v']);
    let text = '';
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('close', () => resolve(text.trim().replace(/^nginx version: /, '')));
  });
}

/** BENCHMARKS.md §2b; without nginx on the machine, says how to get the figures. */
export function downloadsSection(figures: DownloadsVsNginxFigures | null): string {
  const title = '## 2b. Downloads next to nginx';
  if (!figures)
    return `${title}\n\nNot measured: nginx is not installed on this machine (\`apt-get install nginx-light\`, then \`npm run bench\`).`;
  const ratioText = ({ median, min, max }: Spread) => `${median.toFixed(2)}× (${min.toFixed(2)}–${max.toFixed(2)}×)`;
  const rows = figures.cases.flatMap((downloadCase) =>
    downloadCase.paths.map(
      (figure) =>
        `| ${downloadCase.name} (${(downloadCase.fileBytes / 1e6).toFixed(0)} MB${downloadCase.concurrency > 1 ? ` × ${downloadCase.concurrency}` : ''}) | ${figure.name} | ${figure.megabytesPerSecond.median.toFixed(0)} | ${figure.rounds.map((value) => value.toFixed(0)).join(', ')} | **${ratioText(figure.nginxRatio)}** | ${figure.cpuSecondsPerFile.toFixed(3)} |`,
    ),
  );
  return [
    title,
    '',
    `Issue 16's download targets, with ${figures.nginxVersion} (one worker, sendfile on) as the peer, in ${figures.rounds} interleaved rounds (the path that goes first rotating). Three paths to the same bytes: \`GET /datasets/:slug/download\` from the hub on its own; the same request through nginx, where the hub checks it and answers \`X-Accel-Redirect\` and nginx sends the blob from the store (deploy/nginx.conf's arrangement, here with the file store); and nginx serving a copy of the file as a static file. Clients: one \`curl\` process per download, discarding the body (the client is counted on no side). CPU per file: the benchmark process (the hub) plus nginx's processes, from /proc. Source: \`bench/downloads-vs-nginx.ts\`.`,
    '',
    `| Case | Path | MB/s (median) | MB/s per round | **÷ nginx alone**: median (min–max) | CPU s per file |`,
    '|---|---|---:|---:|---:|---:|',
    ...rows,
  ].join('\n');
}

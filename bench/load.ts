import { fork } from 'node:child_process';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type autocannon from 'autocannon';
import { processCpuSeconds } from './cpu';

export interface LoadProfile {
  /** Before the first round of each server at each level, not measured. */
  warmupSeconds: number;
  /** Each round: load on for `rampSeconds`, then measured for `seconds`, the load still on. */
  rampSeconds: number;
  seconds: number;
  rounds: number;
  /** Each level of concurrency is a comparison of its own. */
  connections: number[];
  pipelining: number;
}

export interface LoadFigures {
  /** Responses finished in the measured window ÷ its length. */
  requestsPerSecond: number;
  /** At the server: from the request's arrival to its response's finish, for the responses finished in the window. */
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  /** CPU seconds of the benchmark process (the server under test) in the window. */
  cpuSeconds: number;
}

export interface LoadWindow {
  /** Called as the window opens and as it closes, e.g. to read another process's CPU; synchronous, so it runs on time. */
  onBoundary?: () => void;
}

/**
 * POSTs the same GraphQL body over and over from a child process (fired from this one, the
 * requests would share its event loop, or from a worker thread its CPU count, with the server
 * being measured), and measures a window in the steady state: `rampSeconds` after the load
 * starts, for `seconds`, while it keeps going. Counting from the server's side leaves out the
 * start, when no response has come back yet, and the end, when the requests in flight are cut
 * off with their work done but not counted: with 100 connections on a slow server, each is a
 * few seconds of work.
 */
export async function loadGraphQLWindow(
  server: Server,
  url: string,
  body: string,
  profile: { rampSeconds: number; seconds: number; connections: number; pipelining: number },
  window: LoadWindow = {},
): Promise<LoadFigures> {
  let measuring = false;
  const latencies: number[] = [];
  let failures = 0;
  const onRequest = (_request: IncomingMessage, response: ServerResponse) => {
    const started = process.hrtime.bigint();
    response.once('finish', () => {
      if (!measuring) return;
      if (response.statusCode >= 300) failures += 1;
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    });
  };
  server.on('request', onRequest);
  try {
    // The load outlasts the window by a second, so the window ends with the load still on.
    const load = generateLoad(url, body, { ...profile, seconds: profile.rampSeconds + profile.seconds + 1 });
    await load.started;
    await sleep(profile.rampSeconds * 1000);
    window.onBoundary?.();
    const cpuBefore = processCpuSeconds();
    const opened = process.hrtime.bigint();
    measuring = true;
    await sleep(profile.seconds * 1000);
    measuring = false;
    const seconds = Number(process.hrtime.bigint() - opened) / 1e9;
    const cpuSeconds = processCpuSeconds() - cpuBefore;
    window.onBoundary?.();
    await load.finished;
    if (failures > 0) throw new Error(`${url}: ${failures} of ${latencies.length} responses in the window were not 2xx`);
    latencies.sort((a, b) => a - b);
    const at = (quantile: number) => latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))];
    return {
      requestsPerSecond: latencies.length / seconds,
      latencyP50Ms: at(0.5),
      latencyP99Ms: at(0.99),
      requests: latencies.length,
      cpuSeconds,
    };
  } finally {
    server.off('request', onRequest);
  }
}

/** The same load, unmeasured: a warm-up. */
export async function warmUp(
  url: string,
  body: string,
  profile: { seconds: number; connections: number; pipelining: number },
): Promise<void> {
  const load = generateLoad(url, body, profile);
  await load.started;
  await load.finished;
}

/** autocannon in a child process (load-child.ts); `started` once it fires, `finished` with its figures checked. */
function generateLoad(
  url: string,
  body: string,
  { seconds, connections, pipelining }: { seconds: number; connections: number; pipelining: number },
): { started: Promise<void>; finished: Promise<autocannon.Result> } {
  const options: autocannon.Options = {
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    pipelining,
    duration: seconds,
    // A slow server at 100 connections answers in seconds: a timeout would be a failure, not a figure.
    timeout: 60,
  };
  const child = fork(path.join(__dirname, 'load-child.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  type Reply = { ready?: true; result?: autocannon.Result; error?: string };
  let started: () => void = () => undefined;
  const startedPromise = new Promise<void>((resolve) => (started = resolve));
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    child.on('message', (reply: Reply) => {
      if (reply.ready) {
        child.send(options);
        started();
      } else if (reply.result) resolve(reply.result);
      else reject(new Error(`${url}: load generator failed: ${reply.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`load generator exited with ${code} before answering`)));
  }).then((result) => {
    const failures = result.errors + result.timeouts + result.non2xx;
    if (failures > 0) {
      throw new Error(
        `${url}: ${failures} of ${result.requests.total} requests failed (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`,
      );
    }
    return result;
  });
  // Fails `started` too if the child dies before it fires.
  finished.catch(() => started());
  return { started: startedPromise, finished };
}

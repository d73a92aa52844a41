import { fork } from 'node:child_process';
import path from 'node:path';
import type autocannon from 'autocannon';
import { processCpuSeconds } from './cpu';

export interface LoadProfile {
  /** Before the first round of each server, not measured. */
  warmupSeconds: number;
  /** Each round. */
  seconds: number;
  rounds: number;
  /** Each level of concurrency is a comparison of its own. */
  connections: number[];
  pipelining: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
  /** CPU seconds of the benchmark process (the server under test) while the load ran. */
  cpuSeconds: number;
}

/**
 * POSTs the same GraphQL body over and over for `seconds`. The requests come from a child
 * process: fired from this one they would share its event loop (or, from a worker thread, its
 * CPU count) with the server being measured.
 */
export async function loadGraphQL(
  url: string,
  body: string,
  { seconds, connections, pipelining }: { seconds: number; connections: number; pipelining: number },
): Promise<LoadFigures> {
  const options: autocannon.Options = {
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    pipelining,
    duration: seconds,
  };
  const child = fork(path.join(__dirname, 'load-child.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  type Reply = { ready?: true; result?: autocannon.Result; error?: string };
  const replies: Reply[] = [];
  let wake: () => void = () => undefined;
  let failed: Error | null = null;
  child.on('message', (reply) => {
    replies.push(reply as Reply);
    wake();
  });
  child.once('error', (error) => ((failed = error), wake()));
  child.once('exit', (code) => ((failed ??= new Error(`load generator exited with ${code} before answering`)), wake()));
  const next = async (): Promise<Reply> => {
    while (replies.length === 0) {
      if (failed) throw failed;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    return replies.shift()!;
  };
  await next(); // ready: autocannon is loaded, so its start-up stays out of the measured window
  const cpuBefore = processCpuSeconds();
  child.send(options);
  const { result, error } = await next();
  const cpuSeconds = processCpuSeconds() - cpuBefore;
  if (!result) throw new Error(`${url}: load generator failed: ${error}`);
  const failures = result.errors + result.timeouts + result.non2xx;
  if (failures > 0) {
    throw new Error(
      `${url}: ${failures} of ${result.requests.total} requests failed (errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx})`,
    );
  }
  return {
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    cpuSeconds,
  };
}

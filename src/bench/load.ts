import autocannon from 'autocannon';

export interface LoadProfile {
  warmupSeconds: number;
  seconds: number;
  connections: number;
  pipelining: number;
}

export interface LoadFigures {
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  requests: number;
}

/**
 * POSTs the same GraphQL body over and over. The requests come from a worker thread: fired
 * from the main thread they would share one event loop with the server being measured.
 */
export async function loadGraphQL(url: string, body: string, profile: LoadProfile): Promise<LoadFigures> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections: profile.connections,
    pipelining: profile.pipelining,
    duration: profile.seconds,
    workers: 1,
    warmup: { duration: profile.warmupSeconds, connections: profile.connections },
  });
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
  };
}

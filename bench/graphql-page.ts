import type { Server } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import type { BenchHub } from './bench-hub';
import type { Cleanup } from './cleanup';
import { databaseCpuSecondsBetween, databaseCpuSnapshot } from './cpu';
import { loadGraphQLWindow, warmUp, type LoadFigures, type LoadProfile } from './load';
import { hubPageQuery, hubRows, pageRequestBody, postGraphilePageQuery, postGraphileRows, type PageRow } from './page-queries';
import { startPostGraphile } from './postgraphile-server';
import { interleave, spread, type Spread } from './rounds';
import { statementCost, type StatementCost } from './statement-cost';

export const measuredPageSize = 50;

export interface Contender {
  name: string;
  responseBytes: number;
}

/** One round: each server under the same load in turn, who goes first alternating. */
export interface PageRound {
  round: number;
  hubFirst: boolean;
  hub: PageRoundSide;
  postGraphile: PageRoundSide;
}

export interface PageRoundSide extends LoadFigures {
  /** CPU seconds of the PostgreSQL backends of the scratch database in the measured window. */
  databaseCpuSeconds: number;
}

/** The comparison at one level of concurrency. */
export interface PageComparison {
  connections: number;
  rounds: PageRound[];
  /** Requests/s, hub ÷ PostGraphile, per round. */
  throughputRatio: Spread;
  /** Latency p99, hub ÷ PostGraphile, per round. */
  p99Ratio: Spread;
}

export interface GraphQLPageFigures {
  pageSize: number;
  profile: LoadProfile;
  hub: Contender;
  postGraphile: Contender;
  comparisons: PageComparison[];
  statementCosts: StatementCost[];
}

/**
 * Benchmark 1: the same page of open datasets from the hub and from PostGraphile, both in this
 * process (the load generator in a child process), in interleaved rounds at each level of
 * concurrency.
 */
export async function benchmarkGraphQLPage(bench: BenchHub, cleanup: Cleanup, profile: LoadProfile): Promise<GraphQLPageFigures> {
  const postGraphile = await startPostGraphile(bench.databaseUrl);
  cleanup.defer('PostGraphile', postGraphile.close);

  const hubUrl = `${bench.baseUrl}/graphql`;
  const hubBody = pageRequestBody(hubPageQuery, measuredPageSize);
  const postGraphileBody = pageRequestBody(postGraphilePageQuery, measuredPageSize);
  const hubPage = await fetchPage(hubUrl, hubBody, hubRows);
  const postGraphilePage = await fetchPage(postGraphile.url, postGraphileBody, postGraphileRows);
  assertSamePage(hubPage.rows, postGraphilePage.rows);

  const measured = async (server: Server, url: string, body: string, connections: number): Promise<PageRoundSide> => {
    const snapshots: Map<number, number>[] = [];
    const load = await loadGraphQLWindow(
      server,
      url,
      body,
      { rampSeconds: profile.rampSeconds, seconds: profile.seconds, connections, pipelining: profile.pipelining },
      { onBoundary: () => void snapshots.push(databaseCpuSnapshot(bench.databaseUrl)) },
    );
    return { ...load, databaseCpuSeconds: databaseCpuSecondsBetween(snapshots[0], snapshots[1]) };
  };
  const comparisons: PageComparison[] = [];
  for (const connections of profile.connections) {
    console.log(
      `bench: page of ${measuredPageSize}, ${connections} connections: ${profile.warmupSeconds} s warm-up each, then ${profile.rounds} interleaved rounds of ${profile.rampSeconds} s ramp + ${profile.seconds} s measured`,
    );
    const warmup = { seconds: profile.warmupSeconds, connections, pipelining: profile.pipelining };
    await warmUp(hubUrl, hubBody, warmup);
    await warmUp(postGraphile.url, postGraphileBody, warmup);
    const rounds = await interleave(
      profile.rounds,
      () => measured(bench.hub.http.server, hubUrl, hubBody, connections),
      () => measured(postGraphile.server, postGraphile.url, postGraphileBody, connections),
      ({ round, ours, peer }) =>
        console.log(
          `bench:   round ${round}: hub ${ours.requestsPerSecond.toFixed(0)} req/s, PostGraphile ${peer.requestsPerSecond.toFixed(0)} req/s (${(ours.requestsPerSecond / peer.requestsPerSecond).toFixed(2)}×)`,
        ),
    );
    comparisons.push({
      connections,
      rounds: rounds.map(({ round, oursFirst, ours, peer }) => ({ round, hubFirst: oursFirst, hub: ours, postGraphile: peer })),
      throughputRatio: spread(rounds.map(({ ours, peer }) => ours.requestsPerSecond / peer.requestsPerSecond)),
      p99Ratio: spread(rounds.map(({ ours, peer }) => ours.latencyP99Ms / peer.latencyP99Ms)),
    });
  }

  return {
    pageSize: measuredPageSize,
    profile,
    hub: { name: 'hub (Fastify + Apollo + type-graphql + MikroORM)', responseBytes: hubPage.bytes },
    postGraphile: { name: `PostGraphile ${postGraphile.version}`, responseBytes: postGraphilePage.bytes },
    comparisons,
    statementCosts: [
      await statementCost(bench.hub, 10),
      await statementCost(bench.hub, measuredPageSize),
      await statementCost(bench.hub, 100),
    ],
  };
}

async function fetchPage(url: string, body: string, rowsOf: (data: unknown) => PageRow[]): Promise<{ rows: PageRow[]; bytes: number }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (!response.ok || parsed.errors || !parsed.data) throw new Error(`${url}: ${response.status} ${text.slice(0, 500)}`);
  return { rows: rowsOf(parsed.data), bytes: Buffer.byteLength(text) };
}

/** Measuring only means something if both servers do the same work: same rows, same order. */
function assertSamePage(hub: PageRow[], postGraphile: PageRow[]): void {
  if (hub.length !== measuredPageSize || postGraphile.length !== measuredPageSize) {
    throw new Error(`expected ${measuredPageSize} datasets from each, got hub ${hub.length}, PostGraphile ${postGraphile.length}`);
  }
  const firstDifference = hub.findIndex((row, index) => !isDeepStrictEqual(row, postGraphile[index]));
  if (firstDifference >= 0) {
    throw new Error(
      `row ${firstDifference} differs: hub ${JSON.stringify(hub[firstDifference])}, PostGraphile ${JSON.stringify(postGraphile[firstDifference])}`,
    );
  }
}

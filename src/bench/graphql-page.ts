import { isDeepStrictEqual } from 'node:util';
import type { BenchHub } from './bench-hub';
import type { Cleanup } from './cleanup';
import { loadGraphQL, type LoadFigures, type LoadProfile } from './load';
import { hubPageQuery, hubRows, pageRequestBody, postGraphilePageQuery, postGraphileRows, type PageRow } from './page-queries';
import { startPostGraphile } from './postgraphile-server';
import { statementCost, type StatementCost } from './statement-cost';

export const measuredPageSize = 50;

export interface Contender {
  name: string;
  responseBytes: number;
  load: LoadFigures;
}

export interface GraphQLPageFigures {
  pageSize: number;
  profile: LoadProfile;
  hub: Contender;
  postGraphile: Contender;
  statementCosts: StatementCost[];
}

/** Benchmark 1: the same page of open datasets from the hub and from PostGraphile, in turn. */
export async function benchmarkGraphQLPage(bench: BenchHub, cleanup: Cleanup, profile: LoadProfile): Promise<GraphQLPageFigures> {
  const postGraphile = await startPostGraphile(bench.databaseUrl);
  cleanup.defer('PostGraphile', postGraphile.close);

  const hubUrl = `${bench.baseUrl}/graphql`;
  const hubBody = pageRequestBody(hubPageQuery, measuredPageSize);
  const postGraphileBody = pageRequestBody(postGraphilePageQuery, measuredPageSize);
  const hubPage = await fetchPage(hubUrl, hubBody, hubRows);
  const postGraphilePage = await fetchPage(postGraphile.url, postGraphileBody, postGraphileRows);
  assertSamePage(hubPage.rows, postGraphilePage.rows);

  console.log(`bench: load on the hub (${profile.warmupSeconds} s warm-up + ${profile.seconds} s)`);
  const hubLoad = await loadGraphQL(hubUrl, hubBody, profile);
  console.log(`bench: load on PostGraphile (${profile.warmupSeconds} s warm-up + ${profile.seconds} s)`);
  const postGraphileLoad = await loadGraphQL(postGraphile.url, postGraphileBody, profile);

  return {
    pageSize: measuredPageSize,
    profile,
    hub: { name: 'hub (Fastify + Apollo + type-graphql + MikroORM)', responseBytes: hubPage.bytes, load: hubLoad },
    postGraphile: { name: `PostGraphile ${postGraphile.version}`, responseBytes: postGraphilePage.bytes, load: postGraphileLoad },
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

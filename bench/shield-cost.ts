import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { execute, parse, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { createLoaders } from '../src/graphql/loaders';
import { permissions } from '../src/graphql/permissions';
import { buildServedSchema, buildSubgraphSchema } from '../src/graphql/schema';
import { anonymous } from '../src/shared/viewer';
import type { BenchHub } from './bench-hub';
import { approveBySampleCouncil } from './sample-council';

export const shieldProfile = { rows: 1_000, warmup: 30, samples: 300 };

const slug = 'bench-shield-rows';
const query = parse(`query Rows($slug: String!, $first: Int) {
  datasetRows(slug: $slug, first: $first) {
    columns { name title type }
    rows
    rowNumbers
    pageInfo { hasNextPage endCursor }
    version { number rowCount createdAt }
  }
}`);

export interface SchemaTiming {
  name: string;
  p50Ms: number;
  meanMs: number;
}

export interface ShieldFigures {
  profile: typeof shieldProfile;
  timings: SchemaTiming[];
  /** p50 with shield as served over p50 without shield. */
  ratio: number;
}

/**
 * What graphql-shield costs on a 1,000-row datasetRows page: the same operation executed
 * in-process, interleaved, on the declared schema (no shield), the served schema (shield
 * with the `allow` fast paths) and shield on every field. In-process leaves HTTP out of the
 * denominator, so the ratio is the least flattering one.
 */
export async function benchmarkShieldCost(bench: BenchHub): Promise<ShieldFigures> {
  await createDataset(bench);
  const declared = buildSubgraphSchema();
  const schemas: [string, GraphQLSchema][] = [
    ['without shield', declared],
    ['with shield (as served)', buildServedSchema()],
    ['with shield on every field (no fast paths)', applyMiddleware(buildSubgraphSchema(), permissions)],
  ];
  const run = async (schema: GraphQLSchema): Promise<number> => {
    const services = bench.hub.services();
    const started = performance.now();
    const result = await execute({
      schema,
      document: query,
      variableValues: { slug, first: shieldProfile.rows },
      contextValue: { viewer: anonymous, services, loaders: createLoaders(services, anonymous) },
    });
    const elapsed = performance.now() - started;
    const rows = (result.data?.datasetRows as { rows: unknown[] } | undefined)?.rows.length;
    if (result.errors || rows !== shieldProfile.rows) throw new Error(`shield bench: unexpected result ${JSON.stringify(result.errors)}`);
    return elapsed;
  };
  const samples = schemas.map((): number[] => []);
  for (let round = 0; round < shieldProfile.warmup + shieldProfile.samples; round += 1) {
    // A different order each round, so drift and caches favour none of them.
    for (let step = 0; step < schemas.length; step += 1) {
      const index = (round + step) % schemas.length;
      const elapsed = await run(schemas[index][1]);
      if (round >= shieldProfile.warmup) samples[index].push(elapsed);
    }
  }
  const timings = schemas.map(([name], index) => ({ name, p50Ms: median(samples[index]), meanMs: mean(samples[index]) }));
  return { profile: shieldProfile, timings, ratio: timings[1].p50Ms / timings[0].p50Ms };
}

export function shieldSection(figures: ShieldFigures): string {
  const { profile, timings, ratio } = figures;
  return [
    `## 5. What graphql-shield costs on a ${profile.rows.toLocaleString('en')}-row \`datasetRows\` page`,
    '',
    `The same anonymous \`datasetRows(first: ${profile.rows})\` of open data (10 columns), executed in-process with graphql-js on three schemas, interleaved, ${profile.samples} samples each after ${profile.warmup} warm-up rounds. Source: \`bench/shield-cost.ts\`; run alone with \`node scripts/build-tools.js && node dist-tools/bench/shield-run.js\`.`,
    '',
    '| Schema | p50 ms | mean ms | vs without shield (p50) |',
    '|---|---|---|---|',
    ...timings.map(
      (timing) =>
        `| ${timing.name} | ${timing.p50Ms.toFixed(2)} | ${timing.meanMs.toFixed(2)} | ${(timing.p50Ms / timings[0].p50Ms).toFixed(3)}× |`,
    ),
    '',
    `Shield as served: **${ratio.toFixed(3)}×** the time without it, i.e. ${((ratio - 1) * 100).toFixed(1)} % (budget: under 15 %; a figure below zero means no cost above run-to-run noise). Fields ruled exactly \`allow\` get their own resolver back (\`src/graphql/fast-paths.ts\`), and a page's cells are one field, so shield runs a handful of times per request, not once per row.`,
  ].join('\n');
}

async function createDataset(bench: BenchHub): Promise<void> {
  const services = bench.hub.services();
  const dataset = await services.trusted.catalog.upsertFromCatalog({
    slug,
    provinceCode: 'ninhthuan',
    ownerCode: 'sotttt',
    title: 'Dòng dữ liệu đo chi phí phân quyền (rows for the shield benchmark)',
    description: 'Dữ liệu tổng hợp để đo hiệu năng (synthetic data for the benchmark).',
    category: 'SECTORAL',
    accessLevel: 'PUBLIC',
    licence: 'CC-BY-4.0',
  });
  const header = 'district,commune,procedure,received,processed,on_time_rate,as_of,online,fee,note';
  const lines = Array.from(
    { length: shieldProfile.rows },
    (_, i) =>
      `Huyện ${i % 50},Xã ${i % 997},Thủ tục ${i % 1500},${(i * 7919) % 10000},${(i * 104729) % 10000},${((i * 31) % 10000) / 100},2024-0${1 + (i % 9)}-1${i % 10},${i % 3 === 0},${(i % 200) * 1000},Ghi chú ${i}`,
  );
  const { distribution } = await services.trusted.catalog.importDistribution(dataset.id, {
    content: Readable.from([`${header}\n${lines.join('\n')}\n`]),
    originalName: `${slug}.csv`,
    mediaType: 'text/csv',
  });
  await approveBySampleCouncil(services, slug);
  const job = await services.trusted.datastore.ingestUploaded(distribution);
  if (!job) throw new Error('shield bench: the CSV was not queued for ingestion');
  const done = await services.datastore.waitForJob(job.id, { timeoutMs: 120_000 });
  if (done.state !== 'SUCCEEDED') throw new Error(`shield bench: ingestion ended ${done.state}`);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

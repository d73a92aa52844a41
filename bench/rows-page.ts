import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { Client } from 'pg';
import { qualifiedTable, versionTableName } from '../src/modules/datastore/version-tables';
import type { BenchHub } from './bench-hub';
import { approveBySampleCouncil } from './sample-council';
import { processCpuSeconds } from './cpu';
import { interleave, spread, type Spread } from './rounds';

const slug = 'bench-rows';
export const rowsPageProfile = { rows: 1_000_000, pageSize: 100, warmup: 50, rounds: 5, samplesPerRound: 100, deepPageAfterPages: 50 };

/**
 * Ten typed columns of a million rows. Ingestion does not exist yet, so the version table is
 * filled by SQL the way ingestion lays it out (version-tables.ts), then registered as version 1.
 */
const columns = [
  { name: 'district', type: 'string', required: true, sql: `'Huyện ' || (i % 50)` },
  { name: 'commune', type: 'string', required: true, sql: `'Xã ' || (i % 997)` },
  { name: 'procedure', type: 'string', required: true, sql: `'Thủ tục số ' || (i % 1500)` },
  { name: 'received', type: 'integer', required: true, sql: '(i::bigint * 7919) % 10000' },
  { name: 'processed', type: 'integer', required: false, sql: 'case when i % 13 = 0 then null else (i::bigint * 104729) % 10000 end' },
  { name: 'on_time_rate', type: 'number', required: true, sql: '((i * 31) % 10000) / 100.0' },
  { name: 'as_of', type: 'date', required: true, sql: `date '2020-01-01' + (i % 1800)` },
  { name: 'online', type: 'boolean', required: true, sql: 'i % 3 = 0' },
  { name: 'fee', type: 'number', required: false, sql: 'case when i % 4 = 0 then null else (i % 200) * 1000 end' },
  { name: 'note', type: 'string', required: false, sql: `case when i % 5 = 0 then null else 'Ghi chú ' || (i % 10007) end` },
];
const sqlTypes: Record<string, string> = { string: 'text', integer: 'bigint', number: 'numeric', date: 'date', boolean: 'boolean' };

/**
 * The measured page: one district, counts from 100 up, the biggest first. Index used:
 * (district, received, _row), scanned backwards, so both the first page and a keyset page
 * deep in the result are a short index range; the plan is printed in the report.
 */
const filter = [
  { column: 'district', eq: 'Huyện 7' },
  { column: 'received', gte: 100 },
];
const sort = [{ column: 'received', descending: true }];
const hubQuery = `query Rows($slug: String!, $filter: [RowFilter!], $sort: [RowSort!], $first: Int, $after: String) {
  datasetRows(slug: $slug, filter: $filter, sort: $sort, first: $first, after: $after) {
    rows
    rowNumbers
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface LatencyFigures {
  p50Ms: number;
  p99Ms: number;
  samples: number;
  /** CPU seconds of the benchmark process over these calls: the caller (fetch or pg) included, in-process. */
  cpuSeconds: number;
}

export interface RowsPageRound {
  round: number;
  graphqlFirst: boolean;
  graphql: LatencyFigures;
  sql: LatencyFigures;
}

export interface RowsPageCase {
  name: string;
  /** All rounds' samples together. */
  graphql: LatencyFigures;
  sql: LatencyFigures;
  rounds: RowsPageRound[];
  /** p50 latency, GraphQL ÷ SQL, per round. */
  p50Ratio: Spread;
}

export interface RowsPageFigures {
  profile: typeof rowsPageProfile;
  columnCount: number;
  setupSeconds: number;
  hubQuery: string;
  variables: string;
  directSql: string;
  plan: string[];
  cases: RowsPageCase[];
}

/** Benchmark 3: a filtered, sorted page of 100 rows through GraphQL vs the same query in SQL. */
export async function benchmarkRowsPage(bench: BenchHub): Promise<RowsPageFigures> {
  const started = performance.now();
  const client = new Client({ connectionString: bench.databaseUrl });
  await client.connect();
  try {
    const table = await createVersion(bench, client);
    const setupSeconds = (performance.now() - started) / 1000;
    const directSql = (afterCursor: boolean) =>
      `select _row, ${columns.map((column) => column.name).join(', ')} from ${table} where district = $1 and received >= $2` +
      `${afterCursor ? ' and (received, _row) < ($3, $4)' : ''} order by received desc, _row desc limit ${rowsPageProfile.pageSize + 1}`;
    const url = `${bench.baseUrl}/graphql`;

    const firstPage = await hubPage(url, null);
    let deep = firstPage;
    for (let page = 1; page < rowsPageProfile.deepPageAfterPages; page += 1) deep = await hubPage(url, deep.endCursor);
    const receivedIndex = columns.findIndex((column) => column.name === 'received');
    const deepKeys = [String(deep.lastRow[receivedIndex]), String(deep.lastRowNumber)];

    const cases: RowsPageCase[] = [];
    for (const [name, after, keys] of [
      ['first page', null, []],
      [`page ${rowsPageProfile.deepPageAfterPages + 1} (keyset cursor)`, deep.endCursor, deepKeys],
    ] as [string, string | null, string[]][]) {
      const { rounds, samplesPerRound, warmup } = rowsPageProfile;
      console.log(
        `bench: rows page, ${name}: ${warmup} warm-up, then ${rounds} interleaved rounds of ${samplesPerRound} sequential requests each way`,
      );
      const graphqlCall = () => hubPage(url, after);
      const sqlCall = () => client.query(directSql(after !== null), ['Huyện 7', 100, ...keys]);
      for (let index = 0; index < warmup; index += 1) await graphqlCall();
      for (let index = 0; index < warmup; index += 1) await sqlCall();
      const graphqlSamples: number[] = [];
      const sqlSamples: number[] = [];
      const measured = await interleave(
        rounds,
        () => latencies(graphqlCall, graphqlSamples),
        () => latencies(sqlCall, sqlSamples),
      );
      const rows = measured.map(({ round, oursFirst, ours, peer }) => ({ round, graphqlFirst: oursFirst, graphql: ours, sql: peer }));
      const cpu = (side: 'graphql' | 'sql') => rows.reduce((sum, row) => sum + row[side].cpuSeconds, 0);
      cases.push({
        name,
        graphql: summarise(graphqlSamples, cpu('graphql')),
        sql: summarise(sqlSamples, cpu('sql')),
        rounds: rows,
        p50Ratio: spread(rows.map((row) => row.graphql.p50Ms / row.sql.p50Ms)),
      });
    }
    const plan = await client.query<{ 'QUERY PLAN': string }>(`explain ${directSql(true)}`, ['Huyện 7', 100, ...deepKeys]);
    return {
      profile: rowsPageProfile,
      columnCount: columns.length,
      setupSeconds,
      hubQuery,
      variables: JSON.stringify({ slug, filter, sort, first: rowsPageProfile.pageSize }),
      directSql: directSql(true),
      plan: plan.rows.map((row) => row['QUERY PLAN']),
      cases,
    };
  } finally {
    await client.end();
  }
}

/**
 * The dataset, its million-row version table with the indexes ingestion should build, and the
 * version row. The reliability harness (reliability/) floods a smaller one of its own.
 */
export async function createVersion(
  bench: Pick<BenchHub, 'hub'>,
  client: Client,
  { slug, rows } = { slug: 'bench-rows', rows: rowsPageProfile.rows },
): Promise<string> {
  const { catalog } = bench.hub.services().trusted;
  const dataset = await catalog.upsertFromCatalog({
    slug,
    provinceCode: 'ninhthuan',
    ownerCode: 'sotttt',
    title: 'Hồ sơ thủ tục hành chính (dữ liệu tổng hợp cho đo đạc)',
    description: 'Một triệu dòng sinh bằng SQL để đo trang dòng dữ liệu (synthetic rows for the benchmark).',
    category: 'SECTORAL',
    accessLevel: 'PUBLIC',
    licence: 'CC-BY-4.0',
  });
  const { distribution } = await catalog.importDistribution(dataset.id, {
    content: Readable.from(['synthetic\n']),
    originalName: 'bench-rows.csv',
    mediaType: 'text/csv',
  });
  await approveBySampleCouncil(bench.hub.services(), dataset.slug);

  const versionId = randomUUID();
  const jobId = randomUUID();
  const table = qualifiedTable(versionTableName(versionId));
  console.log(`bench: rows page, generating ${rows} rows × ${columns.length} columns`);
  const definitions = columns.map((column) => `${column.name} ${sqlTypes[column.type]}${column.required ? ' not null' : ''}`);
  await client.query(`create table ${table} (_row bigint primary key, ${definitions.join(', ')})`);
  await client.query(
    `insert into ${table} select i + 1, ${columns.map((column) => column.sql).join(', ')} from generate_series(1, ${rows}) as i`,
  );
  await client.query(`create index on ${table} (district, received, _row)`);
  await client.query(`analyze ${table}`);
  const schema = { fields: columns.map(({ name, type, required }) => ({ name, type, constraints: { required } })) };
  await client.query(
    `insert into ingestion_job (id, dataset_id, distribution_id, version_number, state, total_bytes, rows_processed, created_at, finished_at)
     values ($1, $2, $3, 1, 'SUCCEEDED', 0, $4, now(), now())`,
    [jobId, dataset.id, distribution.id, rows],
  );
  await client.query(
    `insert into dataset_version (id, dataset_id, number, distribution_id, ingestion_job_id, table_name, row_count, table_schema, created_at)
     values ($1, $2, 1, $3, $4, $5, $6, $7, now())`,
    [versionId, dataset.id, distribution.id, jobId, versionTableName(versionId), rows, JSON.stringify(schema)],
  );
  await client.query('update ingestion_job set version_id = $1 where id = $2', [versionId, jobId]);
  return table;
}

interface HubPage {
  endCursor: string;
  lastRow: unknown[];
  lastRowNumber: number;
}

async function hubPage(url: string, after: string | null): Promise<HubPage> {
  const body = JSON.stringify({ query: hubQuery, variables: { slug, filter, sort, first: rowsPageProfile.pageSize, after } });
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  const parsed = JSON.parse(text) as {
    data?: { datasetRows: { rows: unknown[][]; rowNumbers: number[]; pageInfo: { endCursor: string } } };
    errors?: unknown;
  };
  const page = parsed.data?.datasetRows;
  if (!response.ok || parsed.errors || page?.rows.length !== rowsPageProfile.pageSize) {
    throw new Error(`rows page: ${response.status} ${text.slice(0, 500)}`);
  }
  return { endCursor: page.pageInfo.endCursor, lastRow: page.rows.at(-1)!, lastRowNumber: page.rowNumbers.at(-1)! };
}

/** Sequential calls, one at a time: latency without queueing. The samples are also added to `all`. */
async function latencies(call: () => Promise<unknown>, all: number[]): Promise<LatencyFigures> {
  const samples: number[] = [];
  const cpuBefore = processCpuSeconds();
  for (let index = 0; index < rowsPageProfile.samplesPerRound; index += 1) {
    const start = performance.now();
    await call();
    samples.push(performance.now() - start);
  }
  const cpuSeconds = processCpuSeconds() - cpuBefore;
  all.push(...samples);
  return summarise(samples, cpuSeconds);
}

function summarise(samples: number[], cpuSeconds: number): LatencyFigures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (quantile: number) => sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))];
  return { p50Ms: at(0.5), p99Ms: at(0.99), samples: sorted.length, cpuSeconds };
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { IngestionTotals } from '../../modules/datastore/service';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { QueueBacklog } from '../../jobs/queue';
import { isConfiguredSecret } from './secret';

/** What /metrics reads at scrape time besides the counters this process keeps. */
export interface MetricSources {
  /** The database pool of this process (MikroORM's knex pool), where the driver tells. */
  pool(): { used: number; free: number; pending: number } | null;
  /** The job queue's backlog: the cluster's, from the shared database. */
  queueBacklog(): Promise<QueueBacklog[]>;
  /** Rows and bytes read by ingestion jobs, by state: the cluster's, from the shared database. */
  ingestion(): Promise<IngestionTotals[]>;
}

/** One read shared by every caller while it is under way: the gauges of one scrape. */
function shared<T>(read: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= read().finally(() => {
      pending = null;
    }));
}

const maxOperationNames = 200;
const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Download routes, by the format they serve. */
const downloadRoutes: Record<string, string> = {
  '/datasets/:slug/download': 'csv',
  '/datasets/:slug/download.csv': 'csv',
  '/datasets/:slug/download.json': 'json',
  '/datasets/:slug/download/original': 'original',
};

let processMetrics: Registry | undefined;

/**
 * The process's own figures (CPU, memory, event loop, garbage collection), collected once per
 * process however many hubs it builds. prom-client watches garbage collection with a
 * PerformanceObserver it never disconnects: registered with each hub's registry, it kept every
 * closed hub reachable (a test worker grew by about 60 MB per test file, to 5 GB).
 */
function processRegistry(): Registry {
  if (!processMetrics) {
    processMetrics = new Registry();
    collectDefaultMetrics({ register: processMetrics, prefix: 'hub_' });
  }
  return processMetrics;
}

/**
 * The operators' Prometheus metrics (issue 17 item 4), on a registry of this hub's own (tests
 * and the reliability runs build several hubs in one process). Durations and counts are this
 * process's; the queue and ingestion figures are read from the database at scrape time, so every
 * replica reports the whole cluster's and none is lost when a replica restarts.
 */
export class HubMetrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly httpDuration = new Histogram({
    name: 'hub_http_request_duration_seconds',
    help: 'HTTP requests by route pattern, method and status code',
    labelNames: ['method', 'route', 'status_code'],
    buckets: durationBuckets,
    registers: [this.registry],
  });
  private readonly graphqlDuration = new Histogram({
    name: 'hub_graphql_operation_duration_seconds',
    help: 'GraphQL operations by operation name (anonymous when unnamed; other beyond 200 names) and whether they had errors',
    labelNames: ['operation', 'outcome'],
    buckets: durationBuckets,
    registers: [this.registry],
  });
  private readonly refusals = new Counter({
    name: 'hub_refusals_total',
    help: 'Refused requests by error code: GraphQL extensions.code, or HTTP_<status> for the plain-HTTP routes',
    labelNames: ['surface', 'code'],
    registers: [this.registry],
  });
  private readonly downloads = new Counter({
    name: 'hub_downloads_total',
    help: 'Open-data downloads answered (200, 206 or 304), by format',
    labelNames: ['format'],
    registers: [this.registry],
  });

  constructor(sources: MetricSources) {
    new Gauge({
      name: 'hub_db_pool_connections',
      help: 'Connections of this process’s database pool: used, free, and callers waiting for one',
      labelNames: ['state'],
      registers: [this.registry],
      collect() {
        const pool = sources.pool();
        if (!pool) return;
        this.set({ state: 'used' }, pool.used);
        this.set({ state: 'free' }, pool.free);
        this.set({ state: 'pending' }, pool.pending);
      },
    });
    // The registry collects its metrics at once: each group's gauges share one read per scrape.
    const backlog = shared(() => sources.queueBacklog());
    const queueGauge = (name: string, help: string, value: (backlog: QueueBacklog) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['queue', 'state'],
        registers: [this.registry],
        async collect() {
          const rows = await backlog();
          this.reset();
          for (const row of rows) this.set({ queue: row.queue, state: row.state }, value(row));
        },
      });
    queueGauge(
      'hub_job_queue_depth',
      'Jobs waiting (created), waiting to retry (retry) or running (active), per queue (all replicas)',
      (row) => row.jobs,
    );
    queueGauge('hub_job_queue_oldest_age_seconds', 'Age of the oldest job in each queue and state', (row) => row.oldestAgeSeconds);
    const ingestion = shared(() => sources.ingestion());
    const ingestionGauge = (name: string, help: string, value: (row: IngestionTotals) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['state'],
        registers: [this.registry],
        async collect() {
          for (const row of await ingestion()) this.set({ state: row.state }, value(row));
        },
      });
    ingestionGauge('hub_ingestion_jobs', 'Ingestion jobs by state (all replicas)', (row) => row.jobs);
    ingestionGauge(
      'hub_ingested_rows',
      'Rows processed by ingestion jobs, by their state (all replicas, since the database began)',
      (row) => row.rows,
    );
    ingestionGauge(
      'hub_ingested_bytes',
      'Bytes read by ingestion jobs, by their state (all replicas, since the database began)',
      (row) => row.bytes,
    );
  }

  /** Times every HTTP request by its route pattern (never its path: slugs would make a series each). */
  observeHttp(app: FastifyInstance): void {
    app.addHook('onResponse', async (request, reply) => {
      const route = request.routeOptions.url ?? 'unmatched';
      const status = reply.statusCode;
      this.httpDuration.observe({ method: request.method, route, status_code: String(status) }, reply.elapsedTime / 1000);
      if (route !== '/graphql' && status >= 400) this.refusals.inc({ surface: 'http', code: `HTTP_${status}` });
      const format = downloadRoutes[route];
      if (format && (status === 200 || status === 206 || status === 304)) this.downloads.inc({ format });
    });
  }

  /** Times every GraphQL operation by name, and counts its errors by code. */
  graphqlPlugin<T extends object>(): ApolloServerPlugin<T> {
    return {
      // A refused token fails the context, before any operation starts.
      contextCreationDidFail: async ({ error }) => {
        this.refusals.inc({
          surface: 'graphql',
          code: String((error as { extensions?: { code?: unknown } }).extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
        });
      },
      requestDidStart: async () => {
        const started = performance.now();
        return {
          willSendResponse: async ({ operationName, request, errors }) => {
            const operation = this.operationLabel(operationName ?? request.operationName ?? null);
            this.graphqlDuration.observe({ operation, outcome: errors?.length ? 'error' : 'ok' }, (performance.now() - started) / 1000);
            for (const error of errors ?? []) {
              this.refusals.inc({ surface: 'graphql', code: String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') });
            }
          },
        };
      },
    };
  }

  /** Operation names are the client's to choose: a bounded set of them, so no client can flood the series. */
  private operationLabel(name: string | null): string {
    if (!name) return 'anonymous';
    const label = name.slice(0, 64);
    if (this.operationNames.has(label)) return label;
    if (this.operationNames.size >= maxOperationNames) return 'other';
    this.operationNames.add(label);
    return label;
  }
}

/**
 * GET /metrics. Who may read it: a scraper on the same machine, connected straight to the hub
 * (loopback, no proxy header: behind a local reverse proxy every outside caller would come from
 * loopback), or anyone with `Authorization: Bearer <HUB_METRICS_TOKEN>`. Everyone else: 401 when
 * a token is configured, 403 when none is.
 */
export async function metricsRoutes(app: FastifyInstance, metrics: HubMetrics, token: string | null): Promise<void> {
  app.get('/metrics', async (request, reply) => {
    if (!isDirectLoopback(request) && !hasToken(request, token)) {
      if (token) return reply.code(401).header('WWW-Authenticate', 'Bearer realm="metrics"').send({ error: 'UNAUTHENTICATED' });
      return reply.code(403).send({ error: 'FORBIDDEN', message: '/metrics is open on loopback only unless HUB_METRICS_TOKEN is set' });
    }
    const scraped = Registry.merge([processRegistry(), metrics.registry]);
    return reply.header('content-type', scraped.contentType).send(await scraped.metrics());
  });
}

function isDirectLoopback(request: FastifyRequest): boolean {
  const address = request.socket.remoteAddress ?? '';
  const loopback = address === '::1' || /^(::ffff:)?127\./.test(address);
  return loopback && request.headers['x-forwarded-for'] === undefined && request.headers.forwarded === undefined;
}

function hasToken(request: FastifyRequest, token: string | null): boolean {
  return isConfiguredSecret(/^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1], token);
}

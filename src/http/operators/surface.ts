import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import type { HubContext } from '../../graphql/context';
import type { Database } from '../../db/database';
import type { JobQueue } from '../../jobs/queue';
import type { BlobStore } from '../../storage/blob-store';
import type { IngestionTotals } from '../../modules/datastore/service';
import { HubMetrics, metricsRoutes, type MetricSources } from './metrics';
import { installOpenApi } from './openapi';
import { readinessRoutes } from './readiness';
import type { TracingConfig } from '../../config';

export interface OperatorParts {
  database: Database;
  blobs: BlobStore;
  queue: JobQueue;
  /** The cluster's ingestion jobs by state (the datastore's). */
  ingestionTotals(): Promise<IngestionTotals[]>;
}

/**
 * The operators' surface (issue 17 item 4): /openapi.json (installed first, so that it sees
 * every route registered after it), /metrics, /readyz, and traces when configured. Returns the
 * GraphQL plugins (metrics, traces) the Apollo server takes.
 */
export async function installOperatorSurface(
  http: FastifyInstance,
  parts: OperatorParts,
  settings: { publicUrl: string; metricsToken: string | null; tracing: TracingConfig | null },
): Promise<{ graphqlPlugins: ApolloServerPlugin<HubContext>[] }> {
  await installOpenApi(http, settings.publicUrl);
  const metrics = new HubMetrics(metricSourcesOf(parts));
  metrics.observeHttp(http);
  // Loaded only when configured: OpenTelemetry's exporter and SDK are some 300 modules.
  const tracing = settings.tracing ? new (await import('./tracing')).HubTracing(settings.tracing) : null;
  if (tracing) {
    tracing.traceHttp(http);
    tracing.traceSql(parts.database.orm.em.getConnection().getKnex());
  }
  // Once every migration this code knows is applied, it stays so for this process: asked once.
  let migrated = false;
  await http.register(async (scope) => {
    await metricsRoutes(scope, metrics, settings.metricsToken);
    await readinessRoutes(scope, {
      async migrations() {
        if (migrated) return;
        const pending = await parts.database.orm.getMigrator().getPendingMigrations();
        if (pending.length > 0) throw new Error(`${pending.length} migrations not applied`);
        migrated = true;
      },
      database: () => parts.database.check(),
      storage: () => parts.blobs.check(),
      queue: () => parts.queue.check(),
    });
  });
  return { graphqlPlugins: [metrics.graphqlPlugin<HubContext>(), ...(tracing ? [tracing.graphqlPlugin<HubContext>()] : [])] };
}

function metricSourcesOf({ database, queue, ingestionTotals }: OperatorParts): MetricSources {
  return {
    pool() {
      // knex's pool (tarn); absent before the first connection.
      const pool = database.orm.em.getConnection().getKnex().client.pool as
        { numUsed(): number; numFree(): number; numPendingAcquires(): number } | undefined;
      return pool ? { used: pool.numUsed(), free: pool.numFree(), pending: pool.numPendingAcquires() } : null;
    },
    queueBacklog: () => queue.backlog(),
    ingestion: ingestionTotals,
  };
}

import path from 'node:path';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import type { HubConfig } from './config';
import { openDatabase, type Database } from './db/database';
import type { HubContext } from './graphql/context';
import { createLoaders } from './graphql/loaders';
import { buildServedSchema } from './graphql/schema';
import { createApolloServer } from './graphql/server';
import { allowCrossOrigin } from './http/cross-origin';
import { ckanRoutes } from './http/ckan';
import { dcatRoutes } from './http/dcat';
import { discoveryRoutes } from './http/discovery';
import { downloadRoutes } from './http/downloads';
import { harvestedDownloadRoutes } from './http/harvested-downloads';
import { installErrorHandler } from './http/errors';
import { fairUse, graphqlRateLimit, type SharedCounters } from './http/fair-use';
import { installInputBounds } from './http/input-bounds';
import { limitRequestsInFlight } from './http/overload';
import { portalRoutes } from './http/portal/routes';
import { healthRoutes } from './http/health';
import { isConfiguredSecret } from './http/operators/secret';
import { installOperatorSurface, type OperatorParts } from './http/operators/surface';
import { oauthRoutes } from './http/oauth';
import { ssoRoutes } from './http/sso';
import { consentReceiptRoutes } from './http/consent-receipts';
import { notificationRoutes } from './http/notifications';
import type { RouteDependencies } from './http/routes';
import { uploadRoutes } from './http/uploads';
import { requesterOf, viewerOf } from './http/viewer';
import { openAuditTrust } from './audit/service';
import { startAccountSweep } from './jobs/account-lifecycle';
import { startIngestionRuntime, type IngestionWorkerOptions } from './jobs/datastore-runtime';
import { ClientTokenService } from './modules/clients/service';
import { QueryGate } from './modules/datastore/composition';
import { AbandonableStatements } from './db/abandonable-statements';
import { abandonedSignal } from './http/abandoned';
import { OidcClient } from './modules/accounts/composition';
import { TokenService } from './modules/accounts/service';
import { harvestQueue, harvestQueueOf, startHarvestWorker } from './jobs/harvest-runtime';
import { startDomainSweeps } from './jobs/domain-sweeps';
import { startThrottleSweep } from './jobs/throttle-sweep';
import { consentWebhookQueue, consentWebhookQueueOf, startConsentWebhookWorker } from './jobs/consent-webhooks';
import { every } from './jobs/periodic';
import { DemandCounts } from './modules/opendata/service';
import { createServices, type Services } from './services';
import { PasswordHasher } from './modules/accounts/service';
import { systemClock, type Clock } from './shared/clock';
import type { BlobStore } from './storage/blob-store';
import { openBlobStore } from './storage/open-blob-store';

export interface Hub {
  http: FastifyInstance;
  database: Database;
  blobs: BlobStore;
  /** Services on a fresh unit of work, for commands and tests that act outside a request. */
  services(): Services;
  close(): Promise<void>;
}

export interface HubOptions {
  clock?: Clock;
  /** Keep the embedded database in memory instead of under the data directory (tests). */
  embeddedInMemory?: boolean;
  /** The embedded database starts as a copy of this PGlite dump (tests' migrated, seeded template). */
  embeddedFrom?: Blob;
  /** The ingestion queue's worker in this process (on unless `work: false`) and its timings. */
  ingestion?: IngestionWorkerOptions;
  /** Where the HTTP log goes instead of stdout (tests read it to prove no secret is logged). */
  logStream?: NodeJS.WritableStream;
}

/** Wires database, storage, GraphQL and HTTP. main.ts and the tests build the hub the same way. */
export async function buildHub(config: HubConfig, options: HubOptions = {}): Promise<Hub> {
  const database = await openDatabase({
    url: config.databaseUrl,
    embeddedDataDir: options.embeddedInMemory ? undefined : path.join(config.dataDir, 'pglite'),
    embeddedFrom: options.embeddedFrom,
    verbose: config.logLevel === 'debug' || config.logLevel === 'trace',
    statementTimeoutMs: config.statementTimeoutMs,
  });
  let stopIngestion = async () => undefined as void;
  try {
    await database.migrate();
    const blobs = await openBlobStore(config.blobStore);
    const tokens = new TokenService(config.tokenSecret);
    const clock = options.clock ?? systemClock;
    const clientTokens = new ClientTokenService(config.tokenSecret, clock, config.clientTokenSeconds);
    const ingestion = await startIngestionRuntime(database, config.databaseUrl ?? database.embedded!.url, clock, {
      ...options.ingestion,
      onError: (error) => console.error('ingestion queue:', error.message),
      otherQueues: [harvestQueue, consentWebhookQueue(config.consentWebhookRetrySeconds)],
    });
    stopIngestion = () => ingestion.stop();
    const sso = config.sso ? new OidcClient(config.sso) : null;
    const auditTrust = await openAuditTrust(config.audit, blobs);
    const dependencies = {
      config,
      blobs,
      clock,
      tokens,
      clientTokens,
      datastore: ingestion.runtime,
      sso,
      harvests: harvestQueueOf(ingestion.queue),
      consentWebhooks: consentWebhookQueueOf(ingestion.queue, config.consentWebhookRetrySeconds),
      // Called on requests only, so after `http` below exists.
      announceSms:
        config.mode === 'development'
          ? (phone: string, body: string) => http.log.info({ phone, sms: body }, 'development SMS, not sent (also: hub sms-outbox)')
          : undefined,
      auditTrust,
      rowQueries: new QueryGate(config.rowQueryConcurrency ?? (database.embedded ? 1 : 4)),
      rowStatements: new AbandonableStatements(!database.embedded),
      passwords: new PasswordHasher(config.passwordHashCost),
      // Called at each flush, after `services` below exists.
      demand: new DemandCounts((counts): Promise<void> => services().openData.writeDemand(counts)),
    };
    const services = (): Services => createServices(database.orm.em.fork(), dependencies);
    await ingestion.startWorker((jobId) => services().trusted.datastore.runIngestion(jobId));
    await startHarvestWorker(ingestion.queue, (runId) => services().trusted.federation.runHarvest(runId), {
      work: options.ingestion?.work,
      onError: (error) => console.error('harvest queue:', error.message),
    });
    await startConsentWebhookWorker(ingestion.queue, (delivery) => services().trusted.consentWebhooks.deliver(delivery), {
      work: options.ingestion?.work,
      onError: (error) => console.error('consent webhooks:', error.message),
    });
    await startAccountSweep(ingestion.queue, services, config.accountSweepHours, (error) => console.error('account sweep:', error.message));
    await startDomainSweeps(ingestion.queue, services, config, (sweep, error) => console.error(`${sweep}:`, error.message));
    const demandFlushes = every(
      config.demandFlushSeconds * 1000,
      () => dependencies.demand.flush(),
      (error) => console.error('demand counts:', error.message),
    );
    const checkpoints = every(
      config.audit.checkpointSeconds * 1000,
      () => services().audit.checkpoint(),
      (error) => console.error('audit checkpoint:', error.message),
    );
    const http = await createHttpServer(
      config,
      { services, tokens, clientViewer: (token) => services().clients.viewerFor(token), maxUploadBytes: config.maxUploadBytes },
      { database, blobs, queue: ingestion.queue, ingestionTotals: () => services().datastore.ingestionTotals() },
      {
        counters: { em: () => database.orm.em.fork(), clock },
        requesterOf: (request) => requesterOf(request, tokens, clientTokens),
      },
      options.logStream,
    );
    await startThrottleSweep(
      ingestion.queue,
      () => database.orm.em.fork(),
      clock,
      (error) => console.error('throttle sweep:', error.message),
    );
    return {
      http,
      database,
      blobs,
      services,
      async close() {
        checkpoints.stop();
        demandFlushes.stop();
        await http.close();
        await dependencies.demand.flush().catch((error: Error) => console.error('demand counts:', error.message));
        await services()
          .audit.checkpoint()
          .catch((error: Error) => console.error('audit checkpoint:', error.message));
        await ingestion.stop();
        await database.close();
      },
    };
  } catch (error) {
    await stopIngestion();
    await database.close();
    throw error;
  }
}

async function createHttpServer(
  config: HubConfig,
  deps: RouteDependencies,
  operators: OperatorParts,
  limits: { counters: SharedCounters; requesterOf(request: FastifyRequest): Promise<string | null> },
  logStream?: NodeJS.WritableStream,
): Promise<FastifyInstance> {
  const http = Fastify({
    logger: {
      level: config.logLevel,
      // Tokens and client secrets are secrets: never in the logs (bodies are not logged at all).
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      ...(logStream ? { stream: logStream } : {}),
    },
    trustProxy: trustProxyOf(config.trustedProxies),
  });
  limitRequestsInFlight(http, config.maxRequestsInFlight);
  installErrorHandler(http);
  installInputBounds(http);
  const operatorSurface = await installOperatorSurface(http, operators, config);

  const apollo = createApolloServer(buildServedSchema(), { production: config.mode === 'production', logger: http.log });
  apollo.addPlugin(fastifyApolloDrainPlugin(http));
  for (const plugin of operatorSurface.graphqlPlugins) apollo.addPlugin(plugin);
  await apollo.start();
  await http.register(async (graphql) => {
    await graphqlRateLimit(graphql, config.graphqlPerMinute, limits.counters, limits.requesterOf);
    allowCrossOrigin(graphql, '/graphql', config.corsOrigins);
    // GraphQL answers carry viewers' data: never stored by a cache (server.ts says why not Apollo's plugin).
    graphql.addHook('onRequest', (_request, reply, done) => {
      void reply.header('cache-control', 'no-store');
      done();
    });
    await graphql.register(fastifyApollo(apollo), {
      // OPTIONS is the preflight's (allowCrossOrigin), not a GraphQL request.
      method: ['GET', 'POST'],
      context: async (request, reply): Promise<HubContext> => {
        const services = deps.services();
        const viewer = await viewerOf(request, deps, services);
        if (!viewer) {
          throw new GraphQLError('Mã đăng nhập không hợp lệ hoặc đã hết hạn (invalid or expired token)', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        return {
          viewer,
          services,
          loaders: createLoaders(services, viewer),
          address: request.ip,
          signal: abandonedSignal(reply),
          schemaPublic:
            config.mode !== 'production' ||
            isConfiguredSecret(request.headers['x-hub-gateway-token'] as string | undefined, config.gatewayToken),
        };
      },
    });
  });

  await http.register(async (scope) =>
    healthRoutes(scope, { database: () => operators.database.check(), storage: () => operators.blobs.check() }),
  );
  await http.register(async (scope) => uploadRoutes(scope, deps));
  await http.register(async (scope) => oauthRoutes(scope, deps));
  await http.register(async (scope) => ssoRoutes(scope, deps));
  await http.register(async (scope) => consentReceiptRoutes(scope, deps));
  await http.register(async (scope) => notificationRoutes(scope, deps));
  await http.register(async (openData) => {
    await fairUse(openData, config.fairUsePerMinute, limits.counters);
    await downloadRoutes(openData, deps);
    await harvestedDownloadRoutes(openData, deps);
    await dcatRoutes(openData, deps, config.publicUrl);
    await ckanRoutes(openData, deps, config.publicUrl);
    await discoveryRoutes(openData, deps);
  });
  await http.register(async (portal) => portalRoutes(portal, deps, { devSignIn: config.devSignIn, secure: config.mode === 'production' }));
  return http;
}

/** Fastify's trustProxy; a hop count as the function its types accept: the n proxies nearest the hub are believed. */
function trustProxyOf(trusted: HubConfig['trustedProxies']): boolean | string[] | ((address: string, hop: number) => boolean) {
  return typeof trusted === 'number' ? (_address, hop) => hop < trusted : trusted;
}

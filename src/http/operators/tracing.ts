import { AsyncLocalStorage } from 'node:async_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span, type TextMapGetter, type Tracer } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Knex } from '@mikro-orm/knex';
import type { TracingConfig } from '../../config';

/** Longest wait, as the hub stops, for the collector to take the last spans. */
const shutdownWaitMs = 2000;

const headerGetter: TextMapGetter<FastifyRequest['headers']> = {
  keys: (headers) => Object.keys(headers),
  get: (headers, key) => headers[key],
};

/**
 * OpenTelemetry traces (issue 17 item 4), only when OTEL_EXPORTER_OTLP_ENDPOINT is set: a span per
 * HTTP request (continuing the caller's W3C `traceparent`), per GraphQL operation and per SQL
 * statement of the request's pool, sent over OTLP/HTTP in batches. Spans are made by the hub's own
 * hooks rather than by patching `pg`, `graphql` and `fastify` as they load (the auto-instrumentation
 * way), so nothing must be loaded before them and several hubs in one process (tests) do not
 * share a global provider. The request's span is carried in an AsyncLocalStorage of this hub's.
 * SQL is recorded without its parameters, so no personal value leaves the hub.
 */
export class HubTracing {
  private readonly provider: BasicTracerProvider;
  private readonly tracer: Tracer;
  private readonly current = new AsyncLocalStorage<Span>();
  private readonly requestSpans = new WeakMap<FastifyRequest, Span>();
  private readonly propagator = new W3CTraceContextPropagator();

  constructor(config: TracingConfig) {
    this.provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ 'service.name': config.serviceName }),
      spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${config.endpoint.replace(/\/+$/, '')}/v1/traces` }))],
    });
    this.tracer = this.provider.getTracer('provincial-data-hub');
  }

  /** A span per request, named by method and route pattern; everything the request does runs inside it. */
  traceHttp(app: FastifyInstance): void {
    app.addHook('onRequest', (request, _reply, done) => {
      const parent = this.propagator.extract(ROOT_CONTEXT, request.headers, headerGetter);
      const span = this.tracer.startSpan(
        request.method,
        { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method, 'url.path': request.url.split('?')[0] } },
        parent,
      );
      this.requestSpans.set(request, span);
      this.current.run(span, done);
    });
    app.addHook('onResponse', async (request, reply) => {
      const span = this.requestSpans.get(request);
      if (!span) return;
      const route = request.routeOptions.url;
      if (route) span.updateName(`${request.method} ${route}`).setAttribute('http.route', route);
      span.setAttribute('http.response.status_code', reply.statusCode);
      if (reply.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    // The last spans are sent as the hub stops, but a collector that is down does not hold the stop up.
    app.addHook('onClose', async () => {
      let timer: NodeJS.Timeout | undefined;
      const giveUp = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, shutdownWaitMs);
      });
      await Promise.race([this.provider.shutdown().catch(() => undefined), giveUp]).finally(() => clearTimeout(timer));
    });
  }

  /** A span per GraphQL operation, named `query Name` once the operation is known. */
  graphqlPlugin<T extends object>(): ApolloServerPlugin<T> {
    return {
      requestDidStart: async () => {
        const span = this.childSpan('graphql', SpanKind.INTERNAL);
        return {
          didResolveOperation: async ({ operation, operationName }) => {
            const type = operation?.operation ?? 'query';
            span.updateName(`${type} ${operationName ?? 'anonymous'}`);
            span.setAttributes({ 'graphql.operation.type': type, 'graphql.operation.name': operationName ?? '' });
          },
          willSendResponse: async ({ errors }) => {
            if (errors?.length) span.setStatus({ code: SpanStatusCode.ERROR, message: String(errors[0].extensions?.code ?? 'error') });
            span.end();
          },
        };
      },
    };
  }

  /** A span per SQL statement on the pool, from knex's query events (the statement, never its parameters). */
  traceSql(knex: Knex): void {
    const open = new Map<string, Span>();
    const end = (query: { __knexQueryUid?: string }, failed: boolean) => {
      const span = query.__knexQueryUid ? open.get(query.__knexQueryUid) : undefined;
      if (!span) return;
      open.delete(query.__knexQueryUid!);
      if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    };
    knex.on('query', (query: { __knexQueryUid?: string; sql?: string; method?: string }) => {
      if (!query.__knexQueryUid || !this.current.getStore()) return;
      const sql = query.sql ?? '';
      const span = this.childSpan(sql.trim().split(/\s+/)[0]?.toUpperCase() || 'SQL', SpanKind.CLIENT);
      span.setAttributes({ 'db.system': 'postgresql', 'db.statement': sql.slice(0, 2000) });
      open.set(query.__knexQueryUid, span);
    });
    knex.on('query-response', (_response: unknown, query: { __knexQueryUid?: string }) => end(query, false));
    knex.on('query-error', (_error: unknown, query: { __knexQueryUid?: string }) => end(query, true));
  }

  private childSpan(name: string, kind: SpanKind): Span {
    const parent = this.current.getStore();
    return this.tracer.startSpan(name, { kind }, parent ? trace.setSpan(ROOT_CONTEXT, parent) : ROOT_CONTEXT);
  }
}

import fastifySwagger from '@fastify/swagger';
import type { FastifyInstance, FastifySchema } from 'fastify';

/** The REST routes /openapi.json describes, by route pattern: the portal's pages and /graphql are not REST. */
const documented: { pattern: RegExp; tag: string; summary: string; bearer?: boolean }[] = [
  {
    pattern: /^\/datasets\/:slug\/download(\.csv|\.json|\/original)?$/,
    tag: 'downloads',
    summary: 'Rows or the original file of a published open dataset (ETag, Range)',
  },
  { pattern: /^\/datasets\/:slug\/datapackage\.json$/, tag: 'downloads', summary: 'Frictionless Data Package descriptor' },
  { pattern: /^\/harvested\//, tag: 'downloads', summary: 'A harvested dataset’s file, from its origin' },
  {
    pattern: /^\/datasets\/:slug\/distributions$/,
    tag: 'uploads',
    summary: 'Upload a CSV or XLSX as the body; starts an ingestion job',
    bearer: true,
  },
  { pattern: /^\/(catalog|datasets\/:slug)\.(ttl|jsonld)$/, tag: 'DCAT', summary: 'DCAT-AP 3 catalogue or dataset' },
  { pattern: /^\/api\/3\//, tag: 'CKAN', summary: 'CKAN Action API' },
  { pattern: /^\/oauth\/token$/, tag: 'OAuth', summary: 'OAuth2 client credentials for partner API clients (RFC 6749 §4.4)' },
  { pattern: /^\/consents\/:id\/receipt$/, tag: 'consent', summary: 'A citizen’s consent receipt', bearer: true },
  { pattern: /^\/healthz$/, tag: 'operators', summary: 'Liveness: the process, its database and its file store answer' },
  { pattern: /^\/readyz$/, tag: 'operators', summary: 'Readiness: migrations applied, database, file store and job queue reachable' },
  { pattern: /^\/metrics$/, tag: 'operators', summary: 'Prometheus metrics (loopback, or Bearer HUB_METRICS_TOKEN)', bearer: true },
];

/**
 * Describes the REST routes as OpenAPI 3.1 at GET /openapi.json (issue 17 item 4), collected by
 * @fastify/swagger from the routes as registered: so it must be installed before them. A route
 * without a schema of its own still gets its path parameters, a tag and a summary.
 */
export async function installOpenApi(app: FastifyInstance, publicUrl: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Provincial data hub: REST routes',
        version: '1',
        description: 'The plain-HTTP routes beside the GraphQL API (POST /graphql, described by its own schema).',
      },
      servers: [{ url: publicUrl }],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
    transform: ({ schema, url }) => {
      const entry = documented.find(({ pattern }) => pattern.test(url));
      if (!entry) return { schema: { ...schema, hide: true } as FastifySchema, url };
      return {
        url,
        schema: {
          ...schema,
          tags: [entry.tag],
          summary: entry.tag === 'CKAN' && !url.endsWith('/:action') ? `CKAN action ${url.split('/').pop()}` : entry.summary,
          ...(entry.bearer ? { security: [{ bearer: [] }] } : {}),
          params: schema?.params ?? pathParameters(url),
        } as FastifySchema,
      };
    },
  });
  app.get('/openapi.json', { schema: { hide: true } as FastifySchema }, async () => app.swagger());
}

/** The `:name` parameters of a route pattern, as the schema OpenAPI needs for each `{name}`. */
function pathParameters(url: string): object | undefined {
  const names = [...url.matchAll(/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]);
  if (names.length === 0) return undefined;
  return { type: 'object', properties: Object.fromEntries(names.map((name) => [name, { type: 'string' }])), required: names };
}

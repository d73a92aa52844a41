import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Quad } from 'n3';
import {
  DcatDocuments,
  defaultPageSize,
  maxPageSize,
  toJsonLd,
  toTurtle,
  type CataloguePage,
  type PageRequest,
} from '../modules/opendata/composition';
import type { RouteDependencies } from './routes';

interface RdfFormat {
  contentType: string;
  serialise(quads: readonly Quad[]): Promise<string>;
}

/** The same graph in the two syntaxes DCAT-AP harvesters read; the extension chooses. */
const formats: Record<string, RdfFormat> = {
  ttl: { contentType: 'text/turtle; charset=utf-8', serialise: toTurtle },
  jsonld: { contentType: 'application/ld+json', serialise: async (quads) => JSON.stringify(toJsonLd(quads)) },
};

const pageQuery = {
  type: 'object',
  properties: {
    page: { type: 'integer', minimum: 1, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: maxPageSize, default: defaultPageSize },
  },
} as const;

/**
 * DCAT-AP 3.0.0 for harvesters, anonymous like every open-data route (002 §20.1):
 * GET /catalog.{ttl,jsonld}?page=&pageSize= and GET /datasets/:slug.{ttl,jsonld}.
 * Pages are linked in the graph (hydra) and in the Link header (RFC 8288).
 */
export async function dcatRoutes(app: FastifyInstance, deps: RouteDependencies, publicUrl: string): Promise<void> {
  const documents = () => {
    const services = deps.services();
    return new DcatDocuments(services.catalog, services.agencies, services.openData, publicUrl);
  };
  for (const [extension, format] of Object.entries(formats)) {
    app.get<{ Querystring: PageRequest }>(`/catalog.${extension}`, { schema: { querystring: pageQuery } }, async (request, reply) => {
      const page = await documents().cataloguePage(request.query, `/catalog.${extension}`);
      reply.header('Link', linkHeader(page));
      return send(request, reply, format, page.quads);
    });
    app.get<{ Params: { slug: string } }>(`/datasets/:slug.${extension}`, async (request, reply) =>
      send(request, reply, format, await documents().dataset(request.params.slug)),
    );
  }
}

function linkHeader({ position, pageUrl }: CataloguePage): string {
  const links: [string, number | null][] = [
    ['first', 1],
    ['prev', position.previous],
    ['next', position.next],
    ['last', position.lastPage],
  ];
  return links
    .filter((link): link is [string, number] => link[1] !== null)
    .map(([rel, page]) => `<${pageUrl(page)}>; rel="${rel}"`)
    .join(', ');
}

/** The body's hash is its ETag: a harvester that has this version gets 304 and no body. */
async function send(request: FastifyRequest, reply: FastifyReply, format: RdfFormat, quads: readonly Quad[]): Promise<FastifyReply> {
  const body = Buffer.from(await format.serialise(quads));
  const etag = `"${createHash('sha256').update(body).digest('hex')}"`;
  reply.header('ETag', etag).header('Cache-Control', 'public, max-age=0, must-revalidate').header('Access-Control-Allow-Origin', '*');
  if (request.headers['if-none-match']?.split(',').some((tag) => tag.trim() === etag)) return reply.status(304).send();
  // A Buffer, so Fastify leaves the content type as given (JSON-LD is UTF-8 by definition: no charset).
  return reply.header('Content-Type', format.contentType).send(body);
}

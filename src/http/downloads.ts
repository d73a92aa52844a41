import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { csvToJson } from './csv-to-json';
import type { RoutePlugin } from './routes';
import { sendFile } from './send-file';

const utf8Bom = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * Open data for anyone, without an account or key (002 §20.1): the latest CSV (optionally
 * with a BOM for Excel), JSON, the original file and a Data Package descriptor; streamed;
 * ETag and Range. Unknown, unpublished and restricted datasets all answer the same 404, so the
 * routes do not reveal what exists. The fair-use limit is set around them (fair-use.ts). The CSV
 * and the original file answer ranges, several at once too (send-file.ts).
 */
export const downloadRoutes: RoutePlugin = async (app, deps) => {
  app.get<{ Params: { slug: string }; Querystring: { bom?: string } }>('/datasets/:slug/download', async (request, reply) => {
    const services = deps.services();
    const { dataset, distribution } = await services.openData.latestCsv(request.params.slug);
    const withBom = request.query.bom === 'true' || request.query.bom === '1';
    const etag = `"${distribution.sha256}${withBom ? '-bom' : ''}"`;
    if (notModified(request, reply, etag)) return reply;
    const contentType = 'text/csv; charset=utf-8';
    attachment(reply, `${dataset.slug}.csv`);
    if (withBom) {
      services.openData.recordDownload(dataset.id);
      const body = await services.trusted.catalog.openBlob(distribution.sha256);
      reply.header('Content-Type', contentType).header('Content-Length', distribution.byteSize + utf8Bom.length);
      return reply.send(Readable.from(prepend(utf8Bom, body)));
    }
    const file = { ...distribution, etag, contentType };
    return sendFile(request, reply, file, () => services.openData.recordDownload(dataset.id), services.trusted.catalog);
  });

  app.get<{ Params: { slug: string } }>('/datasets/:slug/download.json', async (request, reply) => {
    const services = deps.services();
    const { dataset, distribution, tableSchema, formulaGuarded } = await services.openData.latestCsv(request.params.slug);
    // "typed": JSON read by the Table Schema (json-values.ts); earlier representations differ.
    const etag = `"${distribution.sha256}-json-typed"`;
    if (notModified(request, reply, etag)) return reply;
    services.openData.recordDownload(dataset.id);
    attachment(reply, `${dataset.slug}.json`).header('Content-Type', 'application/json; charset=utf-8');
    return reply.send(csvToJson(await services.trusted.catalog.openBlob(distribution.sha256), tableSchema, formulaGuarded));
  });

  app.get<{ Params: { slug: string } }>('/datasets/:slug/download/original', async (request, reply) => {
    const services = deps.services();
    const { dataset, distribution } = await services.openData.latestOriginal(request.params.slug);
    const etag = `"${distribution.sha256}"`;
    if (notModified(request, reply, etag)) return reply;
    attachment(reply, distribution.originalName);
    const file = { ...distribution, etag, contentType: distribution.mediaType };
    return sendFile(request, reply, file, () => services.openData.recordDownload(dataset.id), services.trusted.catalog);
  });

  app.get<{ Params: { slug: string } }>('/datasets/:slug/datapackage.json', async (request, reply) => {
    const descriptor = await deps.services().openData.dataPackage(request.params.slug);
    return reply.header('Access-Control-Allow-Origin', '*').header('Content-Type', 'application/json; charset=utf-8').send(descriptor);
  });
};

/** Sets the caching headers; answers 304 when the client already has this representation. */
function notModified(request: FastifyRequest, reply: FastifyReply, etag: string): boolean {
  reply.header('ETag', etag).header('Cache-Control', 'public, max-age=0, must-revalidate').header('Access-Control-Allow-Origin', '*');
  if (!request.headers['if-none-match']?.split(',').some((tag) => tag.trim() === etag)) return false;
  reply.status(304).send();
  return true;
}

function attachment(reply: FastifyReply, filename: string): FastifyReply {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return reply.header('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
}

async function* prepend(head: Buffer, body: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  yield head;
  yield* body;
}

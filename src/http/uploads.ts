import { PassThrough, type Readable } from 'node:stream';
import { UnauthenticatedError } from '../shared/errors';
import { BlobTooLargeError } from '../storage/blob-store';
import type { RoutePlugin } from './routes';
import { workbookMediaType } from '../modules/datastore/service';
import { viewerOf } from './viewer';

const csvMediaTypes = new Set(['text/csv', 'application/csv', 'application/vnd.ms-excel']);
const genericMediaTypes = new Set(['application/octet-stream', 'text/plain']);
const workbookMediaTypes = new Set([workbookMediaType]);

/**
 * PUT /datasets/:slug/distributions — the file is the body, streamed to the blob store while
 * it is hashed and counted; it is never held whole in memory.
 */
export const uploadRoutes: RoutePlugin = async (app, deps) => {
  // Scoped to this plugin: the body stays a stream here, and JSON elsewhere is unaffected.
  app.addContentTypeParser([...csvMediaTypes, ...genericMediaTypes, ...workbookMediaTypes], (_request, payload, done) =>
    done(null, payload),
  );

  app.put<{
    Params: { slug: string };
    Querystring: { filename?: string; duplicateOverrideReason?: string; encoding?: string; sheet?: string };
  }>('/datasets/:slug/distributions', async (request, reply) => {
    const services = deps.services();
    const viewer = await viewerOf(request, deps, services);
    if (!viewer || viewer.kind !== 'official') throw new UnauthenticatedError();
    const originalName = request.query.filename ?? filenameOf(request.headers['content-disposition']) ?? `${request.params.slug}.csv`;
    const mediaType = csvMediaTypeOf(request.headers['content-type'], originalName);
    if (!mediaType) {
      return reply
        .status(415)
        .send({ error: 'UNSUPPORTED_MEDIA_TYPE', message: 'Chỉ nhận tệp CSV (only CSV files are accepted: Content-Type text/csv)' });
    }
    const declaredLength = Number(request.headers['content-length'] ?? 0);
    if (declaredLength > deps.maxUploadBytes) throw new BlobTooLargeError(deps.maxUploadBytes);
    // The store may stop reading part-way (over the limit); the request itself must stay
    // open so that the client still receives the 413, so the store gets a pipe of it.
    const content = (request.body as Readable).pipe(new PassThrough());
    reply.raw.once('finish', () => request.raw.destroyed || request.raw.complete || request.raw.destroy());
    const distribution = await services.catalog.addDistribution(
      viewer,
      request.params.slug,
      { content, originalName, mediaType },
      request.query.duplicateOverrideReason,
    );
    // Ingestion into the datastore runs on the queue; the client follows it with ingestionJob(id).
    const job = await services.datastore.ingestUploaded(distribution, { encoding: request.query.encoding, sheet: request.query.sheet });
    return reply.status(201).send({
      ingestionJobId: job?.id ?? null,
      id: distribution.id,
      sha256: distribution.sha256,
      byteSize: distribution.byteSize,
      mediaType: distribution.mediaType,
      originalName: distribution.originalName,
      createdAt: distribution.createdAt,
    });
  });
};

function csvMediaTypeOf(contentType: string | undefined, originalName: string): string | null {
  const essence = contentType?.split(';')[0].trim().toLowerCase() ?? '';
  if (workbookMediaTypes.has(essence) || (genericMediaTypes.has(essence) && /\.xlsx$/i.test(originalName))) return workbookMediaType;
  if (csvMediaTypes.has(essence)) return 'text/csv';
  if (genericMediaTypes.has(essence) && /\.csv$/i.test(originalName)) return 'text/csv';
  return null;
}

function filenameOf(disposition: string | undefined): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      return undefined;
    }
  }
  return /filename\s*=\s*"([^"]+)"/i.exec(disposition)?.[1] ?? /filename\s*=\s*([^;\s]+)/i.exec(disposition)?.[1];
}

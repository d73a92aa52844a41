import { PassThrough, type Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { UnauthenticatedError } from '../shared/errors';
import type { OfficialViewer } from '../shared/viewer';
import { BlobTooLargeError } from '../storage/blob-store';
import type { RouteDependencies, RoutePlugin } from './routes';
import { workbookMediaType } from '../modules/datastore/service';
import { viewerOf } from './viewer';

const csvMediaTypes = new Set(['text/csv', 'application/csv', 'application/vnd.ms-excel']);
const genericMediaTypes = new Set(['application/octet-stream', 'text/plain']);
const workbookMediaTypes = new Set([workbookMediaType]);

export type UploadRequest = FastifyRequest<{
  Params: { slug: string };
  Querystring: { filename?: string; duplicateOverrideReason?: string; encoding?: string; sheet?: string };
}>;

/** Scoped to the calling plugin: an upload's body stays a stream there, and JSON elsewhere is unaffected. */
export function acceptUploadBodies(app: FastifyInstance): void {
  app.addContentTypeParser([...csvMediaTypes, ...genericMediaTypes, ...workbookMediaTypes], (_request, payload, done) =>
    done(null, payload),
  );
}

/**
 * Receives one file as the request body for `:slug` — streamed to the blob store while it is
 * hashed and counted, never held whole in memory — and queues its ingestion. Shared by the
 * API route and the portal's upload, which differ only in how the official is recognised.
 */
export async function receiveUpload(request: UploadRequest, reply: FastifyReply, viewer: OfficialViewer, deps: RouteDependencies) {
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
  // An upload whose client left before the store had it is not committed: nobody could be told.
  const uploader = new AbortController();
  reply.raw.once('close', () => reply.raw.writableFinished || uploader.abort());
  const services = deps.services();
  const distribution = await services.catalog.addDistribution(
    viewer,
    request.params.slug,
    { content, originalName, mediaType, signal: uploader.signal },
    request.query.duplicateOverrideReason,
  );
  // Ingestion into the datastore runs on the queue; the client follows it with ingestionJob(id).
  const job = await services.trusted.datastore.ingestUploaded(distribution, {
    encoding: request.query.encoding,
    sheet: request.query.sheet,
  });
  return reply.status(201).send({
    ingestionJobId: job?.id ?? null,
    id: distribution.id,
    sha256: distribution.sha256,
    byteSize: distribution.byteSize,
    mediaType: distribution.mediaType,
    originalName: distribution.originalName,
    createdAt: distribution.createdAt,
  });
}

/** PUT /datasets/:slug/distributions with a bearer token: the file is the body. */
export const uploadRoutes: RoutePlugin = async (app, deps) => {
  acceptUploadBodies(app);
  app.put('/datasets/:slug/distributions', async (request: UploadRequest, reply) => {
    const viewer = await viewerOf(request, deps, deps.services());
    if (!viewer || viewer.kind !== 'official') throw new UnauthenticatedError();
    return receiveUpload(request, reply, viewer, deps);
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

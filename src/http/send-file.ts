import { Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { parseRange, type ByteRangeRequest } from './byte-range';
import { multipartByteranges } from './multipart-byteranges';

/** A stored file as a download serves it. */
export interface ServedFile {
  sha256: string;
  byteSize: number;
  etag: string;
  /** The representation's media type: of the whole answer, or of each part of a multipart one. */
  contentType: string;
}

export interface FileReader {
  openBlob(sha256: string): Promise<Readable>;
  blobRange(sha256: string, range: ByteRangeRequest): Promise<Readable>;
  offloadPath(sha256: string): Promise<string>;
}

/**
 * The file (200), the one range asked for (206), several ranges as `multipart/byteranges`
 * (206), or 416 (byte-range.ts: If-Range, coalescing, too many ranges). Ranges are read from
 * the store one by one, never the whole file. A download counts once, when it starts at the
 * first byte; HEAD answers the same headers without reading the store or counting.
 *
 * Behind nginx (deploy/nginx.conf) a whole file is sent by nginx itself, from the store, once
 * allowed here: nginx announces its internal location in `X-Hub-Offload-Location` and the hub
 * answers `X-Accel-Redirect` with no body. Ranges stay with the hub, which alone knows its ETags
 * for If-Range. A client that sends the header itself only gets that empty answer.
 */
export async function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: ServedFile,
  countDownload: () => void,
  blobs: FileReader,
): Promise<FastifyReply> {
  const answer = parseRange(request.headers as { range?: string; 'if-range'?: string }, file.byteSize, file.etag);
  reply.header('Accept-Ranges', 'bytes');
  if (answer.kind === 'unsatisfiable') return reply.status(416).header('Content-Range', `bytes */${file.byteSize}`).send();
  const head = request.method === 'HEAD';
  if (!head && (answer.kind === 'whole' || answer.ranges[0].start === 0)) countDownload();
  if (answer.kind === 'whole') {
    reply.header('Content-Type', file.contentType);
    const offload = offloadLocationOf(request);
    if (offload && !head) return reply.header('X-Accel-Redirect', `${offload}/${await blobs.offloadPath(file.sha256)}`).send();
    reply.header('Content-Length', file.byteSize);
    return reply.send(head ? headersOnly() : await blobs.openBlob(file.sha256));
  }
  reply.status(206);
  if (answer.ranges.length === 1) {
    const [range] = answer.ranges;
    reply
      .header('Content-Type', file.contentType)
      .header('Content-Range', `bytes ${range.start}-${range.end}/${file.byteSize}`)
      .header('Content-Length', range.end - range.start + 1);
    return reply.send(head ? headersOnly() : await blobs.blobRange(file.sha256, range));
  }
  const multipart = multipartByteranges(answer.ranges, file.byteSize, file.contentType);
  reply.header('Content-Type', multipart.contentType).header('Content-Length', multipart.length);
  return reply.send(head ? headersOnly() : await multipart.stream((range) => blobs.blobRange(file.sha256, range)));
}

/**
 * An empty body for HEAD: Fastify keeps the Content-Length set for a stream (an empty body
 * would be given `0`), and drains it instead of the file.
 */
function headersOnly(): Readable {
  return Readable.from([]);
}

/** The proxy's internal location for files it sends itself, when the request came through one that can. */
function offloadLocationOf(request: FastifyRequest): string | null {
  const location = request.headers['x-hub-offload-location'];
  return typeof location === 'string' && /^\/[A-Za-z0-9_-]+$/.test(location) ? location : null;
}

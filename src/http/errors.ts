import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { databaseFailureMessages, databaseFailureOf } from '../db/failures';
import { DomainError } from '../shared/errors';
import { ServiceUnavailableError } from '../shared/unavailable';
import { BlobNotFoundError, BlobTooLargeError, EmptyBlobError, UploadAbandonedError } from '../storage/blob-store';

const statusOfCode: Record<DomainError['code'], number> = {
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  CONSENT_PAUSED: 403,
  CONSENT_REVOKED: 403,
  CONSENT_EXPIRED: 403,
  CONSENT_NOT_STARTED: 403,
  CONSENT_OUT_OF_SCOPE: 403,
  CONSENT_FREQUENCY_EXCEEDED: 429,
};

const codeOfStatus: Record<number, string> = {
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

/** Plain-HTTP errors as `{ error, message }`: the code a program checks, the words a person reads. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (error instanceof DomainError) return reply.status(statusOfCode[error.code]).send({ error: error.code, message: error.message });
    if (error instanceof BlobTooLargeError) return reply.status(413).send({ error: 'PAYLOAD_TOO_LARGE', message: error.message });
    if (error instanceof EmptyBlobError) return reply.status(400).send({ error: 'EMPTY_UPLOAD', message: error.message });
    if (error instanceof BlobNotFoundError) return reply.status(404).send({ error: 'NOT_FOUND', message: 'not found' });
    if (error instanceof ServiceUnavailableError) return unavailable(reply, error.message, error.retryAfterSeconds);
    // Nobody is listening; the status is for the log.
    if (error instanceof UploadAbandonedError) return reply.status(499).send();
    const failure = databaseFailureOf(error);
    if (failure) {
      request.log.warn({ err: error }, `database ${failure}`);
      return unavailable(reply, databaseFailureMessages[failure], 5);
    }
    const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status < 500) return reply.status(status).send({ error: codeOfStatus[status] ?? 'BAD_REQUEST', message: error.message });
    request.log.error({ err: error }, 'unexpected error');
    return reply.status(500).send({ error: 'INTERNAL_SERVER_ERROR', message: 'Lỗi máy chủ (internal server error)' });
  });
}

function unavailable(reply: FastifyReply, message: string, retryAfterSeconds: number): FastifyReply {
  return reply.status(503).header('Retry-After', retryAfterSeconds).send({ error: 'SERVICE_UNAVAILABLE', message });
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { databaseFailureMessages, databaseFailureOf } from '../db/failures';
import { DomainError } from '../shared/errors';
import { ServiceUnavailableError } from '../shared/unavailable';

/** Codes a client may see with their message; anything else is an internal error. */
const codesShownAsIs = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'QUERY_TOO_COSTLY',
  'SERVICE_UNAVAILABLE',
  'QUERY_TIMEOUT',
]);

export interface ErrorLogger {
  error(details: object, message: string): void;
}

/**
 * Domain errors become coded errors; a store or database that is down becomes
 * SERVICE_UNAVAILABLE, a statement stopped by its time limit QUERY_TIMEOUT; unexpected ones
 * are logged and reach the client as INTERNAL_SERVER_ERROR with nothing internal in the message.
 */
export function formatErrorFor(logger: ErrorLogger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { code: original.code } };
    }
    const shown = { path: formatted.path, locations: formatted.locations };
    if (original instanceof ServiceUnavailableError)
      return { message: original.message, ...shown, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    const failure = databaseFailureOf(original);
    if (failure) {
      const failureCode = failure === 'unreachable' ? 'SERVICE_UNAVAILABLE' : 'QUERY_TIMEOUT';
      return { message: databaseFailureMessages[failure], ...shown, extensions: { code: failureCode } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && codesShownAsIs.has(code)) {
      // `field`: the argument an input-bounds refusal names.
      const field = typeof formatted.extensions?.field === 'string' ? { field: formatted.extensions.field } : {};
      return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code, ...field } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected GraphQL error');
    return { message: 'Lỗi máy chủ (internal server error)', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * An operation that failed because a store or the database is down or busy answers HTTP 503
 * with Retry-After, as the plain routes do, so clients and load balancers back off.
 */
export function unavailableStatusPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          const unavailable = errors
            ?.map((error) => unwrapResolverError(error))
            .find((original) => original instanceof ServiceUnavailableError || databaseFailureOf(original) === 'unreachable');
          if (!unavailable) return;
          response.http.status = 503;
          response.http.headers.set(
            'retry-after',
            String(unavailable instanceof ServiceUnavailableError ? unavailable.retryAfterSeconds : 5),
          );
        },
      };
    },
  };
}

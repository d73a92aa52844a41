/**
 * The hub cannot serve this now — a store or the database is down or busy, or too many
 * requests are in flight — but may shortly: HTTP answers 503 with Retry-After, GraphQL a
 * coded SERVICE_UNAVAILABLE, never a 500 or a request left hanging.
 */
export class ServiceUnavailableError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds = 5,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

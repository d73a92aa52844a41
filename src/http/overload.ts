import type { FastifyInstance } from 'fastify';

/** Seconds a client refused for overload is asked to wait: long enough for the backlog to drain. */
const retryAfterSeconds = 1;

/**
 * Past `maxInFlight` requests being handled, the next is answered 503 with Retry-After at
 * once: a queue would only make every request slow (p99 grows with the backlog) and hold
 * sockets and memory, while a refusal costs microseconds and lets the client or the load
 * balancer try elsewhere. /healthz and /metrics are exempt, so an overloaded replica still says it
 * is alive and can be watched; /readyz is not, so the balancer sees it is full.
 */
export function limitRequestsInFlight(app: FastifyInstance, maxInFlight: number): void {
  let inFlight = 0;
  app.addHook('onRequest', (request, reply, done) => {
    if (request.url === '/healthz' || request.url === '/metrics') return done();
    if (inFlight >= maxInFlight) {
      reply.status(503).header('Retry-After', retryAfterSeconds).send({
        error: 'SERVICE_UNAVAILABLE',
        message: 'Máy chủ đang quá tải, vui lòng thử lại sau giây lát (the hub is overloaded; retry in a moment)',
      });
      return;
    }
    inFlight += 1;
    // 'close' comes once whether the answer was sent or the client left first.
    reply.raw.once('close', () => {
      inFlight -= 1;
    });
    done();
  });
}

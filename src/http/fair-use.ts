import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../shared/clock';
import { countHit } from '../shared/throttle-counters';

/** Where request counters live: table throttle_counter, so every hub process counts together. */
export interface SharedCounters {
  em(): Pick<EntityManager, 'execute'>;
  clock: Clock;
}

/**
 * The only limit on anonymous open data (002 §20.1: no account, no key): so many requests a
 * minute per IP address, then 429 with a message that says so.
 */
export async function fairUse(scope: FastifyInstance, perMinute: number, counters: SharedCounters): Promise<void> {
  await limitPerMinute(scope, perMinute, counters, 'fair-use', (request) => request.ip, 'sử dụng hợp lý', 'fair-use');
}

/**
 * GraphQL's limit: so many requests a minute per signed-in account or partner client (its
 * verified token), and per address for anonymous requests and tokens that do not verify.
 */
export async function graphqlRateLimit(
  scope: FastifyInstance,
  perMinute: number,
  counters: SharedCounters,
  requesterOf: (request: FastifyRequest) => Promise<string | null>,
): Promise<void> {
  const keyOf = async (request: FastifyRequest) => (await requesterOf(request)) ?? `address:${request.ip}`;
  await limitPerMinute(scope, perMinute, counters, 'graphql', keyOf, 'GraphQL', 'GraphQL');
}

async function limitPerMinute(
  scope: FastifyInstance,
  perMinute: number,
  counters: SharedCounters,
  name: string,
  keyOf: (request: FastifyRequest) => string | Promise<string>,
  labelVi: string,
  labelEn: string,
): Promise<void> {
  await scope.register(rateLimit, {
    max: perMinute,
    timeWindow: '1 minute',
    keyGenerator: keyOf,
    store: sharedStore(counters, name),
    // A database outage must not turn every request into a 500: health and errors say it.
    skipOnError: true,
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'TOO_MANY_REQUESTS',
      message: `Vượt giới hạn ${labelVi}: ${context.max} yêu cầu mỗi phút (${labelEn} limit of ${context.max} requests a minute)`,
    }),
  });
}

/** @fastify/rate-limit's store on throttle_counter: one atomic upsert a request. */
function sharedStore(counters: SharedCounters, name: string) {
  return class SharedCounterStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow = 60_000): void {
      const now = counters.clock.now();
      countHit(counters.em(), `${name}:${key}`, timeWindow, now).then(
        ({ hits, resetsAt }) => callback(null, { current: hits, ttl: Math.max(0, resetsAt.getTime() - now.getTime()) }),
        (error: Error) => callback(error),
      );
    }

    child(): FastifyRateLimitStore {
      return this;
    }
  };
}

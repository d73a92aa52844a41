import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Clock } from '../shared/clock';
import { uncounted } from '../db/statement-counter';
import { countHits } from '../shared/throttle-counters';

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

/** How often a process adds its own requests to the shared count of a busy key. */
const syncMs = 1000;
/** Keys a process remembers between syncs; beyond, the ended windows are dropped. */
const maxRemembered = 10_000;

interface Window {
  /** The count across every process at the last sync. */
  shared: number;
  /** This process's requests since. */
  unsynced: number;
  syncedAt: number;
  resetsAt: number;
}

/**
 * @fastify/rate-limit's store on throttle_counter. A key's first request in a window, and its
 * first after each second, adds this process's requests to the shared row and reads the total
 * every process has counted; in between, requests are counted here. So a busy client costs one
 * small write a second per process rather than one a request, and a limit is overshot by at
 * most what the other replicas saw in the last second.
 */
function sharedStore(counters: SharedCounters, name: string) {
  const windows = new Map<string, Window>();
  return class SharedCounterStore implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: { current: number; ttl: number }) => void, timeWindow = 60_000): void {
      const now = counters.clock.now().getTime();
      const known = windows.get(key);
      if (known && now < known.resetsAt && now < known.syncedAt + syncMs) {
        known.unsynced += 1;
        return callback(null, { current: known.shared + known.unsynced, ttl: known.resetsAt - now });
      }
      const hits = (known && now < known.resetsAt ? known.unsynced : 0) + 1;
      uncounted(() => countHits(counters.em(), `${name}:${key}`, hits, timeWindow, new Date(now))).then(
        ({ hits: shared, resetsAt }) => {
          remember(windows, key, { shared, unsynced: 0, syncedAt: now, resetsAt: resetsAt.getTime() }, now);
          callback(null, { current: shared, ttl: Math.max(0, resetsAt.getTime() - now) });
        },
        (error: Error) => callback(error),
      );
    }

    child(): FastifyRateLimitStore {
      return this;
    }
  };
}

function remember(windows: Map<string, Window>, key: string, window: Window, now: number): void {
  windows.set(key, window);
  if (windows.size <= maxRemembered) return;
  for (const [other, { resetsAt }] of windows) if (resetsAt <= now) windows.delete(other);
  // Still full of live windows: forget the oldest; their next request reads the shared count.
  for (const other of windows.keys()) {
    if (windows.size <= maxRemembered) break;
    windows.delete(other);
  }
}

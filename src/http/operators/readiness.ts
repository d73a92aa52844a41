import type { FastifyInstance } from 'fastify';
import { statusOf } from '../health';

/** The parts a replica needs before it takes traffic. */
export interface ReadinessChecks {
  /** Every migration the code knows is applied. */
  migrations(): Promise<void>;
  database(): Promise<void>;
  storage(): Promise<void>;
  /** The job queue runs and reaches its tables. */
  queue(): Promise<void>;
}

type Part = keyof ReadinessChecks;
const parts: Part[] = ['migrations', 'database', 'storage', 'queue'];

/**
 * GET /readyz (issue 17 item 4): whether this replica should get traffic. 200
 * `{"status":"ready", migrations, database, storage, queue}` with each part `ok`, or 503
 * `{"status":"unavailable", …}` naming the part that is `down`, each checked within 3 s.
 * /healthz stays as it was (its contract is the smoke test's).
 */
export async function readinessRoutes(app: FastifyInstance, checks: ReadinessChecks): Promise<void> {
  app.get('/readyz', async (request, reply) => {
    const states = await Promise.all(parts.map((part) => statusOf(checks[part]())));
    const answer = Object.fromEntries(parts.map((part, index) => [part, states[index]])) as Record<Part, 'ok' | 'down'>;
    const ready = states.every((state) => state === 'ok');
    if (!ready) request.log.warn(answer, 'readiness check failed');
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'unavailable', ...answer });
  });
}

import type { FastifyInstance } from 'fastify';

export interface HealthChecks {
  database(): Promise<void>;
  storage(): Promise<void>;
}

/** GET /healthz — 200 when the database and the blob store answer, 503 naming what is down. */
export async function healthRoutes(app: FastifyInstance, checks: HealthChecks): Promise<void> {
  app.get('/healthz', async (request, reply) => {
    const [database, storage] = await Promise.all([statusOf(checks.database()), statusOf(checks.storage())]);
    const healthy = database === 'ok' && storage === 'ok';
    if (!healthy) request.log.warn({ database, storage }, 'health check failed');
    return reply.status(healthy ? 200 : 503).send({ status: healthy ? 'ok' : 'unavailable', database, storage });
  });
}

/** A check as `ok`, or `down` when it fails or takes longer than 3 s. */
export async function statusOf(check: Promise<void>): Promise<'ok' | 'down'> {
  try {
    await withTimeout(check, 3000);
    return 'ok';
  } catch {
    return 'down';
  }
}

function withTimeout(work: Promise<void>, milliseconds: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), milliseconds);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';

/**
 * The only limit on anonymous open data (002 §20.1: no account, no key): so many requests a
 * minute per IP address, then 429 with a message that says so.
 */
export async function fairUse(scope: FastifyInstance, perMinute: number): Promise<void> {
  await scope.register(rateLimit, {
    max: perMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'TOO_MANY_REQUESTS',
      message: `Vượt giới hạn sử dụng hợp lý: ${context.max} yêu cầu mỗi phút (fair-use limit of ${context.max} requests a minute)`,
    }),
  });
}

import type { FastifyReply } from 'fastify';

/**
 * Aborted when the client leaves before its answer was written (the socket closed early), so
 * the work done for it can stop. A response that finished closes too, but then nobody is waiting
 * on the signal any more.
 */
export function abandonedSignal(reply: FastifyReply): AbortSignal {
  const controller = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) controller.abort(new Error('the client left before its answer'));
  });
  return controller.signal;
}

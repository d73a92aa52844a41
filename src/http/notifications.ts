import type { FastifyRequest } from 'fastify';
import type { Services } from '../services';
import { decodeKeyset } from '../shared/cursor';
import { InputError, NotFoundError, UnauthenticatedError } from '../shared/errors';
import { runEventStream } from './notification-stream';
import type { RouteDependencies, RoutePlugin } from './routes';
import { viewerOf } from './viewer';

/** Open live streams per replica: beyond this a subscriber is told to come back later. */
const maxStreams = 200;

interface FeedQuery {
  province?: string;
  first?: string;
  after?: string;
}

/**
 * The broadcast feed for the app (000 §14) over plain HTTP. Announcements are public: anyone may
 * read a province's feed (`?province=`); a signed-in citizen reads their own province's without it.
 */
export const notificationRoutes: RoutePlugin = async (app, deps) => {
  const openStreams = new Set<() => void>();
  // Open streams would hold a shutdown for minutes: end them first, their clients reconnect elsewhere.
  app.addHook('preClose', async () => {
    for (const end of [...openStreams]) end();
  });

  app.get<{ Querystring: FeedQuery }>('/notifications/feed', async (request, reply) => {
    const services = deps.services();
    const province = await provinceOf(request, deps, services);
    const first = request.query.first === undefined ? undefined : Number(request.query.first);
    const page = await services.notifications.feed(province, { first, after: request.query.after });
    return reply.header('Cache-Control', 'no-cache').send({ province, ...page });
  });

  /**
   * Server-Sent Events: each newly published item as an event whose id resumes the stream
   * (Last-Event-ID). It polls the table, so it works whichever replica published the item; the
   * connection ends after a while and the browser's EventSource reconnects where it left off.
   */
  app.get<{ Querystring: FeedQuery }>('/notifications/stream', async (request, reply) => {
    const province = await provinceOf(request, deps, deps.services());
    if (openStreams.size >= maxStreams)
      return reply
        .status(503)
        .header('Retry-After', '30')
        .send({ error: 'TOO_MANY_STREAMS', message: 'Máy chủ bận, thử lại sau (busy, try again later)' });
    const lastEventId = request.headers['last-event-id'];
    const start = typeof lastEventId === 'string' && lastEventId ? lastEventId : await deps.services().notifications.latestCursor(province);
    // A forged Last-Event-ID is refused now, before the stream starts, as a field error.
    if (start) decodeKeyset(start, 'Last-Event-ID');

    reply.hijack();
    const source = {
      // A fresh unit of work per poll: nothing read earlier is served from memory.
      next: (cursor: string | null) => deps.services().notifications.publishedAfter(province, cursor),
      onError: (error: unknown) => request.log.error({ err: error }, 'notification stream'),
    };
    const end = runEventStream(reply.raw, start, source, () => openStreams.delete(end));
    openStreams.add(end);
  });
};

/** The citizen's own province, or the one asked for by `?province=`, which must exist. */
async function provinceOf(
  request: FastifyRequest<{ Querystring: FeedQuery }>,
  deps: RouteDependencies,
  services: Services,
): Promise<string> {
  const viewer = await viewerOf(request, deps, services);
  if (!viewer) throw new UnauthenticatedError('Mã đăng nhập không hợp lệ hoặc đã hết hạn (invalid or expired token)');
  if (viewer.kind === 'citizen' && !request.query.province) return viewer.provinceCode;
  const code = request.query.province?.trim();
  if (!code) throw new InputError([{ field: 'province', message: 'Cần mã tỉnh (a province code is required)' }]);
  const [province] = await services.agencies.findProvincesByCodes([code]);
  if (!province) throw new NotFoundError(`Không có tỉnh ${code} (no such province)`);
  return province.code;
}

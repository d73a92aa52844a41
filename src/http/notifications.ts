import type { FastifyRequest } from 'fastify';
import type { Services } from '../services';
import { decodeKeyset } from '../shared/cursor';
import { InputError, NotFoundError, UnauthenticatedError } from '../shared/errors';
import type { RouteDependencies, RoutePlugin } from './routes';
import { viewerOf } from './viewer';

/** How the live stream stays bounded: one poll of the table a second, each connection at most five minutes, at most 200 per replica. */
const streamPollMs = 1000;
const streamMaxMs = 5 * 60_000;
const keepAliveMs = 15_000;
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
  let openStreams = 0;

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
    if (openStreams >= maxStreams)
      return reply
        .status(503)
        .header('Retry-After', '30')
        .send({ error: 'TOO_MANY_STREAMS', message: 'Máy chủ bận (busy), try again later' });
    const lastEventId = request.headers['last-event-id'];
    let cursor = typeof lastEventId === 'string' && lastEventId ? lastEventId : await deps.services().notifications.latestCursor(province);
    // A forged Last-Event-ID is refused now, before the stream starts, as a field error.
    if (cursor) decodeKeyset(cursor, 'Last-Event-ID');

    openStreams += 1;
    reply.hijack();
    const out = reply.raw;
    out.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
    out.write(`retry: ${streamPollMs * 2}\n\n`);
    let lastWrite = Date.now();
    let busy = false;
    const poll = setInterval(async () => {
      if (busy) return;
      busy = true;
      try {
        const news = await deps.services().notifications.publishedAfter(province, cursor);
        for (const item of news.items) {
          out.write(`id: ${deps.services().notifications.eventIdOf(item)}\nevent: notification\ndata: ${JSON.stringify(item)}\n\n`);
        }
        cursor = news.cursor;
        if (news.items.length > 0) lastWrite = Date.now();
        else if (Date.now() - lastWrite >= keepAliveMs) {
          out.write(': keep-alive\n\n');
          lastWrite = Date.now();
        }
      } catch (error) {
        request.log.error({ err: error }, 'notification stream');
        end();
      } finally {
        busy = false;
      }
    }, streamPollMs);
    const limit = setTimeout(() => end(), streamMaxMs);
    let ended = false;
    function end(): void {
      if (ended) return;
      ended = true;
      clearInterval(poll);
      clearTimeout(limit);
      openStreams -= 1;
      out.end();
    }
    request.raw.on('close', end);
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

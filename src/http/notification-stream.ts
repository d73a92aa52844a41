import type { ServerResponse } from 'node:http';
import type { FeedEvent } from '../modules/notifications/service';

/** How a live stream stays bounded: a poll a second, a comment when quiet, at most five minutes. */
export const streamTimings = { pollMs: 1000, keepAliveMs: 15_000, maxMs: 5 * 60_000 };

export interface StreamSource {
  /** Events after the cursor, oldest first, and the cursor after the last of them. */
  next(cursor: string | null): Promise<{ events: FeedEvent[]; cursor: string | null }>;
  onError(error: unknown): void;
}

/**
 * Writes Server-Sent Events to an open response until the client leaves, the time is up or
 * `end` is called (shutdown). Polls one at a time: a slow database never stacks up polls.
 * Returns the function that ends it.
 */
export function runEventStream(out: ServerResponse, start: string | null, source: StreamSource, onEnd: () => void): () => void {
  let cursor = start;
  let lastWrite = Date.now();
  let busy = false;
  let ended = false;
  out.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache', Connection: 'keep-alive' });
  out.write(`retry: ${streamTimings.pollMs * 2}\n\n`);

  const poll = setInterval(async () => {
    if (busy || ended) return;
    busy = true;
    try {
      const news = await source.next(cursor);
      for (const event of news.events) out.write(`id: ${event.id}\nevent: notification\ndata: ${JSON.stringify(event.item)}\n\n`);
      cursor = news.cursor;
      if (news.events.length > 0 || Date.now() - lastWrite >= streamTimings.keepAliveMs) {
        if (news.events.length === 0) out.write(': keep-alive\n\n');
        lastWrite = Date.now();
      }
    } catch (error) {
      source.onError(error);
      end();
    } finally {
      busy = false;
    }
  }, streamTimings.pollMs);
  const limit = setTimeout(end, streamTimings.maxMs);

  function end(): void {
    if (ended) return;
    ended = true;
    clearInterval(poll);
    clearTimeout(limit);
    out.end();
    onEnd();
  }
  out.on('close', end);
  return end;
}

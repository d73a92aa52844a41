import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { decodeKeyset, encodeKeyset, pageSize, type KeysetCursor } from '../../shared/cursor';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../shared/errors';
import { isUuid } from '../../shared/identifiers';
import { readText } from '../../shared/text-input';
import { inTransaction } from '../../shared/transaction';
import { isDic, isProvinceDic, requireDic } from '../../shared/policy';
import { hasRole, type OfficialViewer, type Viewer } from '../../shared/viewer';
import { Broadcast, type BroadcastStatus } from './entities';
import { broadcastLimits, readBroadcastRequest, type BroadcastRequestInput } from './input';

export type { Broadcast, BroadcastStatus } from './entities';
export { broadcastStatuses } from './entities';
export type { BroadcastRequestInput } from './input';

/** What the app shows of a published broadcast: the announcement, never the request's grounds. */
export interface FeedItem {
  id: string;
  agencyId: string;
  title: string;
  body: string;
  link: string | null;
  publishedAt: Date;
}

/** An item of a live stream, with the event id a reconnecting client resumes after. */
export interface FeedEvent {
  id: string;
  item: FeedItem;
}

export interface FeedPage {
  items: FeedItem[];
  /** Pass as `after` for the next (older) page; null on an empty page. */
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * Broadcast notifications (000 §14): an agency asks in writing to notify every app user of its
 * province; DIC of that province approves — which publishes it into the province's feed — or
 * rejects it with a written reason. Requests and decisions are audited.
 */
export class NotificationService {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** 000 §14.1: a steward or viewer of an agency asks, for their own agency. */
  async requestBroadcast(viewer: Viewer, input: BroadcastRequestInput): Promise<Broadcast> {
    const official = requester(viewer);
    const request = readBroadcastRequest(input);
    return inTransaction(this.em, async () => {
      const broadcast = this.em.create(Broadcast, {
        id: randomUUID(),
        provinceCode: official.provinceCode,
        agencyId: official.agencyId,
        requestedBy: official.officialId,
        ...request,
        status: 'PENDING',
        requestedAt: this.clock.now(),
      });
      await this.em.flush();
      await this.audit.append({
        actor: official.officialId,
        action: 'broadcast.requested',
        subjectType: 'broadcast',
        subjectId: broadcast.id,
        details: { agencyId: broadcast.agencyId, title: broadcast.title },
        reason: broadcast.reason,
      });
      return broadcast;
    });
  }

  /** 000 §14.2: DIC of the province sends it, i.e. publishes it into the feed now. */
  approveBroadcast(viewer: Viewer, broadcastId: string): Promise<Broadcast> {
    return this.decide(viewer, broadcastId, 'broadcast.approved', null, (broadcast, now) => {
      broadcast.status = 'PUBLISHED';
      broadcast.publishedAt = now;
    });
  }

  /** DIC declines, and must say why in writing: the agency reads the reason. */
  rejectBroadcast(viewer: Viewer, broadcastId: string, reason: string): Promise<Broadcast> {
    const problems: { field: string; message: string }[] = [];
    const why = readText(problems, 'reason', reason, broadcastLimits.reason);
    if (problems.length > 0) throw new InputError(problems);
    return this.decide(viewer, broadcastId, 'broadcast.rejected', why, (broadcast) => {
      broadcast.status = 'REJECTED';
      broadcast.rejectionReason = why;
    });
  }

  /** DIC sees the province's requests; an agency's steward or viewer sees the agency's. Newest first. */
  broadcastRequests(viewer: Viewer, status?: BroadcastStatus | null): Promise<Broadcast[]> {
    const scope = isDic(viewer) ? { provinceCode: viewer.provinceCode } : { agencyId: requester(viewer).agencyId };
    return this.em.find(
      Broadcast,
      { ...scope, ...(status ? { status } : {}) },
      { orderBy: { requestedAt: 'desc', id: 'desc' }, limit: 200 },
    );
  }

  /** The province's feed, newest first, paged by keyset so that new items never shift a page. */
  async feed(provinceCode: string, paging: { first?: number | null; after?: string | null }): Promise<FeedPage> {
    const size = pageSize(paging.first);
    const after = paging.after ? decodeKeyset(paging.after) : null;
    const rows = await this.em.find(
      Broadcast,
      {
        provinceCode,
        status: 'PUBLISHED',
        ...(after ? { $or: [{ publishedAt: { $lt: after.at } }, { publishedAt: after.at, id: { $lt: after.id } }] } : {}),
      },
      { orderBy: { publishedAt: 'desc', id: 'desc' }, limit: size + 1 },
    );
    const items = rows.slice(0, size).map(feedItem);
    const last = items.at(-1);
    return { items, endCursor: last ? encodeKeyset(feedCursor(last)) : null, hasNextPage: rows.length > size };
  }

  /**
   * Items published after a cursor, oldest first, each with the cursor that resumes after it:
   * what a live stream pushes next. Reading the table (not this process's memory) is what lets
   * any replica serve any subscriber.
   */
  async publishedAfter(provinceCode: string, cursor: string | null, limit = 50): Promise<{ events: FeedEvent[]; cursor: string | null }> {
    const after = cursor ? decodeKeyset(cursor, 'Last-Event-ID') : null;
    const rows = await this.em.find(
      Broadcast,
      {
        provinceCode,
        status: 'PUBLISHED',
        ...(after ? { $or: [{ publishedAt: { $gt: after.at } }, { publishedAt: after.at, id: { $gt: after.id } }] } : {}),
      },
      { orderBy: { publishedAt: 'asc', id: 'asc' }, limit },
    );
    const events = rows.map(feedItem).map((item) => ({ id: encodeKeyset(feedCursor(item)), item }));
    return { events, cursor: events.at(-1)?.id ?? cursor };
  }

  /** Where a stream that starts now begins: after the newest item already published. */
  async latestCursor(provinceCode: string): Promise<string | null> {
    const { items } = await this.feed(provinceCode, { first: 1 });
    return items[0] ? encodeKeyset(feedCursor(items[0])) : null;
  }

  private async decide(
    viewer: Viewer,
    broadcastId: string,
    action: string,
    reason: string | null,
    apply: (broadcast: Broadcast, now: Date) => void,
  ): Promise<Broadcast> {
    const dic = requireDic(viewer);
    return inTransaction(this.em, async () => {
      const broadcast = isUuid(broadcastId)
        ? await this.em.findOne(Broadcast, { id: broadcastId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
        : null;
      if (!broadcast) throw new NotFoundError('Không có yêu cầu thông báo này (no such broadcast request)');
      if (!isProvinceDic(dic, broadcast)) {
        throw new ForbiddenError('Chỉ Sở TT&TT của tỉnh gửi thông báo cho người dùng của tỉnh (only the DIC of its province decides)');
      }
      if (broadcast.status !== 'PENDING') throw new ConflictError('Yêu cầu đã được quyết định (the request was already decided)', 'id');
      const now = this.clock.now();
      apply(broadcast, now);
      broadcast.decidedBy = dic.officialId;
      broadcast.decidedAt = now;
      await this.em.flush();
      await this.audit.append({
        actor: dic.officialId,
        action,
        subjectType: 'broadcast',
        subjectId: broadcast.id,
        details: { agencyId: broadcast.agencyId, status: broadcast.status },
        reason,
      });
      return broadcast;
    });
  }
}

/** Who may ask for a broadcast: an agency's data steward or viewer. */
function requester(viewer: Viewer): OfficialViewer {
  if (hasRole(viewer, 'DATA_STEWARD') || hasRole(viewer, 'AGENCY_VIEWER')) return viewer;
  throw new ForbiddenError();
}

function feedItem(broadcast: Broadcast): FeedItem {
  return {
    id: broadcast.id,
    agencyId: broadcast.agencyId,
    title: broadcast.title,
    body: broadcast.body,
    link: broadcast.link ?? null,
    publishedAt: broadcast.publishedAt!,
  };
}

function feedCursor(item: FeedItem): KeysetCursor {
  return { at: item.publishedAt, id: item.id };
}

import { boundedPageSize } from '../../shared/cursor';
import { InputError } from '../../shared/errors';
import type { Viewer } from '../../shared/viewer';
import {
  decodeCursor,
  encodeCursor,
  maxPageSize,
  toTsQuery,
  type CatalogService,
  type Dataset,
  type DatasetCursor,
} from '../catalog/service';
import type { HarvestedHit, HarvestedSearch, Origin } from './harvested-search';

export type CatalogEntry =
  { kind: 'LOCAL'; dataset: Dataset; score?: number } | { kind: 'HARVESTED'; hit: HarvestedHit; otherOrigins: Origin[] };

export interface FederatedQuery {
  first: number;
  after?: string | null;
  search?: string | null;
  provinceCodes?: string[] | null;
}

export interface FederatedPage {
  entries: { cursor: string; entry: CatalogEntry }[];
  hasNextPage: boolean;
  endCursor: string | null;
  countTotal(): Promise<number>;
}

/** Where a federated page ends: each list's own cursor (null: not started), or done. */
interface MergedCursor {
  local: string | null | 'done';
  harvested: DatasetCursor | null | 'done';
}

/**
 * One search over this hub's datasets (as the viewer may see them) and the harvested copies:
 * both lists are paged by their own keysets and merged by rank, then newest, so a page of N
 * costs one page of each.
 */
export async function federatedSearch(
  viewer: Viewer,
  query: FederatedQuery,
  catalog: CatalogService,
  harvested: HarvestedSearch,
): Promise<FederatedPage> {
  boundedPageSize(query.first, maxPageSize);
  const cursor = query.after ? decodeMerged(query.after) : { local: null, harvested: null };
  const search = query.search?.trim() || null;
  const tsQuery = search ? toTsQuery(search) : null;
  const filter = query.provinceCodes?.length ? { provinceCodes: query.provinceCodes } : null;
  const localPage =
    cursor.local === 'done' ? null : await catalog.listDatasets(viewer, { first: query.first, after: cursor.local, search, filter });
  // Something typed without a word in it finds nothing locally; the same holds here.
  const unsearchable = search !== null && tsQuery === null;
  const harvestedHits =
    cursor.harvested === 'done' || unsearchable
      ? []
      : await harvested.page({ tsQuery, provinceCodes: query.provinceCodes }, query.first + 1, cursor.harvested);

  const local = (localPage?.nodes ?? []).map((dataset) => ({
    dataset,
    score: localPage!.scoreOf(dataset),
    at: dataset.createdAt,
    id: dataset.id,
  }));
  const remote = harvestedHits.map((hit) => ({ hit, score: hit.score, at: hit.firstHarvestedAt, id: hit.id }));
  const taken: ({ kind: 'LOCAL'; item: (typeof local)[number] } | { kind: 'HARVESTED'; item: (typeof remote)[number] })[] = [];
  let [l, r] = [0, 0];
  while (taken.length < query.first && (l < local.length || r < remote.length)) {
    const takeLocal = r >= remote.length || (l < local.length && before(local[l], remote[r]));
    taken.push(takeLocal ? { kind: 'LOCAL', item: local[l++] } : { kind: 'HARVESTED', item: remote[r++] });
  }

  const localMore = l < local.length || (localPage?.hasNextPage ?? false);
  const remoteMore = r < remote.length;
  const origins = await harvested.originsOf(taken.flatMap((t) => (t.kind === 'HARVESTED' ? [t.item.hit.identifier] : [])));
  let position: MergedCursor = cursor;
  const entries = taken.map((t) => {
    if (t.kind === 'LOCAL') {
      position = { ...position, local: localPage!.cursorOf(t.item.dataset) };
    } else {
      position = {
        ...position,
        harvested: { createdAt: t.item.at, id: t.item.id, ...(t.item.score !== undefined ? { score: t.item.score } : {}) },
      };
    }
    const entry: CatalogEntry =
      t.kind === 'LOCAL'
        ? { kind: 'LOCAL', dataset: t.item.dataset, score: t.item.score }
        : {
            kind: 'HARVESTED',
            hit: t.item.hit,
            otherOrigins: (origins.get(t.item.hit.identifier) ?? []).filter(
              (o) => o.originalId !== t.item.hit.origin.originalId || o.sourceId !== t.item.hit.origin.sourceId,
            ),
          };
    return { cursor: encodeMerged({ local: position.local, harvested: position.harvested }), entry };
  });
  const end: MergedCursor = { local: localMore ? position.local : 'done', harvested: remoteMore ? position.harvested : 'done' };
  return {
    entries: entries.map((entry, index) => (index === entries.length - 1 ? { ...entry, cursor: encodeMerged(end) } : entry)),
    hasNextPage: localMore || remoteMore,
    endCursor: entries.length > 0 ? encodeMerged(end) : null,
    countTotal: async () => {
      const localCount = localPage ? await localPage.countTotal() : 0;
      return localCount + (unsearchable ? 0 : await harvested.count({ tsQuery, provinceCodes: query.provinceCodes }));
    },
  };
}

/** Rank first (when searching), then newest, then id: the order both lists are already in. */
function before(a: { score?: number; at: Date; id: string }, b: { score?: number; at: Date; id: string }): boolean {
  if (a.score !== undefined && b.score !== undefined && a.score !== b.score) return a.score > b.score;
  if (a.at.getTime() !== b.at.getTime()) return a.at.getTime() > b.at.getTime();
  return a.id > b.id;
}

function encodeMerged(cursor: MergedCursor): string {
  const harvested = cursor.harvested === null || cursor.harvested === 'done' ? cursor.harvested : encodeCursor(cursor.harvested);
  return Buffer.from(JSON.stringify({ l: cursor.local, h: harvested })).toString('base64url');
}

function decodeMerged(text: string): MergedCursor {
  let parsed: { l?: unknown; h?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as { l?: unknown; h?: unknown };
  } catch {
    throw new InputError([{ field: 'after', message: 'không phải con trỏ hợp lệ (not a valid cursor)' }]);
  }
  const valid = (value: unknown) => value === null || typeof value === 'string';
  if (!parsed || !valid(parsed.l) || !valid(parsed.h))
    throw new InputError([{ field: 'after', message: 'không phải con trỏ hợp lệ (not a valid cursor)' }]);
  const h = parsed.h as string | null;
  return { local: parsed.l as string | null, harvested: h === null || h === 'done' ? h : decodeCursor(h) };
}

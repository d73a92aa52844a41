import { raw } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { boundedPageSize } from '../../shared/cursor';
import { maxSearchTerms } from '../../shared/input-bounds';
import { withoutDiacritics } from '../../shared/text';
import type { Viewer } from '../../shared/viewer';
import { decodeCursor, encodeCursor, type DatasetCursor } from './cursor';
import { Dataset, type AccessLevel, type DataCategory } from './entities';
import { visibleTo } from './visibility';

export const maxPageSize = 100;

export interface DatasetFilter {
  provinceCodes?: string[] | null;
  ownerCodes?: string[] | null;
  categories?: DataCategory[] | null;
  sectors?: string[] | null;
  accessLevels?: AccessLevel[] | null;
  /** Media types of the datasets' files, e.g. text/csv. */
  formats?: string[] | null;
  /** Licence identifiers, e.g. CC-BY-4.0. */
  licences?: string[] | null;
  /** Keywords (tags), each as written; a dataset with any of them matches. */
  keywords?: string[] | null;
}

export interface DatasetListing {
  first: number;
  after?: string | null;
  /** Words looked up in title, keywords, owner and description, with or without accents. */
  search?: string | null;
  filter?: DatasetFilter | null;
  /** NEWEST by default; RELEVANCE when searching; MOST_USED puts high demand first (002 §20.1h). */
  sort?: DatasetSort | null;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface DatasetFacets {
  owners: FacetCount[];
  categories: FacetCount[];
  sectors: FacetCount[];
  formats: FacetCount[];
  accessLevels: FacetCount[];
  provinces: FacetCount[];
  licences: FacetCount[];
  /** The most used keywords among the matches (at most 50). */
  keywords: FacetCount[];
}

export interface DatasetPage {
  nodes: Dataset[];
  /** The cursor that resumes right after this node. */
  cursorOf(node: Dataset): string;
  /** The rank or usage the page is ordered by, when the sort has one: what a merge with other lists compares. */
  scoreOf(node: Dataset): number | undefined;
  endCursor: string | null;
  hasNextPage: boolean;
  /** Counted only when a client asks for it. */
  countTotal(): Promise<number>;
  facets(): Promise<DatasetFacets>;
}

export const datasetSorts = ['NEWEST', 'RELEVANCE', 'MOST_USED'] as const;
export type DatasetSort = (typeof datasetSorts)[number];

/** What a page is ordered by before (created_at, id): a rank, a count, or nothing. */
interface Score {
  sql: string;
  params: unknown[];
  type: 'real' | 'bigint';
}

function scoreOf(sort: DatasetSort, tsQuery: string | null): Score | null {
  if (sort === 'MOST_USED') return { sql: 'd.usage_total', params: [], type: 'bigint' };
  if (sort === 'RELEVANCE' && tsQuery) return { sql: `ts_rank(d.search_vector, to_tsquery('simple', ?))`, params: [tsQuery], type: 'real' };
  return null;
}

/**
 * The words of a search as a tsquery: accent-free, lower case, each a prefix, all required.
 * Built from [a-z0-9] tokens only, so nothing a user types can change the query's syntax; only
 * the first maxSearchTerms distinct words count, since every prefix term is one more index scan
 * (thousands of them held PGlite for minutes).
 */
export function toTsQuery(search: string): string | null {
  const tokens = [...new Set(withoutDiacritics(search).toLowerCase().match(/[a-z0-9]+/g) ?? [])].slice(0, maxSearchTerms);
  return tokens.length > 0 ? tokens.map((token) => `${token}:*`).join(' & ') : null;
}

/**
 * Listing and search over the datasets a viewer may see: newest first, or by relevance when
 * searching; keyset pages; counts and facets over the whole match, computed on demand.
 */
export class DatasetSearch {
  constructor(private readonly em: EntityManager) {}

  async page(viewer: Viewer, listing: DatasetListing): Promise<DatasetPage> {
    boundedPageSize(listing.first, maxPageSize);
    const search = listing.search?.trim() ?? '';
    const tsQuery = search ? toTsQuery(search) : null;
    // Something typed but no word in it ("%", "--") finds nothing, rather than everything.
    const unsearchable = search !== '' && tsQuery === null;
    const matching = () => this.matching(viewer, tsQuery, listing.filter, unsearchable);
    const page = matching();
    const score = scoreOf(listing.sort ?? (tsQuery ? 'RELEVANCE' : 'NEWEST'), tsQuery);
    if (score) page.addSelect(raw(`${score.sql} as score`, score.params));
    if (listing.after) this.startAfter(page, decodeCursor(listing.after), score);
    page.orderBy([...(score ? [{ [raw(score.sql, score.params)]: 'desc' as const }] : []), { createdAt: 'desc' }, { id: 'desc' }]);
    const rows = await page.limit(listing.first + 1).execute<(Dataset & { score?: number })[]>('all', true);
    const nodes = rows.slice(0, listing.first);
    const cursorOf = (node: Dataset & { score?: number }) =>
      encodeCursor({ createdAt: node.createdAt, id: node.id, score: node.score === undefined ? undefined : Number(node.score) });
    const last = nodes.at(-1);
    return {
      nodes,
      cursorOf,
      scoreOf: (node: Dataset & { score?: number }) => (node.score === undefined ? undefined : Number(node.score)),
      hasNextPage: rows.length > listing.first,
      endCursor: last ? cursorOf(last) : null,
      countTotal: () => matching().getCount(),
      facets: () => this.facets(matching()),
    };
  }

  private matching(viewer: Viewer, tsQuery: string | null, filter: DatasetFilter | null | undefined, unsearchable: boolean): QueryBuilder<Dataset, 'd'> {
    const query = this.em.createQueryBuilder(Dataset, 'd').select('d.*').where(visibleTo(viewer));
    if (unsearchable) query.andWhere('false');
    if (tsQuery) query.andWhere(`d.search_vector @@ to_tsquery('simple', ?)`, [tsQuery]);
    if (!filter) return query;
    if (filter.provinceCodes?.length) query.andWhere({ provinceCode: { $in: filter.provinceCodes } });
    if (filter.categories?.length) query.andWhere({ category: { $in: filter.categories } });
    if (filter.sectors?.length) query.andWhere({ sector: { $in: filter.sectors } });
    if (filter.accessLevels?.length) query.andWhere({ accessLevel: { $in: filter.accessLevels } });
    if (filter.ownerCodes?.length) {
      query.andWhere('d.owner_agency_id in (select a.id from agency_directory a where a.code in (?) and a.province_code = d.province_code)', [filter.ownerCodes]);
    }
    if (filter.formats?.length) {
      query.andWhere('exists (select 1 from distribution f where f.dataset_id = d.id and f.media_type in (?))', [filter.formats]);
    }
    if (filter.licences?.length) query.andWhere({ licence: { $in: filter.licences } });
    if (filter.keywords?.length) query.andWhere('exists (select 1 from unnest(d.keywords) k where k in (?))', [filter.keywords]);
    return query;
  }

  private startAfter(page: QueryBuilder<Dataset, 'd'>, cursor: DatasetCursor, score: Score | null): void {
    if (score && cursor.score !== undefined) {
      page.andWhere(`(${score.sql}, d.created_at, d.id) < (?::${score.type}, ?, ?)`, [...score.params, cursor.score, cursor.createdAt, cursor.id]);
    } else {
      page.andWhere('(d.created_at, d.id) < (?, ?)', [cursor.createdAt, cursor.id]);
    }
  }

  /** One statement: every facet's counts over the matching datasets. */
  private async facets(matching: QueryBuilder<Dataset, 'd'>): Promise<DatasetFacets> {
    const ids = matching.clone().select('d.id');
    const { sql, bindings } = ids.getKnexQuery().toSQL();
    const rows = await this.em.execute<{ facet: keyof DatasetFacets; value: string; count: string }[]>(
      `with m as (select x.* from dataset x where x.id in (${sql}))
       select 'owners' as facet, a.code as value, count(*) as count from m join agency_directory a on a.id = m.owner_agency_id group by a.code
       union all select 'categories', m.category, count(*) from m group by m.category
       union all select 'sectors', m.sector, count(*) from m where m.sector is not null group by m.sector
       union all select 'accessLevels', m.access_level, count(*) from m group by m.access_level
       union all select 'provinces', m.province_code, count(*) from m group by m.province_code
       union all select 'formats', f.media_type, count(distinct m.id) from m join distribution f on f.dataset_id = m.id group by f.media_type
       union all select 'licences', m.licence, count(*) from m group by m.licence
       union all (select 'keywords', k, count(distinct m.id) from m cross join unnest(m.keywords) k group by k order by 3 desc, 2 limit 50)`,
      [...bindings],
    );
    const facets: DatasetFacets = { owners: [], categories: [], sectors: [], formats: [], accessLevels: [], provinces: [], licences: [], keywords: [] };
    for (const row of rows) facets[row.facet].push({ value: row.value, count: Number(row.count) });
    for (const counts of Object.values(facets)) counts.sort((a: FacetCount, b: FacetCount) => b.count - a.count || a.value.localeCompare(b.value));
    return facets;
  }
}

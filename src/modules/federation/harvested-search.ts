import type { EntityManager } from '@mikro-orm/postgresql';
import type { DatasetCursor } from '../catalog/service';
import type { RemoteRecord } from './connectors/types';
import type { SourceKind } from './entities';

/** A harvested copy as search shows it: the first-harvested copy of each identity, with its origin. */
export interface HarvestedHit extends Pick<
  RemoteRecord,
  'title' | 'description' | 'keywords' | 'publisher' | 'provinceCode' | 'licence' | 'downloadUrl' | 'modifiedAt'
> {
  id: string;
  identifier: string;
  firstHarvestedAt: Date;
  score?: number;
  origin: Origin;
}

export interface Origin {
  sourceId: string;
  sourceName: string;
  sourceKind: SourceKind;
  originalId: string;
  originalUrl: string | null;
  harvestedAt: Date;
}

interface Row {
  id: string;
  title: string;
  description: string;
  keywords: string[];
  publisher: string | null;
  province_code: string | null;
  licence: string | null;
  download_url: string | null;
  modified_at: Date | string | null;
  identifier: string;
  first_harvested_at: Date | string;
  harvested_at: Date | string;
  original_id: string;
  original_url: string | null;
  source_id: string;
  source_name: string;
  source_kind: SourceKind;
  score?: number | string;
}

export interface HarvestedQuery {
  tsQuery: string | null;
  provinceCodes?: string[] | null;
}

const columns = `h.id, h.title, h.description, h.keywords, h.publisher, h.province_code, h.licence, h.download_url, h.modified_at,
  h.identifier, h.first_harvested_at, h.harvested_at, h.original_id, h.original_url, s.id as source_id, s.name as source_name, s.kind as source_kind`;

/** Text compared the way identityOf compares it: without diacritics, case or punctuation. */
const normalised = (sql: string) => `trim(regexp_replace(lower(unaccent(${sql})), '[^a-z0-9]+', ' ', 'g'))`;

/**
 * Harvested copies of this hub's own open data (another hub or portal harvested it first): the
 * local dataset is listed, so its copies are not listed again. Same IRI, or same title and
 * publisher within the province. Only open data hides a copy, since only it is listed to every
 * viewer. Each is a separate anti-join on one equality, which the planner hashes once per query.
 */
const notLocalCopy = [
  `not exists (select 1 from open_dataset d where h.identifier = ? || '/datasets/' || d.slug || '#dataset')`,
  `not exists (select 1 from open_dataset d
     where ${normalised('d.title')} || '|' || ${normalised('d.publisher')} = ${normalised('h.title')} || '|' || ${normalised("coalesce(h.publisher, '')")}
     and (h.province_code is null or h.province_code = d.province_code))`,
];

/**
 * Live harvested copies, one per identity (the first harvested stands for the others, which
 * show as its other origins) and none of a dataset this hub holds itself: ordered like the
 * local search, by rank then newest.
 */
export class HarvestedSearch {
  /** `publicUrl`: the base of this hub's dataset IRIs, which other catalogues keep as identifiers. */
  constructor(
    private readonly em: EntityManager,
    private readonly publicUrl: string,
  ) {}

  async page(query: HarvestedQuery, first: number, after: DatasetCursor | null): Promise<HarvestedHit[]> {
    const { where, params } = this.matching(query);
    const score = query.tsQuery ? `ts_rank(h.search_vector, to_tsquery('simple', ?))` : null;
    const scoreParams = query.tsQuery ? [query.tsQuery] : [];
    const keyset = after
      ? score && after.score !== undefined
        ? {
            sql: `and (${score}, h.first_harvested_at, h.id) < (?::real, ?, ?)`,
            params: [...scoreParams, after.score, after.createdAt, after.id],
          }
        : { sql: 'and (h.first_harvested_at, h.id) < (?, ?)', params: [after.createdAt, after.id] }
      : { sql: '', params: [] };
    const rows = await this.em.execute<Row[]>(
      `select ${columns} ${score ? `, ${score} as score` : ''}
       from harvested_dataset h join harvest_source s on s.id = h.source_id
       where ${where} ${keyset.sql}
       order by ${score ? `${score} desc, ` : ''}h.first_harvested_at desc, h.id desc limit ?`,
      [...scoreParams, ...params, ...keyset.params, ...(score ? scoreParams : []), first],
    );
    return rows.map(hitOf);
  }

  async count(query: HarvestedQuery): Promise<number> {
    const { where, params } = this.matching(query);
    const [row] = await this.em.execute<{ count: string }[]>(`select count(*) as count from harvested_dataset h where ${where}`, params);
    return Number(row.count);
  }

  /** Every live copy sharing an identity with these hits, by identity: where else each was found. */
  async originsOf(identifiers: string[]): Promise<Map<string, Origin[]>> {
    const origins = new Map<string, Origin[]>();
    if (identifiers.length === 0) return origins;
    const rows = await this.em.execute<Row[]>(
      `select ${columns} from harvested_dataset h join harvest_source s on s.id = h.source_id
       where h.deleted_at is null and h.identifier in (?) order by h.first_harvested_at, h.id`,
      [identifiers],
    );
    for (const row of rows) origins.set(row.identifier, [...(origins.get(row.identifier) ?? []), hitOf(row).origin]);
    return origins;
  }

  private matching(query: HarvestedQuery): { where: string; params: unknown[] } {
    const conditions = [
      'h.deleted_at is null',
      `not exists (select 1 from harvested_dataset o where o.identifier = h.identifier and o.deleted_at is null
         and (o.first_harvested_at, o.id) < (h.first_harvested_at, h.id))`,
      ...notLocalCopy,
    ];
    const params: unknown[] = [this.publicUrl];
    if (query.tsQuery) {
      conditions.push(`h.search_vector @@ to_tsquery('simple', ?)`);
      params.push(query.tsQuery);
    }
    if (query.provinceCodes?.length) {
      conditions.push('h.province_code in (?)');
      params.push(query.provinceCodes);
    }
    return { where: conditions.join(' and '), params };
  }
}

function hitOf(row: Row): HarvestedHit {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    keywords: row.keywords,
    publisher: row.publisher,
    provinceCode: row.province_code,
    licence: row.licence,
    downloadUrl: row.download_url,
    modifiedAt: row.modified_at ? new Date(row.modified_at) : null,
    identifier: row.identifier,
    firstHarvestedAt: new Date(row.first_harvested_at),
    ...(row.score !== undefined ? { score: Number(row.score) } : {}),
    origin: {
      sourceId: row.source_id,
      sourceName: row.source_name,
      sourceKind: row.source_kind,
      originalId: row.original_id,
      originalUrl: row.original_url,
      harvestedAt: new Date(row.harvested_at),
    },
  };
}

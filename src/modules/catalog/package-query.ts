import { raw } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { withoutDiacritics } from '../../shared/text';
import { maxSearchTerms } from '../../shared/input-bounds';
import type { Viewer } from '../../shared/viewer';
import { formatSql, rowsFormat } from './distribution-formats';
import { Dataset } from './entities';
import type { FacetCount } from './search';
import { openData, visibleTo } from './visibility';

/** What a field clause looks in: words anywhere, the title's words, or an exact value. */
export type PackageField = 'text' | 'title' | 'slug' | 'keyword' | 'owner' | 'format' | 'licence' | 'id';
export type PackageDateField = 'modified' | 'created';

export type PackageClause =
  | {
      field: PackageField;
      value: string;
      /** Words in this order (a quoted phrase); otherwise every word, each as a prefix. */
      phrase?: boolean;
      negated?: boolean;
    }
  | {
      field: PackageDateField;
      /** Null is open (`*`). */
      from: Date | null;
      to: Date | null;
      /** `[a TO b]` includes its ends, `{a TO b}` does not. */
      inclusive: boolean;
      negated?: boolean;
    };

export type PackageSortKey = 'score' | 'modified' | 'created' | 'slug' | 'title' | 'id';
export type PackageFacetField = 'owner' | 'keyword' | 'format' | 'licence';

/**
 * A structured catalogue query (what CKAN's package_search asks, in the catalogue's words):
 * every clause must hold; ordered by the keys, then by id; an offset page; facet counts over
 * the whole match. Private datasets (not published open data) only when asked, and only those
 * the viewer may see.
 */
export interface PackageQuery {
  clauses: readonly PackageClause[];
  includePrivate: boolean;
  sort: readonly { key: PackageSortKey; descending: boolean }[];
  offset: number;
  limit: number;
  facets: readonly PackageFacetField[];
  /** Values per facet, most frequent first; null for all. */
  facetLimit: number | null;
}

export interface LabelledCount extends FacetCount {
  /** What a person reads, e.g. the agency's name for an owner's `<province>-<code>`. */
  label: string;
}

export interface PackageResults {
  count: number;
  datasets: Dataset[];
  facets: Partial<Record<PackageFacetField, LabelledCount[]>>;
}

type Builder = QueryBuilder<Dataset, 'd'>;

/**
 * The words of a clause as a tsquery over [a-z0-9] tokens only, so nothing typed changes its
 * syntax: a phrase's words in order; free text's words each as a prefix (as the hub's search);
 * a field's words whole (`title:dân` finds "người dân", not "danh mục").
 */
function tsQueryOf(value: string, match: 'phrase' | 'prefix' | 'word'): string | null {
  const tokens = (withoutDiacritics(value).toLowerCase().match(/[a-z0-9]+/g) ?? []).slice(0, maxSearchTerms);
  if (tokens.length === 0) return null;
  if (match === 'phrase') return tokens.join(' <-> ');
  return [...new Set(tokens)].map((token) => (match === 'prefix' ? `${token}:*` : token)).join(' & ');
}

function matchOf(clause: { field: PackageField; phrase?: boolean }): 'phrase' | 'prefix' | 'word' {
  return clause.phrase ? 'phrase' : clause.field === 'text' ? 'prefix' : 'word';
}

const titleVector = `to_tsvector('simple', unaccent(lower(d.title || ' ' || coalesce(d.title_en, ''))))`;
const versioned = 'exists (select 1 from dataset_version_file v where v.dataset_id = d.id)';

/** One clause as SQL with its bindings; a clause with no word in it matches nothing. */
function conditionOf(clause: PackageClause): [string, unknown[]] {
  if (isDateClause(clause)) {
    const column = clause.field === 'modified' ? 'd.updated_at' : 'd.created_at';
    const parts: [string, unknown[]][] = [];
    if (clause.from) parts.push([`${column} ${clause.inclusive ? '>=' : '>'} ?`, [clause.from]]);
    if (clause.to) parts.push([`${column} ${clause.inclusive ? '<=' : '<'} ?`, [clause.to]]);
    return parts.length > 0 ? [parts.map(([sql]) => sql).join(' and '), parts.flatMap(([, params]) => params)] : ['true', []];
  }
  const { field, value } = clause;
  switch (field) {
    case 'text':
    case 'title': {
      const query = tsQueryOf(value, matchOf(clause));
      if (!query) return ['false', []];
      return [`${field === 'text' ? 'd.search_vector' : titleVector} @@ to_tsquery('simple', ?)`, [query]];
    }
    case 'slug':
      return value.endsWith('*') ? [`d.slug like ? escape '\\'`, [`${escapeLike(value.slice(0, -1))}%`]] : ['d.slug = ?', [value]];
    case 'keyword':
      return ['exists (select 1 from unnest(d.keywords) k where lower(k) = lower(?))', [value]];
    case 'owner':
      return [`d.owner_agency_id in (select a.id from agency_directory a where a.province_code || '-' || a.code = ? or a.id::text = ?)`, [value, value]];
    case 'format':
      // Files are shown once they became a version (dataset_version, the datastore's): the catalogue never lists the others.
      return [
        `((upper(?) = '${rowsFormat}' and ${versioned}) or exists (select 1 from distribution f join dataset_version_file v on v.distribution_id = f.id
           where f.dataset_id = d.id and ${formatSql('f.media_type')} = upper(?)))`,
        [value, value],
      ];
    case 'licence':
      return ['lower(d.licence) = lower(?)', [value]];
    case 'id':
      return ['d.id::text = ?', [value]];
  }
}

export function isDateClause(clause: PackageClause): clause is Extract<PackageClause, { from: Date | null }> {
  return clause.field === 'modified' || clause.field === 'created';
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The words of every positive text clause: what `score` ranks by. */
function rankQuery(clauses: readonly PackageClause[]): string | null {
  const queries = clauses.flatMap((clause) =>
    clause.field === 'text' && !clause.negated ? [tsQueryOf(clause.value, matchOf(clause))] : [],
  );
  const present = queries.filter((query): query is string => query !== null);
  return present.length > 0 ? present.map((query) => `(${query})`).join(' & ') : null;
}

const sortColumns: Record<Exclude<PackageSortKey, 'score'>, string> = {
  modified: 'd.updated_at',
  created: 'd.created_at',
  // Code point order, as Solr sorts CKAN's string fields, whatever the database's collation.
  slug: 'd.slug collate "C"',
  title: 'd.title collate "C"',
  id: 'd.id',
};

/** Facet counts by SQL over the matching ids; each row is (value, label, count). */
const facetSql: Record<PackageFacetField, string> = {
  owner: `select a.province_code || '-' || a.code as value, min(a.name) as label, count(*) as count from m join agency_directory a on a.id = m.owner_agency_id group by 1`,
  keyword: `select k as value, k as label, count(distinct m.id) as count from m cross join unnest(m.keywords) k group by k`,
  licence: `select m.licence as value, m.licence as label, count(*) as count from m group by m.licence`,
  format: `select x.value, x.value as label, count(distinct x.id) as count from (
             select m.id, '${rowsFormat}' as value from m where exists (select 1 from dataset_version_file v where v.dataset_id = m.id)
             union all select m.id, ${formatSql('f.media_type')} from m join distribution f on f.dataset_id = m.id
               join dataset_version_file v on v.distribution_id = f.id) x group by x.value`,
};

export class PackageSearch {
  constructor(private readonly em: EntityManager) {}

  async run(viewer: Viewer, query: PackageQuery): Promise<PackageResults> {
    const matching = () => this.matching(viewer, query);
    const page = matching();
    const rank = rankQuery(query.clauses);
    const order: Record<string, 'asc' | 'desc'>[] = [];
    for (const { key, descending } of query.sort) {
      if (key === 'score') {
        if (rank) order.push({ [raw(`ts_rank(d.search_vector, to_tsquery('simple', ?))`, [rank])]: descending ? 'desc' : 'asc' });
      } else {
        order.push({ [raw(sortColumns[key])]: descending ? 'desc' : 'asc' });
      }
    }
    page.orderBy([...order, { id: 'asc' }]);
    const [datasets, count, facets] = await Promise.all([
      query.limit > 0 ? page.limit(query.limit).offset(query.offset).execute<Dataset[]>('all', true) : Promise.resolve([]),
      matching().getCount(),
      this.facets(matching(), query.facets, query.facetLimit),
    ]);
    return { count, datasets, facets };
  }

  private matching(viewer: Viewer, query: PackageQuery): Builder {
    const builder = this.em
      .createQueryBuilder(Dataset, 'd')
      .select('d.*')
      .where(query.includePrivate ? visibleTo(viewer) : openData);
    for (const clause of query.clauses) {
      const [sql, params] = conditionOf(clause);
      builder.andWhere(clause.negated ? `not (${sql})` : `(${sql})`, params);
    }
    return builder;
  }

  /** One statement for all the facets asked. */
  private async facets(
    matching: Builder,
    fields: readonly PackageFacetField[],
    limit: number | null,
  ): Promise<Partial<Record<PackageFacetField, LabelledCount[]>>> {
    const facets: Partial<Record<PackageFacetField, LabelledCount[]>> = Object.fromEntries(fields.map((field) => [field, []]));
    if (fields.length === 0 || limit === 0) return facets;
    const { sql, bindings } = matching.clone().select('d.id').getKnexQuery().toSQL();
    const rows = await this.em.execute<{ facet: PackageFacetField; value: string; label: string; count: string }[]>(
      `with m as (select x.* from dataset x where x.id in (${sql}))
       ${fields.map((field) => `select '${field}' as facet, f.* from (${facetSql[field]}) f`).join(' union all ')}`,
      [...bindings],
    );
    for (const row of rows) facets[row.facet]?.push({ value: row.value, label: row.label, count: Number(row.count) });
    for (const field of fields) {
      const counts = facets[field]!.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
      facets[field] = limit === null ? counts : counts.slice(0, limit);
    }
    return facets;
  }
}

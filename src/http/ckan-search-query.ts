import type { PackageClause, PackageFacetField, PackageField, PackageQuery, PackageSortKey } from '../modules/catalog/service';
import { invalid, type CkanParams } from './ckan-envelope';

/**
 * package_search's Solr-style parameters (CKAN 2.10 `ckan/logic/action/get.py`) as a
 * catalogue query: `q` and `fq` share one syntax — words, "quoted phrases", `field:value`,
 * `field:"a phrase"`, `-field:value` or `NOT` to exclude, date ranges `[a TO b]` / `{a TO b}`
 * with `*` open (no Solr date math) — and every term must hold (Solr's AND; OR is refused, never guessed).
 */

/** CKAN's search.rows_max default. */
export const maxSearchRows = 1000;
const defaultFacetLimit = 50;

/** CKAN's field names for the catalogue's. */
const fields: Record<string, PackageField> = {
  text: 'text',
  title: 'title',
  name: 'slug',
  tags: 'keyword',
  organization: 'owner',
  owner_org: 'owner',
  res_format: 'format',
  license_id: 'licence',
  id: 'id',
};

const dateFields: Record<string, 'modified' | 'created'> = { metadata_modified: 'modified', metadata_created: 'created' };

/** Fields with one value for every package here (ckanext-harvest sends `+dataset_type:dataset` and `-dataset_type:harvest`). */
const constantFields: Record<string, string> = { dataset_type: 'dataset', state: 'active' };

const sortKeys: Record<string, PackageSortKey> = {
  score: 'score',
  metadata_modified: 'modified',
  metadata_created: 'created',
  name: 'slug',
  title_string: 'title',
  title: 'title',
  id: 'id',
};

const facetFields: Record<string, PackageFacetField | null> = {
  organization: 'owner',
  tags: 'keyword',
  res_format: 'format',
  license_id: 'licence',
  // CKAN's default facets ask for groups; the hub has none.
  groups: null,
};

/** A table's own entry only: `constructor:x` names no field. */
function entryOf<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

const known = [...Object.keys(fields), ...Object.keys(dateFields), ...Object.keys(constantFields)].join(', ');

/** One term: an optional sign, an optional field, then a quoted phrase, a range or a word. */
const termPattern = /([+-]?)(?:([A-Za-z_]+):)?("(?:[^"\\]|\\.)*"|\[[^\]]*\]|\{[^}]*\}|[^\s"]+)/g;

export function clausesOf(text: string | undefined, param: string): PackageClause[] {
  const source = text?.trim() ?? '';
  if (source === '' || source === '*:*' || source === '*') return [];
  const clauses: PackageClause[] = [];
  const words: string[] = [];
  let negateNext = false;
  for (const [, sign, field, rawValue] of source.matchAll(termPattern)) {
    if (!field && (rawValue === 'AND' || rawValue === '&&')) continue;
    if (!field && (rawValue === 'NOT' || rawValue === '!')) {
      negateNext = true;
      continue;
    }
    if (!field && (rawValue === 'OR' || rawValue === '||')) {
      throw invalid(param, 'chưa hỗ trợ OR; mọi điều kiện đều phải thoả (OR is not supported: every term must hold)');
    }
    const negated = sign === '-' || negateNext;
    negateNext = false;
    const phrase = rawValue.startsWith('"');
    const value = phrase ? rawValue.slice(1, -1).replace(/\\(.)/g, '$1') : rawValue;
    if (!field || field === 'text') {
      if (negated || phrase) clauses.push({ field: 'text', value, phrase, negated });
      else words.push(value);
      continue;
    }
    const clause = fieldClause(field, value, phrase, negated, param);
    if (clause) clauses.push(clause);
  }
  if (words.length > 0) clauses.unshift({ field: 'text', value: words.join(' ') });
  return clauses;
}

/** A clause, or null for a term every package meets. */
function fieldClause(field: string, value: string, phrase: boolean, negated: boolean, param: string): PackageClause | null {
  const dateField = entryOf(dateFields, field);
  if (dateField) return { ...rangeOf(value, field, param), field: dateField, negated };
  const constant = entryOf(constantFields, field);
  if (constant !== undefined) {
    const everyPackage = (value.toLowerCase() === constant) !== negated;
    // A text clause without a word matches nothing.
    return everyPackage ? null : { field: 'text', value: '' };
  }
  const mapped = entryOf(fields, field);
  if (!mapped) throw invalid(param, `không biết trường "${field}"; có: ${known} (unknown field "${field}"; known: ${known})`);
  return { field: mapped, value, phrase, negated };
}

/** `[2026-01-01T00:00:00Z TO *]`: inclusive `[]` or exclusive `{}`, `*` open. */
function rangeOf(value: string, field: string, param: string) {
  const match = /^([[{])\s*(\S+)\s+TO\s+(\S+)\s*([\]}])$/.exec(value);
  if (!match) {
    const at = dateOf(value, field, param);
    return { from: at, to: at, inclusive: true };
  }
  if ((match[1] === '[') !== (match[4] === ']')) {
    throw invalid(param, `${field}: dùng [a TO b] hoặc {a TO b} (use [a TO b] or {a TO b})`);
  }
  return { from: dateOf(match[2], field, param), to: dateOf(match[3], field, param), inclusive: match[1] === '[' };
}

function dateOf(text: string, field: string, param: string): Date | null {
  if (text === '*') return null;
  // CKAN writes metadata_modified without a zone, in UTC; Solr dates end in Z.
  const iso = /[zZ]|[+-]\d\d:?\d\d$/.test(text) ? text : `${text}Z`;
  const parsed = /^\d{4}-\d\d-\d\d/.test(text) ? new Date(iso) : new Date(NaN);
  if (Number.isNaN(parsed.getTime())) {
    throw invalid(param, `${field}: "${text}" không phải thời điểm ISO 8601 (not an ISO 8601 time, e.g. 2026-01-01T00:00:00Z)`);
  }
  return parsed;
}

/** `metadata_modified asc, name desc`; CKAN's default is `score desc, metadata_modified desc`. */
export function sortOf(text: string | undefined): PackageQuery['sort'] {
  const source = text?.trim() || 'score desc, metadata_modified desc';
  return source.split(',').map((part) => {
    const [name, direction = 'asc', ...rest] = part.trim().split(/\s+/);
    const key = entryOf(sortKeys, name);
    if (!key || rest.length > 0 || !['asc', 'desc'].includes(direction.toLowerCase())) {
      throw invalid(
        'sort',
        `"${part.trim()}": cần <trường> asc|desc với trường là ${Object.keys(sortKeys).join(', ')} (give <field> asc|desc with one of these fields)`,
      );
    }
    return { key, descending: direction.toLowerCase() === 'desc' };
  });
}

/** The catalogue's facet behind a CKAN facet name; null for one the hub has none of (groups). */
export function facetFieldOf(name: string): PackageFacetField | null {
  return entryOf(facetFields, name) ?? null;
}

/** The whole package_search request; private datasets only when asked, and then only the caller's. */
export function packageQueryOf(params: CkanParams): PackageQuery & { facetNames: string[] } {
  const facetNames = params.boolean('facet', true) ? (params.list('facet.field') ?? []) : [];
  for (const name of facetNames) {
    if (entryOf(facetFields, name) === undefined) {
      throw invalid('facet.field', `không biết trường "${name}"; có: ${Object.keys(facetFields).join(', ')} (unknown facet field)`);
    }
  }
  const facetLimit = params.integer('facet.limit', defaultFacetLimit, -1);
  return {
    clauses: [...clausesOf(params.text('q'), 'q'), ...clausesOf(params.text('fq'), 'fq')],
    includePrivate: params.boolean('include_private', false),
    sort: sortOf(params.text('sort')),
    offset: params.integer('start', 0, 0),
    limit: params.integer('rows', 10, 0, maxSearchRows),
    facets: facetNames.flatMap((name) => entryOf(facetFields, name) ?? []),
    facetLimit: facetLimit < 0 ? null : facetLimit,
    facetNames,
  };
}

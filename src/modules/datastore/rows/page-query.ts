import { InputError } from '../../../shared/errors';
import { qualifiedTable, rowNumberColumn } from '../version-tables';
import type { RowColumn } from './columns';
import { filterConditions, searchCondition, type RowFilter } from './filters';
import { afterCursorCondition, decodeRowCursor, encodeRowCursor, orderFingerprint } from './keyset';
import { orderByClause, sortKeys, type RowSort, type SortKey } from './sort';
import { columnIdentifier, SqlParams } from './sql';
import { cellExpression, sortKeyExpression } from './values';

export interface PageRequest {
  versionId: string;
  tableName: string;
  columns: readonly RowColumn[];
  filters: readonly RowFilter[];
  sort: readonly RowSort[];
  first: number;
  after?: string | null;
  /** Rows skipped before the page (CKAN's datastore_search offset); keyset paging needs none. */
  offset?: number;
  /** Words each found in some text column (CKAN's plain `q`). */
  search?: string | null;
  /** The columns a row shows, of `columns` (all when absent); filters and sorts may name any of `columns`. */
  shown?: readonly RowColumn[];
  /** Each distinct combination of the shown cells once, without source lines (CKAN's `distinct`). */
  distinct?: boolean;
}

export interface Statement {
  sql: string;
  params: unknown[];
}

/** One row as the page statement returns it: r = _row, c0… = cells, k0… = sort values. */
export type PageRow = Record<string, unknown>;

export interface PageQuery {
  /** first + 1 rows: the extra one only says whether another page follows. */
  page: Statement;
  count: Statement;
  /** Identifies the count: the version and the filter exactly as bound. */
  countKey: string;
  /** The cursor of a row of this page, to resume after it. */
  cursorAfter(row: PageRow): string;
}

/** Validates the request against the version's columns and writes its two statements. */
export function buildPageQuery(request: PageRequest): PageQuery {
  const table = qualifiedTable(request.tableName);
  const filterParams = new SqlParams();
  const conditions = filterConditions(request.filters, request.columns, filterParams);
  const searched = request.search ? searchCondition(request.search, request.columns, filterParams) : null;
  if (searched) conditions.push(searched);
  if (request.distinct) return distinctPageQuery(request, table, conditions, filterParams);
  const keys = sortKeys(request.sort, request.columns);
  const shown = request.shown ?? request.columns;
  const fingerprint = orderFingerprint(request.versionId, keys);

  const pageParams = new SqlParams(filterParams.values);
  const pageConditions = [...conditions];
  if (request.after) pageConditions.push(afterCursorCondition(keys, decodeRowCursor(request.after, fingerprint, keys), pageParams));
  const selected = [
    `${columnIdentifier(rowNumberColumn)} as r`,
    ...shown.map((column, index) => `${cellExpression(column)} as c${index}`),
    ...sortColumns(keys).map((column, index) => `${sortKeyExpression(column)} as k${index}`),
  ];
  const pageSql = `select ${selected.join(', ')} from ${table}${where(pageConditions)} order by ${orderByClause(keys)} limit ${pageParams.bind(request.first + 1)}${request.offset ? ` offset ${pageParams.bind(request.offset)}` : ''}`;

  const whereSql = where(conditions);
  return {
    page: { sql: pageSql, params: pageParams.values },
    count: { sql: `select count(*) as n from ${table}${whereSql}`, params: filterParams.values },
    countKey: JSON.stringify([request.versionId, whereSql, filterParams.values]),
    cursorAfter: (row) =>
      encodeRowCursor(fingerprint, {
        values: sortColumns(keys).map((_column, index) => row[`k${index}`] as string | null),
        row: Number(row.r),
      }),
  };
}

/**
 * DISTINCT over the shown columns' raw values (json has no equality), cells written outside;
 * ordered by the sorted columns, which must be shown, then by every shown column. Offset pages
 * only: there is no source line to resume after.
 */
function distinctPageQuery(request: PageRequest, table: string, conditions: string[], filterParams: SqlParams): PageQuery {
  const shown = request.shown ?? request.columns;
  if (shown.length === 0) throw new InputError([{ field: 'fields', message: 'distinct cần ít nhất một cột (distinct needs a column)' }]);
  const positions = request.sort.map((entry, index) => {
    const at = shown.findIndex((column) => column.name === entry.column);
    if (at < 0) {
      throw new InputError([
        {
          field: `sort[${index}].column`,
          message: `với distinct, cột sắp xếp phải có trong fields (with distinct, sort by a shown column)`,
        },
      ]);
    }
    return `s.${columnIdentifier(shown[at].name)} ${entry.descending ? 'desc' : 'asc'} nulls last`;
  });
  const order = [...positions, ...shown.map((column) => `s.${columnIdentifier(column.name)}`)].join(', ');
  const inner = `select distinct ${shown.map((column) => columnIdentifier(column.name)).join(', ')} from ${table}${where(conditions)}`;
  const pageParams = new SqlParams(filterParams.values);
  const cells = shown.map((column, index) => `${cellExpression(column)} as c${index}`);
  const sql = `select 0 as r, ${cells.join(', ')} from (${inner}) s order by ${order} limit ${pageParams.bind(request.first + 1)}${request.offset ? ` offset ${pageParams.bind(request.offset)}` : ''}`;
  return {
    page: { sql, params: pageParams.values },
    count: { sql: `select count(*) as n from (${inner}) s`, params: filterParams.values },
    countKey: JSON.stringify([request.versionId, 'distinct', inner, filterParams.values]),
    cursorAfter: () => {
      throw new Error('distinct pages have no cursor');
    },
  };
}

function sortColumns(keys: readonly SortKey[]): RowColumn[] {
  return keys.flatMap((key) => (key.column ? [key.column] : []));
}

function where(conditions: readonly string[]): string {
  return conditions.length > 0 ? ` where ${conditions.join(' and ')}` : '';
}

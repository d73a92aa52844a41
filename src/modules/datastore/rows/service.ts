import type { EntityManager } from '@mikro-orm/postgresql';
import { boundedPageSize } from '../../../shared/cursor';
import { ForbiddenError, InputError, NotFoundError } from '../../../shared/errors';
import type { Viewer } from '../../../shared/viewer';
import type { CatalogService } from '../../catalog/service';
import { DatasetVersion } from '../entities';
import { qualifiedTable } from '../version-tables';
import { rowAccessWithGrants, type RowAccessCheck } from './access';
import { columnNamed, columnsOf, type RowColumn } from './columns';
import type { RowFilter } from './filters';
import { buildPageQuery, type PageRow, type Statement } from './page-query';
import type { RowSort } from './sort';
import type { QueryGate } from './query-gate';
import type { AbandonableStatements } from '../../../db/abandonable-statements';
import type { TotalsCache } from './totals-cache';

type ShownDataset = Awaited<ReturnType<CatalogService['findBySlug']>>;

export type { RowColumn } from './columns';
export type { RowFilter } from './filters';
export type { RowSort } from './sort';
export { maxInValues } from './filters';
export { maxSortColumns } from './sort';

export const defaultRowPageSize = 100;

/** Per process, by version table (a UUID name, never reused): the columns its indexes hold. */
const indexedColumnsOf = new Map<string, Promise<Set<string>>>();
export const maxRowPageSize = 10_000;

export interface RowsRequest {
  slug: string;
  /** A version number; the latest when absent (002 §20.1b). */
  version?: number | null;
  filter?: readonly RowFilter[] | null;
  sort?: readonly RowSort[] | null;
  first?: number | null;
  after?: string | null;
  /** Rows to skip first, for clients that page by offset (CKAN datastore_search). */
  offset?: number | null;
  /** Words each found in some text column the viewer may read (CKAN's plain `q`). */
  search?: string | null;
  /** The columns to return, by name (all the viewer may read when absent); a name not among them is a field error. */
  fields?: readonly string[] | null;
  /** Each distinct combination of the returned cells once (CKAN's `distinct`); no row numbers. */
  distinct?: boolean;
  /** Aborted when the client that asked has left: its statements are cancelled on the server. */
  signal?: AbortSignal;
}

/** A JSON value per cell, in the order of `columns`. */
export type Cell = unknown;

export interface RowPage {
  /** The dataset read: its demand counts this read (002 §20.1h). */
  datasetId: string;
  columns: RowColumn[];
  rows: Cell[][];
  /** The source line of each row (the header is line 1). */
  rowNumbers: number[];
  hasNextPage: boolean;
  endCursor: string | null;
  version: { number: number; rowCount: number; createdAt: Date };
  /** Exact, over all pages; counted once per version and filter, then cached. */
  countTotal(): Promise<number>;
}

/** Reads the rows of a dataset version: filtered, sorted, a keyset page at a time. */
export class RowQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly catalog: CatalogService,
    private readonly totals: TotalsCache,
    /** Hub-wide: bounds the row statements running at once. */
    private readonly gate: QueryGate,
    private readonly statements: AbandonableStatements,
    /** mayReadRows, plus the grants of access requests when services.ts plugs them in (002 §27.2). */
    private readonly access: RowAccessCheck = rowAccessWithGrants(),
  ) {}

  private lastShown?: { viewer: Viewer; slug: string; dataset: Promise<ShownDataset> };
  private readonly versions = new Map<string, Promise<DatasetVersion | null>>();

  async readRows(viewer: Viewer, request: RowsRequest): Promise<RowPage> {
    const first = boundedPageSize(request.first ?? defaultRowPageSize, maxRowPageSize);
    const offset = request.offset ?? 0;
    if (!Number.isInteger(offset) || offset < 0) throw new InputError([{ field: 'offset', message: 'số nguyên từ 0 (an integer from 0)' }]);
    const visible = await this.shownTo(viewer, request.slug);
    // A grant reaches a dataset the catalogue does not show to the grantee (RESTRICTED of another agency).
    const dataset = visible ?? (viewer.kind !== 'anonymous' ? await this.catalog.findForReview(request.slug) : null);
    const access = dataset ? await this.access(viewer, dataset, visible !== null) : ({ kind: 'hidden' } as const);
    if (!dataset || access.kind === 'hidden') throw new NotFoundError(`Không có bộ dữ liệu "${request.slug}" (no such dataset)`);
    if (access.kind === 'denied') throw new ForbiddenError(access.message);
    const version = await this.findVersion(dataset.id, request.slug, request.version);
    // Through a grant only its columns exist: filters, sorts and cells naming others find no such column.
    const readable = columnsOf(version.tableSchema).filter((column) => access.kind === 'all' || access.columns.includes(column.name));
    const columns = request.fields ? request.fields.map((name) => columnNamed(readable, name, 'fields')) : readable;
    const query = buildPageQuery({
      versionId: version.id,
      tableName: version.tableName,
      columns: readable,
      shown: columns,
      search: request.search,
      distinct: request.distinct,
      filters: request.filter ?? [],
      sort: request.sort ?? [],
      first,
      after: request.after,
      offset,
    });
    const fetched = await this.run<PageRow>(query.page, request.signal);
    const rows = fetched.slice(0, first);
    const last = rows.at(-1);
    if ((access.kind === 'granted' || access.kind === 'all') && access.recordRead) {
      await access.recordRead({ versionNumber: version.number, columns: columns.map((column) => column.name), rowCount: rows.length });
    }
    return {
      columns,
      rows: rows.map((row) => columns.map((_column, index) => row[`c${index}`])),
      rowNumbers: rows.map((row) => Number(row.r)),
      hasNextPage: fetched.length > first,
      endCursor: last && !request.distinct ? query.cursorAfter(last) : null,
      version: { number: version.number, rowCount: version.rowCount, createdAt: version.createdAt },
      datasetId: version.datasetId,
      countTotal: () =>
        this.totals.get(query.countKey, async () => Number((await this.run<{ n: string }>(query.count, request.signal))[0].n)),
    };
  }

  /**
   * For the cost model (graphql/page-cost.ts): rows the page would read without an index —
   * the version's rows once per filter or sort on a column no index holds (a contains-filter
   * counts whatever the indexes, since a btree cannot serve a substring). 0 for a dataset
   * the viewer's catalogue does not show, so the cost never tells what exists.
   */
  async unindexedRows(viewer: Viewer, request: Pick<RowsRequest, 'slug' | 'version' | 'filter' | 'sort'>): Promise<number> {
    const filters = request.filter ?? [];
    const sorts = request.sort ?? [];
    if (filters.length === 0 && sorts.length === 0) return 0;
    const dataset = await this.shownTo(viewer, request.slug);
    const number = request.version;
    const version = dataset && (number == null || Number.isInteger(number)) ? await this.versionOf(dataset.id, number) : null;
    if (!version) return 0;
    const indexed = await this.indexedColumns(version.tableName);
    const unindexed =
      filters.filter((filter) => !indexed.has(filter.column) || (filter.contains ?? null) !== null).length +
      sorts.filter((sort) => !indexed.has(sort.column)).length;
    return version.rowCount * unindexed;
  }

  /** Columns that some index of the version's table holds; cached, since a version's table never changes. */
  private indexedColumns(tableName: string): Promise<Set<string>> {
    const cached = indexedColumnsOf.get(tableName);
    if (cached) return cached;
    const reading = this.em
      .getConnection()
      .execute<{ name: string }[]>(
        `select distinct a.attname as name from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
         where i.indrelid = ?::regclass`,
        [qualifiedTable(tableName)],
      )
      .then((rows) => new Set(rows.map((row) => row.name)));
    indexedColumnsOf.set(tableName, reading);
    reading.catch(() => indexedColumnsOf.delete(tableName));
    if (indexedColumnsOf.size > 1000) indexedColumnsOf.delete(indexedColumnsOf.keys().next().value!);
    return reading;
  }

  private async findVersion(datasetId: string, slug: string, number: number | null | undefined): Promise<DatasetVersion> {
    if (number != null && (!Number.isInteger(number) || number < 1)) {
      throw new InputError([{ field: 'version', message: 'số phiên bản từ 1 trở lên (a version number from 1)' }]);
    }
    const version = await this.versionOf(datasetId, number);
    if (!version) {
      const which = number == null ? 'chưa có phiên bản nào (no version yet)' : `không có phiên bản ${number} (no version ${number})`;
      throw new NotFoundError(`Bộ dữ liệu "${slug}": ${which}`);
    }
    return version;
  }

  /**
   * The dataset as the viewer's catalogue shows it, read once per request: the cost model
   * (unindexedRows) asks before the page is read, with the same viewer and slug.
   */
  private shownTo(viewer: Viewer, slug: string): Promise<ShownDataset> {
    if (this.lastShown?.viewer !== viewer || this.lastShown.slug !== slug) {
      this.lastShown = { viewer, slug, dataset: this.catalog.findBySlug(viewer, slug) };
    }
    return this.lastShown.dataset;
  }

  /** A version (the latest when `number` is absent), read once per request for the same reason. */
  private versionOf(datasetId: string, number: number | null | undefined): Promise<DatasetVersion | null> {
    const key = `${datasetId}:${number ?? 'latest'}`;
    let version = this.versions.get(key);
    if (!version) {
      version = this.em.findOne(DatasetVersion, number == null ? { datasetId } : { datasetId, number }, { orderBy: { number: 'desc' } });
      this.versions.set(key, version);
    }
    return version;
  }

  private run<T>(statement: Statement, signal: AbortSignal | undefined): Promise<T[]> {
    return this.gate.run(() => this.statements.execute<T>(this.em.getConnection(), statement.sql, statement.params, signal));
  }
}

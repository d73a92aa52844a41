import type { RowFilter, RowPage, RowSort } from '../modules/datastore/rows/service';
import { maxRowPageSize } from '../modules/datastore/rows/service';
import { NotFoundError } from '../shared/errors';
import { uuid, type CkanAction, type CkanCall } from './ckan-actions';
import { CkanBadRequest, invalid, type CkanParams } from './ckan-envelope';
import { datastoreField } from './ckan-dicts';

const rowNumber = '_id';
const recordFormats = ['objects', 'lists', 'csv', 'tsv'] as const;
type RecordFormat = (typeof recordFormats)[number];

/**
 * CKAN DataStore's reading actions (ckanext/datastore/logic/action.py). datastore_search reads
 * through RowQueryService with the caller's viewer: a dataset that is not open data needs a
 * live grant (only its columns exist then), checked and audited exactly as GraphQL datasetRows.
 */
export const datastoreActions: Record<string, CkanAction> = {
  datastore_search: {
    help: 'Rows of a datastore resource: q, fields, filters, sort, distinct, limit, offset, include_total, records_format (objects, lists, csv, tsv).',
    run: datastoreSearch,
  },
  datastore_search_sql: {
    help: 'Not offered: SQL over the datastore would pass around the grant checks. Use datastore_search.',
    run: async () => {
      // What a CKAN 2.10 site answers when ckan.datastore.sqlsearch.enabled is false (its default).
      throw new CkanBadRequest(
        'Action name not known: datastore_search_sql (tìm bằng SQL bị tắt trên hub; dùng datastore_search — SQL search is disabled on this hub, use datastore_search)',
      );
    },
  },
};

async function datastoreSearch({ params, services, viewer, signal }: CkanCall): Promise<unknown> {
  const resourceId = params.required('resource_id');
  const limit = params.integer('limit', 100, 0, maxRowPageSize);
  const offset = params.integer('offset', 0, 0);
  const format = recordFormatOf(params);
  const asked = params.list('fields');
  const withRowNumber = !asked || asked.includes(rowNumber);
  const distinct = params.boolean('distinct', false);
  const search = searchOf(params);
  const slug = await slugOf(resourceId, (ids) => services.trusted.catalog.findByIds(ids));
  const reader = await viewer();
  let page: RowPage;
  try {
    page = await services.rows.readRows(reader, {
      slug,
      first: Math.max(limit, 1),
      offset,
      filter: [...filtersOf(params), ...search.byColumn],
      search: search.plain,
      sort: sortOf(params.text('sort')),
      fields: asked?.filter((name) => name !== rowNumber),
      distinct,
      signal,
    });
  } catch (error) {
    // Found by id: never tell the slug of a dataset the caller may not see.
    if (error instanceof NotFoundError) throw new NotFoundError('Not found: Resource was not found.');
    throw error;
  }
  services.openData.recordApiRead(page.datasetId);
  const numbered = withRowNumber && !distinct;
  const fields = [...(numbered ? [{ id: rowNumber, type: 'int' }] : []), ...page.columns.map(datastoreField)];
  const rows = page.rows.slice(0, limit).map((cells, index) => (numbered ? [page.rowNumbers[index], ...cells] : cells));
  const link = (at: number) =>
    `/api/3/action/datastore_search?resource_id=${encodeURIComponent(resourceId)}&limit=${limit}${at ? `&offset=${at}` : ''}`;
  return {
    resource_id: resourceId,
    fields,
    records: recordsOf(rows, fields, format),
    ...(format === 'objects' ? {} : { records_format: format }),
    limit,
    offset,
    ...(distinct ? { distinct } : {}),
    ...(params.boolean('include_total', true) ? { total: await page.countTotal(), total_was_estimated: false } : {}),
    _links: { start: link(0), next: link(offset + limit) },
  };
}

function recordFormatOf(params: CkanParams): RecordFormat {
  const format = (params.text('records_format') ?? 'objects') as RecordFormat;
  if (!recordFormats.includes(format)) throw invalid('records_format', `một trong ${recordFormats.join(', ')} (one of these)`);
  return format;
}

function recordsOf(rows: unknown[][], fields: { id: string }[], format: RecordFormat): unknown {
  if (format === 'objects') return rows.map((row) => Object.fromEntries(fields.map((field, at) => [field.id, row[at]])));
  if (format === 'lists') return rows;
  const separator = format === 'csv' ? ',' : '\t';
  return rows.map((row) => `${row.map((cell) => delimitedCell(cell, separator)).join(separator)}\n`).join('');
}

/** A cell of CKAN's csv/tsv records (no header): quoted when it holds the separator, a quote or a line break. */
function delimitedCell(cell: unknown, separator: string): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'object' ? JSON.stringify(cell) : String(cell);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A dataset id (the datastore resource's id in package_show) or a slug. */
async function slugOf(resourceId: string, findByIds: (ids: string[]) => Promise<{ slug: string }[]>): Promise<string> {
  if (!uuid.test(resourceId)) return resourceId;
  const [dataset] = await findByIds([resourceId]);
  if (!dataset) throw new NotFoundError('Not found: Resource was not found.');
  return dataset.slug;
}

function jsonObject(params: CkanParams, name: string): Record<string, unknown> | null {
  const parsed = params.json(name);
  if (parsed === undefined || parsed === null) return null;
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw invalid(name, 'một đối tượng JSON (a JSON object)');
  return parsed as Record<string, unknown>;
}

/** `filters={"column": value | [values]}`: equality, or one of several values. */
function filtersOf(params: CkanParams): RowFilter[] {
  return Object.entries(jsonObject(params, 'filters') ?? {}).map(([column, value]) =>
    Array.isArray(value) ? { column, in: value } : { column, eq: value },
  );
}

/**
 * `q`: plain text, every word found in some text column; or `{"column": "text"}` (text, or an
 * object in a JSON body), an accent- and case-insensitive substring per column.
 */
function searchOf(params: CkanParams): { plain: string | null; byColumn: RowFilter[] } {
  const q = params.value('q');
  if (typeof q === 'string' && !q.trim().startsWith('{')) return { plain: q.trim() || null, byColumn: [] };
  const byColumn = Object.entries(jsonObject(params, 'q') ?? {}).map(([column, value]) => ({ column, contains: String(value) }));
  return { plain: null, byColumn };
}

/** `sort=column asc, other desc`; `_id` (source order) is the last key already. */
function sortOf(text: string | undefined): RowSort[] {
  return (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      const match = /^"?([^"]+?)"?(?:\s+(asc|desc))?$/i.exec(part);
      if (!match) throw invalid('sort', `"${part}": cần <cột> asc|desc (give <column> asc|desc)`);
      const descending = match[2]?.toLowerCase() === 'desc';
      if (match[1] === rowNumber) {
        if (descending) throw invalid('sort', `${rowNumber} desc: chưa hỗ trợ (not supported)`);
        return [];
      }
      return [{ column: match[1], descending }];
    });
}

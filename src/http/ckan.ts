import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Dataset, DatasetListing } from '../modules/catalog/service';
import type { Services } from '../services';
import type { RowFilter } from '../modules/datastore/rows/service';
import { maxRowPageSize } from '../modules/datastore/rows/service';
import { DomainError, InputError, NotFoundError, UnauthenticatedError } from '../shared/errors';
import { anonymous, type Viewer } from '../shared/viewer';
import { datastoreField, organizationDict, organizationName, packageDict, type PackageParts } from './ckan-dicts';
import type { RouteDependencies } from './routes';
import { viewerOf } from './viewer';
import { abandonedSignal } from './abandoned';

type Query = Record<string, string | undefined>;

/** CKAN's error types and the HTTP status it sends with each; consent refusals never reach CKAN's routes. */
const errorTypes: Partial<Record<DomainError['code'], [number, string]>> = {
  BAD_USER_INPUT: [409, 'Validation Error'],
  CONFLICT: [409, 'Validation Error'],
  NOT_FOUND: [404, 'Not Found Error'],
  FORBIDDEN: [403, 'Authorization Error'],
  UNAUTHENTICATED: [403, 'Authorization Error'],
};

const maxSearchRows = 1000;
const catalogPage = 100;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A CKAN-compatible action API (DESIGN data flow 4): package_search, package_show,
 * organization_list and datastore_search, answered `{ help, success, result }`. Catalogue
 * actions show open data only, to anyone. datastore_search reads through RowQueryService with
 * the bearer token's viewer: a RESTRICTED dataset needs a live grant, checked and audited
 * exactly as GraphQL datasetRows does.
 */
export async function ckanRoutes(app: FastifyInstance, deps: RouteDependencies, publicUrl: string): Promise<void> {
  const action = (name: string, handler: (query: Query, request: FastifyRequest, abandoned: AbortSignal) => Promise<unknown>) =>
    app.get<{ Querystring: Query }>(`/api/3/action/${name}`, async (request, reply) => {
      const help = `${publicUrl}/api/3/action/help_show?name=${name}`;
      try {
        const result = await handler(request.query, request, abandonedSignal(reply));
        return reply.header('Access-Control-Allow-Origin', '*').send({ help, success: true, result });
      } catch (error) {
        return sendError(reply, help, error);
      }
    });

  action('organization_list', async (query) => {
    const agencies = await deps.services().agencies.list();
    const sorted = [...agencies].sort((a, b) => organizationName(a).localeCompare(organizationName(b)));
    return query.all_fields === 'true' ? sorted.map(organizationDict) : sorted.map(organizationName);
  });

  action('package_show', async (query) => {
    const id = required(query, 'id');
    const services = deps.services();
    const found = uuid.test(id) ? await services.catalog.findVisibleById(anonymous, id) : await services.catalog.findBySlug(anonymous, id);
    if (!found) throw new NotFoundError('Not found');
    const [parts] = await packageParts(services, [found]);
    return packageDict(found, parts, publicUrl);
  });

  action('package_search', async (query) => {
    const rows = integer(query, 'rows', 10, 0, maxSearchRows);
    const start = integer(query, 'start', 0, 0, Number.MAX_SAFE_INTEGER);
    const services = deps.services();
    const listing: Omit<DatasetListing, 'first' | 'after'> = {
      search: query.q && query.q !== '*:*' ? query.q : null,
      filter: await organizationFilter(query.fq, (province, code) => services.agencies.findByCode(province, code)),
      sort: sortOf(query.sort, Boolean(query.q && query.q !== '*:*')),
    };
    // The catalogue pages by keyset; CKAN by offset: walk to `start`, which CKAN clients keep small.
    const firstPage = await services.catalog.listDatasets(anonymous, { ...listing, first: catalogPage });
    const found = [...firstPage.nodes];
    for (let page = firstPage; found.length < start + rows && page.hasNextPage; found.push(...page.nodes)) {
      page = await services.catalog.listDatasets(anonymous, { ...listing, first: catalogPage, after: page.endCursor });
    }
    const results = found.slice(start, start + rows);
    const parts = await packageParts(services, results);
    return {
      count: await firstPage.countTotal(),
      sort: query.sort ?? 'metadata_created desc',
      facets: {},
      search_facets: {},
      results: results.map((dataset, index) => packageDict(dataset, parts[index], publicUrl)),
    };
  });

  action('datastore_search', async (query, request, abandoned) => {
    const viewer = await viewerOrRefuse(request, deps);
    const resourceId = required(query, 'resource_id');
    const limit = integer(query, 'limit', 100, 0, maxRowPageSize);
    const offset = integer(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
    const services = deps.services();
    const slug = await slugOf(resourceId, (ids) => services.catalog.findByIds(ids));
    const filter = [...filtersOf(query.filters), ...textSearchOf(query.q)];
    try {
      const page = await services.rows.readRows(viewer, { slug, first: Math.max(limit, 1), offset, filter, signal: abandoned });
      await services.openData.recordApiRead(page.datasetId);
      const records = page.rows
        .slice(0, limit)
        .map((cells, index) =>
          Object.fromEntries([['_id', page.rowNumbers[index]], ...page.columns.map((column, at) => [column.name, cells[at]])]),
        );
      return {
        resource_id: resourceId,
        fields: [{ id: '_id', type: 'int' }, ...page.columns.map(datastoreField)],
        records,
        limit,
        offset,
        total: await page.countTotal(),
        _links: {
          start: `/api/3/action/datastore_search?resource_id=${encodeURIComponent(resourceId)}&limit=${limit}`,
          next: `/api/3/action/datastore_search?resource_id=${encodeURIComponent(resourceId)}&limit=${limit}&offset=${offset + limit}`,
        },
      };
    } catch (error) {
      // Found by id: never tell the slug of a dataset the viewer may not see.
      if (error instanceof NotFoundError) throw new NotFoundError('Not found: Resource was not found.');
      throw error;
    }
  });
}

/** Owners, files and versions of a page of datasets: three statements whatever its size. */
async function packageParts(services: Services, datasets: readonly Dataset[]): Promise<PackageParts[]> {
  const ids = datasets.map((dataset) => dataset.id);
  const [owners, files, versions] = await Promise.all([
    services.agencies.findByIds([...new Set(datasets.map((dataset) => dataset.ownerAgencyId))]),
    services.catalog.distributionsOf(ids),
    services.datastore.versionsOf(ids),
  ]);
  const ownerById = new Map(owners.map((agency) => [agency.id, agency]));
  return datasets.map((dataset) => {
    const made = versions.get(dataset.id) ?? [];
    // CKAN is anonymous: a file is shown once it became a version, never while ingesting or failed.
    const versioned = new Set(made.map((version) => version.distributionId));
    return {
      owner: ownerById.get(dataset.ownerAgencyId) ?? null,
      files: (files.get(dataset.id) ?? []).filter((file) => versioned.has(file.id)),
      hasRows: made.length > 0,
    };
  });
}

async function viewerOrRefuse(request: FastifyRequest, deps: RouteDependencies): Promise<Viewer> {
  const viewer = await viewerOf(request, deps, deps.services());
  if (!viewer) throw new UnauthenticatedError('Mã đăng nhập không hợp lệ hoặc đã hết hạn (invalid or expired token)');
  return viewer;
}

/** A dataset id (the datastore resource's id in package_show) or a slug. */
async function slugOf(resourceId: string, findByIds: (ids: string[]) => Promise<{ slug: string }[]>): Promise<string> {
  if (!uuid.test(resourceId)) return resourceId;
  const [dataset] = await findByIds([resourceId]);
  if (!dataset) throw new NotFoundError('Not found: Resource was not found.');
  return dataset.slug;
}

/** `filters={"column": value | [values]}`: equality, or one of several values. */
function filtersOf(text: string | undefined): RowFilter[] {
  if (!text) return [];
  const parsed = json(text, 'filters');
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalid('filters', 'một đối tượng JSON (a JSON object)');
  return Object.entries(parsed).map(([column, value]) => (Array.isArray(value) ? { column, in: value } : { column, eq: value }));
}

/** `q={"column": "text"}`: accent- and case-insensitive substring per column. A bare full-text q is not supported. */
function textSearchOf(text: string | undefined): RowFilter[] {
  if (!text) return [];
  const parsed = text.trim().startsWith('{') ? json(text, 'q') : null;
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalid(
      'q',
      'tìm theo cột dạng {"cột": "chữ"}; chưa hỗ trợ tìm toàn văn (give {"column": "text"}; full-text q is not supported)',
    );
  }
  return Object.entries(parsed).map(([column, value]) => ({ column, contains: String(value) }));
}

/** `fq=organization:<province>-<agency>`, the only facet query the hub answers. */
async function organizationFilter(
  fq: string | undefined,
  findAgency: (province: string, code: string) => Promise<{ code: string; provinceCode: string } | null>,
): Promise<DatasetListing['filter']> {
  if (!fq?.trim()) return null;
  const match = /^\+?organization:"?([a-z0-9_]+)-([a-z0-9_.-]+)"?$/i.exec(fq.trim());
  if (!match) throw invalid('fq', 'chỉ hỗ trợ organization:<tên> (only organization:<name> is supported)');
  const agency = await findAgency(match[1], match[2]);
  // An unknown organisation matches nothing, as in CKAN.
  return { provinceCodes: [match[1]], ownerCodes: [agency?.code ?? `${match[2]}\u0000`] };
}

/**
 * The catalogue orders newest registration first, or by relevance when searching. CKAN's
 * default `score desc, metadata_modified desc` and `metadata_modified desc` are served in that
 * order (registration time stands in for modification time); other sorts are refused.
 */
function sortOf(sort: string | undefined, searching: boolean): DatasetListing['sort'] {
  const normalised = (sort ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (normalised === '' || normalised.startsWith('score desc')) return searching ? 'RELEVANCE' : 'NEWEST';
  if (normalised === 'metadata_modified desc' || normalised === 'metadata_created desc') return 'NEWEST';
  throw invalid('sort', 'hỗ trợ "score desc", "metadata_modified desc", "metadata_created desc" (supported sorts)');
}

function required(query: Query, name: string): string {
  const value = query[name]?.trim();
  if (!value) throw invalid(name, 'Missing value');
  return value;
}

function integer(query: Query, name: string, fallback: number, min: number, max: number): number {
  const text = query[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw invalid(name, `số nguyên từ ${min} đến ${max} (an integer from ${min} to ${max})`);
  return value;
}

function json(text: string, field: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw invalid(field, 'không phải JSON (not JSON)');
  }
}

function invalid(field: string, message: string): InputError {
  return new InputError([{ field, message }]);
}

/** `{ help, success: false, error: { __type, message } }` with CKAN's status; validation errors name their fields. */
function sendError(reply: FastifyReply, help: string, error: unknown): FastifyReply {
  if (!(error instanceof DomainError)) throw error;
  const [status, type] = errorTypes[error.code] ?? [403, 'Authorization Error'];
  const fields = error instanceof InputError ? Object.fromEntries(error.problems.map((problem) => [problem.field, [problem.message]])) : {};
  return reply.status(status).send({ help, success: false, error: { __type: type, message: error.message, ...fields } });
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a test states about one package; the rest of CKAN's package shape is filled in. */
export interface PackageSpec {
  id: string;
  name: string;
  title: string;
  notes?: string;
  modified: string;
  state?: 'active' | 'deleted';
  organization?: { name: string; title: string };
  tags?: string[];
  csvUrl?: string;
  extras?: Record<string, string>;
}

/** A CKAN 2.10 package as package_show / package_search return it (fields as CKAN writes them). */
function packageOf(spec: PackageSpec) {
  const organization = spec.organization ?? { name: 'so-tttt-binh-thuan', title: 'Sở Thông tin và Truyền thông Bình Thuận' };
  return {
    author: null,
    author_email: null,
    creator_user_id: '6c7b1bb5-3a0c-4b5e-8f34-4d1e9fd3d0a1',
    id: spec.id,
    isopen: true,
    license_id: 'cc-by',
    license_title: 'Creative Commons Attribution',
    license_url: 'http://www.opendefinition.org/licenses/cc-by',
    maintainer: null,
    maintainer_email: null,
    metadata_created: '2024-01-15T02:00:00.000000',
    metadata_modified: spec.modified,
    name: spec.name,
    notes: spec.notes ?? '',
    num_resources: spec.csvUrl ? 1 : 0,
    num_tags: spec.tags?.length ?? 0,
    organization: {
      id: `org-${organization.name}`,
      name: organization.name,
      title: organization.title,
      type: 'organization',
      description: '',
      image_url: '',
      created: '2023-12-01T01:00:00.000000',
      is_organization: true,
      approval_status: 'approved',
      state: 'active',
    },
    owner_org: `org-${organization.name}`,
    private: false,
    state: spec.state ?? 'active',
    title: spec.title,
    type: 'dataset',
    url: '',
    version: null,
    extras: Object.entries(spec.extras ?? {}).map(([key, value]) => ({ key, value })),
    groups: [],
    resources: spec.csvUrl
      ? [
          {
            cache_last_updated: null,
            cache_url: null,
            created: '2024-01-15T02:00:00.000000',
            datastore_active: false,
            description: '',
            format: 'CSV',
            hash: '',
            id: `res-${spec.id}`,
            last_modified: null,
            metadata_modified: spec.modified,
            mimetype: 'text/csv',
            mimetype_inner: null,
            name: `${spec.name}.csv`,
            package_id: spec.id,
            position: 0,
            resource_type: null,
            size: null,
            state: 'active',
            url: spec.csvUrl,
            url_type: null,
          },
        ]
      : [],
    tags: (spec.tags ?? []).map((tag) => ({ display_name: tag, id: `tag-${tag}`, name: tag, state: 'active', vocabulary_id: null })),
    relationships_as_object: [],
    relationships_as_subject: [],
  };
}

export interface CkanFixture {
  url: string;
  packages: PackageSpec[];
  /** Every package_search query string received, to check paging and incremental reads. */
  requests: URLSearchParams[];
  close(): Promise<void>;
}

const help = (action: string) => `https://ckan.example/api/3/action/help_show?name=${action}`;
const utc = (timestamp: string) => (timestamp.endsWith('Z') ? timestamp : `${timestamp}Z`);

/**
 * A CKAN portal's package_search as the Action API answers it: rows/start paging, sort by
 * metadata_modified, `fq=metadata_modified:[X TO *]`, and deleted packages only with
 * include_deleted=true; at most `rowsMax` (2) rows a page. Anything else gets CKAN's own error shape.
 */
export async function startCkanFixture(packages: PackageSpec[], options: { rowsMax?: number } = {}): Promise<CkanFixture> {
  const requests: URLSearchParams[] = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fixture');
    const send = (status: number, body: object) => {
      response.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname !== '/api/3/action/package_search') {
      return send(404, { help: help('package_search'), success: false, error: { __type: 'Not Found Error', message: 'Not found' } });
    }
    requests.push(url.searchParams);
    // ckan.search.rows_max is 2 unless stated, so any harvest of this portal takes several pages.
    const rows = Math.min(Number(url.searchParams.get('rows') ?? 10), options.rowsMax ?? 2);
    const start = Number(url.searchParams.get('start') ?? 0);
    const fq = url.searchParams.get('fq');
    const since = fq ? /^metadata_modified:\[(\S+) TO \*\]$/.exec(fq)?.[1] : undefined;
    if (fq && !since)
      return send(409, {
        help: help('package_search'),
        success: false,
        error: { __type: 'Search Query Error', message: `Invalid fq: ${fq}` },
      });
    const includeDeleted = url.searchParams.get('include_deleted') === 'true';
    const matching = packages
      .filter((spec) => (spec.state ?? 'active') === 'active' || includeDeleted)
      .filter((spec) => !since || Date.parse(utc(spec.modified)) >= Date.parse(since))
      .sort((a, b) => a.modified.localeCompare(b.modified));
    send(200, {
      help: help('package_search'),
      success: true,
      result: {
        count: matching.length,
        facets: {},
        results: matching.slice(start, start + rows).map(packageOf),
        sort: url.searchParams.get('sort') ?? 'score desc, metadata_modified desc',
        search_facets: {},
      },
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    packages,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

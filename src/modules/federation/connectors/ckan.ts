import type { HarvestSource } from '../entities';
import { SourceError } from './http';
import type { Connector, HarvestItem, RemoteRecord } from './types';

const rows = 100;

/** The parts of a CKAN package (Action API, package_show / package_search) the hub reads. */
interface CkanPackage {
  id?: string;
  name?: string;
  title?: string;
  notes?: string | null;
  state?: string;
  metadata_modified?: string;
  license_id?: string | null;
  organization?: { name?: string; title?: string } | null;
  tags?: { name: string }[];
  resources?: { url?: string; format?: string; mimetype?: string | null }[];
  extras?: { key: string; value: string }[];
}

interface CkanResponse {
  success: boolean;
  result?: { count: number; results: CkanPackage[] };
  error?: { message?: string };
}

/**
 * A CKAN portal through its Action API: package_search paged with rows/start, oldest change
 * first. Incremental reads ask only for packages modified since the last watermark, deleted
 * ones included, so a deletion shows without reading the whole portal.
 */
export const ckanConnector: Connector = {
  read(source, { incremental, fetcher }) {
    const since = incremental ? (source.modifiedWatermark ?? null) : null;
    let watermark = source.modifiedWatermark ?? null;
    async function* items(): AsyncIterable<HarvestItem> {
      const root = source.url.replace(/\/+$/, '');
      for (let start = 0; ;) {
        const params = new URLSearchParams({ rows: String(rows), start: String(start), sort: 'metadata_modified asc' });
        if (since) {
          params.set('fq', `metadata_modified:[${solrDate(since)} TO *]`);
          params.set('include_deleted', 'true');
        }
        const page = await fetcher.json<CkanResponse>(`${root}/api/3/action/package_search?${params}`, source.timeoutMs);
        if (!page.success || !page.result) throw new SourceError(`CKAN trả lỗi (CKAN error: ${page.error?.message ?? 'success=false'})`);
        for (const ckanPackage of page.result.results) {
          if (ckanPackage.metadata_modified && (!watermark || ckanPackage.metadata_modified > watermark))
            watermark = ckanPackage.metadata_modified;
          yield itemOf(root, source, ckanPackage);
        }
        // A portal may cap rows below what was asked (ckan.search.rows_max): advance by what came.
        start += page.result.results.length;
        if (page.result.results.length === 0 || start >= page.result.count) return;
      }
    }
    return { complete: !since, items: items(), watermark: () => watermark };
  },
};

function itemOf(root: string, source: HarvestSource, ckanPackage: CkanPackage): HarvestItem {
  if (!ckanPackage.id) return { failure: { originalId: ckanPackage.name ?? null, reason: 'Thiếu id (package without id)' } };
  if (ckanPackage.state === 'deleted') return { deletedId: ckanPackage.id };
  if (!ckanPackage.title?.trim()) return { failure: { originalId: ckanPackage.id, reason: 'Thiếu tiêu đề (package without title)' } };
  const extra = (key: string) => ckanPackage.extras?.find((entry) => entry.key === key)?.value ?? null;
  const resource =
    ckanPackage.resources?.find((r) => r.format?.toUpperCase() === 'CSV' && r.url) ?? ckanPackage.resources?.find((r) => r.url);
  const record: RemoteRecord = {
    originalId: ckanPackage.id,
    originalUrl: ckanPackage.name ? `${root}/dataset/${encodeURIComponent(ckanPackage.name)}` : null,
    identifier: extra('uri') ?? extra('identifier'),
    title: ckanPackage.title.trim(),
    description: ckanPackage.notes ?? '',
    keywords: (ckanPackage.tags ?? []).map((tag) => tag.name),
    publisher: ckanPackage.organization?.title ?? null,
    provinceCode: extra('province') ?? source.provinceCode ?? null,
    licence: ckanPackage.license_id ?? null,
    downloadUrl: resource?.url ?? null,
    mediaType: resource ? (resource.mimetype ?? mediaTypeOf(resource.format)) : null,
    modifiedAt: ckanPackage.metadata_modified ? new Date(solrDate(ckanPackage.metadata_modified)) : null,
  };
  return { record };
}

/** CKAN writes UTC timestamps without a zone; Solr and Date want one. */
function solrDate(timestamp: string): string {
  return /[zZ]|[+-]\d\d:?\d\d$/.test(timestamp) ? timestamp : `${timestamp}Z`;
}

function mediaTypeOf(format: string | undefined): string | null {
  const known: Record<string, string> = {
    CSV: 'text/csv',
    JSON: 'application/json',
    XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  };
  return format ? (known[format.toUpperCase()] ?? null) : null;
}

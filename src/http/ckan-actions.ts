import type { Agency } from '../modules/agencies/service';
import type { Dataset, PackageQuery } from '../modules/catalog/service';
import type { Services } from '../services';
import { NotFoundError } from '../shared/errors';
import { anonymous, type Viewer } from '../shared/viewer';
import { invalid, type CkanParams } from './ckan-envelope';
import { facetDicts, organizationDict, organizationName, packageDict, resourceDicts, type PackageParts } from './ckan-dicts';
import { facetFieldOf, maxSearchRows, packageQueryOf } from './ckan-search-query';

/** What an action gets: its parameters, the caller (read only when needed: a bare call needs no token), one unit of work. */
export interface CkanCall {
  params: CkanParams;
  viewer(): Promise<Viewer>;
  services: Services;
  signal: AbortSignal;
  publicUrl: string;
}

export interface CkanAction {
  /** help_show's answer. */
  help: string;
  run(call: CkanCall): Promise<unknown>;
}

/** The CKAN release whose Action API this one follows; clients read it from status_show. */
export const ckanVersion = '2.10.5';

/** Ids are UUIDs; anything else names a package by its slug. */
export const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The catalogue's actions (CKAN 2.10 `ckan/logic/action/get.py`). Open data to anyone; a
 * private dataset (not yet published, or not PUBLIC) only to a caller whose catalogue shows
 * it, and in package_search only with include_private=true, as in CKAN.
 */
export const catalogActions: Record<string, CkanAction> = {
  status_show: {
    help: 'The site and its CKAN API version.',
    run: async ({ publicUrl }) => ({
      site_title: 'Cổng dữ liệu mở (provincial data hub)',
      site_description: 'Kho dữ liệu dùng chung và dữ liệu mở của tỉnh (provincial data-sharing hub)',
      site_url: publicUrl,
      ckan_version: ckanVersion,
      error_emails_to: null,
      locale_default: 'vi',
      extensions: ['datastore'],
    }),
  },

  package_list: {
    help: 'Names of every public dataset, by name; limit and offset page them.',
    run: ({ params, services }) =>
      services.catalog.openDatasetSlugs(params.integer('offset', 0, 0), params.integer('limit', Number.MAX_SAFE_INTEGER, 0)),
  },

  package_show: {
    help: 'One dataset by id or name, with its organization, resources, tags and extras.',
    run: async ({ params, services, viewer, publicUrl }) => {
      const found = await datasetByIdOrName(services, await viewer(), params.required('id'));
      if (!found) throw new NotFoundError('Not found');
      const [parts] = await packageParts(services, [found]);
      return packageDict(found, parts, publicUrl);
    },
  },

  package_search: {
    help: 'Datasets matching q and fq (words, "phrases", field:value, date ranges), sorted, paged by rows and start, with facets.',
    run: async ({ params, services, viewer, publicUrl }) => {
      const { facetNames, ...query } = packageQueryOf(params);
      const found = await services.catalog.searchPackages(query.includePrivate ? await viewer() : anonymous, query);
      const parts = await packageParts(services, found.datasets);
      const counts = Object.fromEntries(
        facetNames.map((name) => {
          const field = facetFieldOf(name);
          return [name, field ? (found.facets[field] ?? []) : []];
        }),
      );
      return {
        count: found.count,
        sort: params.text('sort') ?? 'score desc, metadata_modified desc',
        ...facetDicts(counts),
        results: found.datasets.map((dataset, index) => packageDict(dataset, parts[index], publicUrl)),
      };
    },
  },

  current_package_list_with_resources: {
    help: 'Public datasets with their resources, most recently modified first; limit and offset page them.',
    run: async ({ params, services, publicUrl }) => {
      const found = await services.catalog.searchPackages(anonymous, {
        ...everyPublicPackage,
        sort: [{ key: 'modified', descending: true }],
        offset: params.integer('offset', 0, 0),
        limit: params.integer('limit', 10, 0, maxSearchRows),
      });
      const parts = await packageParts(services, found.datasets);
      return found.datasets.map((dataset, index) => packageDict(dataset, parts[index], publicUrl));
    },
  },

  resource_show: {
    help: 'One resource by id: a dataset’s datastore (the dataset’s id) or one of its files.',
    run: async ({ params, services, viewer, publicUrl }) => {
      const id = params.required('id');
      const shownTo = await viewer();
      const byFile = uuid.test(id) ? await services.catalog.findVisibleDistribution(shownTo, id) : null;
      const dataset = byFile?.dataset ?? (uuid.test(id) ? await services.catalog.findVisibleById(shownTo, id) : null);
      const [parts] = dataset ? await packageParts(services, [dataset]) : [];
      const resource = dataset && parts ? resourceDicts(dataset, parts, publicUrl).find((shown) => shown.id === id) : undefined;
      if (!resource) throw new NotFoundError('Not found: Resource was not found.');
      return resource;
    },
  },

  organization_list: {
    help: 'Every agency as an organization, named <province>-<code>; all_fields=true for whole dicts.',
    run: async ({ params, services }) => {
      const agencies = sortedAgencies(await services.agencies.list(), params.text('sort'));
      const offset = params.integer('offset', 0, 0);
      const page = agencies.slice(offset, offset + params.integer('limit', 1000, 0));
      return params.boolean('all_fields', false) ? page.map(organizationDict) : page.map(organizationName);
    },
  },

  organization_show: {
    help: 'One agency by id or <province>-<code>, with its count of public datasets (and them, with include_datasets=true).',
    run: async ({ params, services, publicUrl }) => {
      const id = params.required('id');
      const agency = (await services.agencies.list()).find((candidate) => candidate.id === id || organizationName(candidate) === id);
      if (!agency) throw new NotFoundError('Not found');
      const withDatasets = params.boolean('include_datasets', false);
      const found = await services.catalog.searchPackages(anonymous, {
        ...everyPublicPackage,
        clauses: [{ field: 'owner', value: agency.id }],
        limit: withDatasets ? maxSearchRows : 0,
      });
      const parts = await packageParts(services, found.datasets);
      return {
        ...organizationDict(agency),
        package_count: found.count,
        ...(withDatasets ? { packages: found.datasets.map((dataset, index) => packageDict(dataset, parts[index], publicUrl)) } : {}),
      };
    },
  },

  tag_list: {
    help: 'The keywords of public datasets as tags; query keeps those containing it; all_fields=true for dicts.',
    run: async ({ params, services }) => {
      const found = await services.catalog.searchPackages(anonymous, { ...everyPublicPackage, facets: ['keyword'], facetLimit: null });
      const query = params.text('query')?.toLowerCase();
      const names = (found.facets.keyword ?? [])
        .map((tag) => tag.value)
        .filter((name) => !query || name.toLowerCase().includes(query))
        .sort((a, b) => a.localeCompare(b, 'vi'));
      return params.boolean('all_fields', false) ? names.map((name) => ({ name, display_name: name, vocabulary_id: null })) : names;
    },
  },
};

const everyPublicPackage: PackageQuery = {
  clauses: [],
  includePrivate: false,
  sort: [{ key: 'slug', descending: false }],
  offset: 0,
  limit: 0,
  facets: [],
  facetLimit: 0,
};

function sortedAgencies(agencies: Agency[], sort: string | undefined): Agency[] {
  const [field = 'name', direction = 'asc'] = (sort ?? '').trim().split(/\s+/).filter(Boolean);
  const keyOf = { name: organizationName, title: (agency: Agency) => agency.name }[field];
  if (!keyOf || !['asc', 'desc'].includes(direction)) throw invalid('sort', 'name hoặc title, asc hoặc desc (name or title, asc or desc)');
  const sorted = [...agencies].sort((a, b) => keyOf(a).localeCompare(keyOf(b), 'vi'));
  return direction === 'desc' ? sorted.reverse() : sorted;
}

async function datasetByIdOrName(services: Services, viewer: Viewer, id: string): Promise<Dataset | null> {
  return uuid.test(id) ? services.catalog.findVisibleById(viewer, id) : services.catalog.findBySlug(viewer, id);
}

/** Owners, files and versions of a page of datasets: three statements whatever its size. */
export async function packageParts(services: Services, datasets: readonly Dataset[]): Promise<PackageParts[]> {
  const ids = datasets.map((dataset) => dataset.id);
  const [owners, files, versions] = await Promise.all([
    services.agencies.findByIds([...new Set(datasets.map((dataset) => dataset.ownerAgencyId))]),
    services.trusted.catalog.distributionsOf(ids),
    services.datastore.versionsOf(ids),
  ]);
  const ownerById = new Map(owners.map((agency) => [agency.id, agency]));
  return datasets.map((dataset) => {
    const made = versions.get(dataset.id) ?? [];
    // A file is shown once it became a version, never while ingesting or failed.
    const versioned = new Set(made.map((version) => version.distributionId));
    return {
      owner: ownerById.get(dataset.ownerAgencyId) ?? null,
      files: (files.get(dataset.id) ?? []).filter((file) => versioned.has(file.id)),
      hasRows: made.length > 0,
    };
  });
}

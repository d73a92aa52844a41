import type { Agency } from '../modules/agencies/service';
import { formatOf, type Dataset, type Distribution, type LabelledCount } from '../modules/catalog/service';
import { HubIris } from '../modules/opendata/service';
import type { RowColumn } from '../modules/datastore/rows/service';

/**
 * CKAN 2.x action API shapes (package, resource, organization, datastore field) built from the
 * hub's catalogue, so CKAN clients and harvesters read the hub unchanged.
 */

/** CKAN organisations are named globally; agency codes repeat across provinces (every province has a sotttt). */
export function organizationName(agency: Pick<Agency, 'provinceCode' | 'code'>): string {
  return `${agency.provinceCode}-${agency.code}`;
}

export function organizationDict(agency: Agency) {
  return {
    id: agency.id,
    name: organizationName(agency),
    title: agency.name,
    display_name: agency.name,
    description: agency.nameEn ?? '',
    type: 'organization',
    is_organization: true,
    state: 'active',
    approval_status: 'approved',
  };
}

/** The datastore resource of a dataset: its id is the dataset's, and datastore_search takes it (or the slug). */
function datastoreResource(dataset: Dataset, publicUrl: string) {
  return {
    id: dataset.id,
    package_id: dataset.id,
    name: `${dataset.title} (datastore)`,
    url: `${publicUrl}/datasets/${dataset.slug}/download`,
    format: 'CSV',
    mimetype: 'text/csv',
    datastore_active: true,
    created: dataset.createdAt.toISOString(),
    state: 'active',
  };
}

function fileResource(dataset: Dataset, file: Distribution, publicUrl: string) {
  return {
    id: file.id,
    package_id: dataset.id,
    name: file.originalName,
    url: `${publicUrl}/datasets/${dataset.slug}/download/original`,
    format: formatOf(file.mediaType),
    mimetype: file.mediaType,
    size: file.byteSize,
    hash: `sha256:${file.sha256}`,
    datastore_active: false,
    created: file.createdAt.toISOString(),
    state: 'active',
  };
}

/** What a package shows besides the dataset: its owner, its files, and whether rows were ingested (a datastore). */
export interface PackageParts {
  owner: Agency | null;
  files: readonly Distribution[];
  hasRows: boolean;
}

/** The resources of a package: the datastore (when rows were ingested), then the files, with CKAN's positions. */
export function resourceDicts(dataset: Dataset, { files, hasRows }: PackageParts, publicUrl: string) {
  const resources = [
    ...(hasRows ? [datastoreResource(dataset, publicUrl)] : []),
    ...files.map((file) => fileResource(dataset, file, publicUrl)),
  ];
  return resources.map((resource, position) => ({ ...resource, position, description: '', last_modified: null, resource_type: null }));
}

/** A keyword as a CKAN tag (free tags have no vocabulary). */
function tagDict(keyword: string) {
  return { name: keyword, display_name: keyword, state: 'active', vocabulary_id: null };
}

export function packageDict(dataset: Dataset, parts: PackageParts, publicUrl: string) {
  const { owner } = parts;
  const resources = resourceDicts(dataset, parts, publicUrl);
  // DCAT-aware harvesters (ckanext-dcat) keep a dataset's identity by these extras.
  const iri = new HubIris(publicUrl).dataset(dataset.slug).value;
  return {
    id: dataset.id,
    name: dataset.slug,
    title: dataset.title,
    notes: dataset.description,
    type: 'dataset',
    state: 'active',
    private: !(dataset.publishedAt && dataset.accessLevel === 'PUBLIC'),
    license_id: dataset.licence,
    license_title: dataset.licence,
    metadata_created: dataset.createdAt.toISOString(),
    metadata_modified: dataset.updatedAt.toISOString(),
    maintainer: dataset.contactName ?? null,
    maintainer_email: dataset.contactEmail ?? null,
    owner_org: owner?.id ?? null,
    organization: owner ? organizationDict(owner) : null,
    num_resources: resources.length,
    resources,
    tags: dataset.keywords.map(tagDict),
    num_tags: dataset.keywords.length,
    groups: [],
    extras: [
      { key: 'access_level', value: dataset.accessLevel },
      { key: 'category', value: dataset.category },
      { key: 'identifier', value: iri },
      { key: 'province', value: dataset.provinceCode },
      { key: 'uri', value: iri },
    ],
    url: `${publicUrl}/datasets/${dataset.slug}`,
  };
}

/** Table Schema types as the DataStore names them. */
const datastoreTypes: Record<string, string> = {
  string: 'text',
  integer: 'int',
  number: 'numeric',
  boolean: 'bool',
  date: 'date',
  datetime: 'timestamp',
  time: 'time',
};

export function datastoreField(column: RowColumn) {
  return { id: column.name, type: datastoreTypes[column.type] ?? 'text' };
}

/** CKAN's two shapes of facet counts: `facets: { tags: { x: 3 } }` and `search_facets: { tags: { title, items } }`. */
export function facetDicts(counts: Record<string, readonly LabelledCount[]>) {
  const entries = Object.entries(counts);
  return {
    facets: Object.fromEntries(entries.map(([name, items]) => [name, Object.fromEntries(items.map((item) => [item.value, item.count]))])),
    search_facets: Object.fromEntries(
      entries.map(([name, items]) => [
        name,
        { title: name, items: items.map((item) => ({ name: item.value, display_name: item.label, count: item.count })) },
      ]),
    ),
  };
}

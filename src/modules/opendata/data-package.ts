import type { Agency } from '../agencies/service';
import type { Dataset, Distribution } from '../catalog/service';

const licenceUrls: Record<string, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'ODC-BY-1.0': 'https://opendatacommons.org/licenses/by/1-0/',
};

/** A Frictionless Data Package 2.0 descriptor of a published dataset and its latest CSV. */
export function dataPackageOf(
  dataset: Dataset,
  owner: Agency,
  distribution: Distribution,
  tableSchema: Record<string, unknown> | null,
  publicUrl: string,
): Record<string, unknown> {
  const datasetUrl = `${publicUrl}/datasets/${dataset.slug}`;
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: dataset.slug,
    id: datasetUrl,
    title: dataset.title,
    description: dataset.description,
    homepage: datasetUrl,
    version: String(dataset.updatedAt.toISOString()),
    created: dataset.createdAt.toISOString(),
    keywords: dataset.keywords,
    licenses: [{ name: dataset.licence, ...(licenceUrls[dataset.licence] ? { path: licenceUrls[dataset.licence] } : {}) }],
    sources: [{ title: owner.name, ...(dataset.source ? { version: dataset.source } : {}) }],
    contributors: [{ title: owner.name, roles: ['publisher'] }],
    resources: [
      {
        name: dataset.slug,
        type: 'table',
        path: `${datasetUrl}/download`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: distribution.byteSize,
        hash: `sha256:${distribution.sha256}`,
        ...(tableSchema ? { schema: tableSchema } : {}),
      },
    ],
  };
}

import type { Dataset } from '../catalog/service';
import { licenceUrlOf } from './dcat/licences';

/**
 * How search engines and feed readers find open data (issue 21): robots.txt, a sitemap, an Atom
 * feed of datasets as they change, and schema.org `Dataset` JSON-LD on each dataset's page (what
 * dataset search engines index). Only open data is ever named here.
 */

/** A dataset as the feed and the JSON-LD describe it: the dataset and its owner's name. */
export interface DescribedDataset {
  dataset: Dataset;
  ownerName: string;
}

/** Portal pages of officials and citizens are no business of crawlers; open data is. */
export function robotsTxt(publicUrl: string): string {
  return [
    'User-agent: *',
    'Disallow: /desk',
    'Disallow: /my',
    'Disallow: /sign-in',
    'Disallow: /graphql',
    'Allow: /',
    '',
    `Sitemap: ${publicUrl}/sitemap.xml`,
    '',
  ].join('\n');
}

/** The sitemap protocol's limit for one file. */
export const sitemapLimit = 50_000;

/** The home and search pages, then every open dataset's page with when it last changed. */
export function sitemapXml(publicUrl: string, datasets: readonly Pick<Dataset, 'slug' | 'updatedAt'>[]): string {
  const url = (path: string, lastModified?: Date) =>
    `  <url><loc>${xml(publicUrl + path)}</loc>${lastModified ? `<lastmod>${lastModified.toISOString()}</lastmod>` : ''}</url>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    url('/'),
    url('/search'),
    ...datasets.map((dataset) => url(datasetPath(dataset.slug), dataset.updatedAt)),
    '</urlset>',
    '',
  ].join('\n');
}

/** RFC 4287: the open datasets that changed last, newest first. */
export function atomFeed(publicUrl: string, title: string, entries: readonly DescribedDataset[]): string {
  const feedUrl = `${publicUrl}/feeds/datasets.atom`;
  const updated = entries[0]?.dataset.updatedAt ?? new Date(0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <id>${xml(feedUrl)}</id>`,
    `  <title>${xml(title)}</title>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${publicUrl}/`)}"/>`,
    ...entries.map(({ dataset, ownerName }) => {
      const page = publicUrl + datasetPath(dataset.slug);
      return [
        '  <entry>',
        `    <id>${xml(page)}</id>`,
        `    <title>${xml(dataset.title)}</title>`,
        `    <updated>${dataset.updatedAt.toISOString()}</updated>`,
        ...(dataset.publishedAt ? [`    <published>${dataset.publishedAt.toISOString()}</published>`] : []),
        `    <author><name>${xml(ownerName)}</name></author>`,
        `    <link rel="alternate" type="text/html" href="${xml(page)}"/>`,
        `    <link rel="enclosure" type="text/csv" href="${xml(`${page}/download`)}"/>`,
        `    <summary>${xml(dataset.description)}</summary>`,
        '  </entry>',
      ].join('\n');
    }),
    '</feed>',
    '',
  ].join('\n');
}

/** schema.org `Dataset`, as Google's dataset search reads it, for an open dataset's page. */
export function datasetJsonLd(publicUrl: string, { dataset, ownerName }: DescribedDataset, hasCsv: boolean): Record<string, unknown> {
  const page = publicUrl + datasetPath(dataset.slug);
  const owner = { '@type': 'GovernmentOrganization', name: ownerName };
  const temporal = dataset.temporalFrom || dataset.temporalTo ? `${dataset.temporalFrom ?? '..'}/${dataset.temporalTo ?? '..'}` : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: dataset.title,
    ...(dataset.titleEn ? { alternateName: dataset.titleEn } : {}),
    description: dataset.description,
    url: page,
    identifier: page,
    inLanguage: 'vi',
    keywords: dataset.keywords,
    license: licenceUrlOf(dataset.licence) ?? dataset.licence,
    // 002 §20.1g: using open data is free.
    isAccessibleForFree: true,
    creator: owner,
    publisher: owner,
    ...(dataset.publishedAt ? { datePublished: dataset.publishedAt.toISOString().slice(0, 10) } : {}),
    dateModified: dataset.updatedAt.toISOString(),
    ...(temporal ? { temporalCoverage: temporal } : {}),
    ...(dataset.spatialCoverage.length ? { spatialCoverage: dataset.spatialCoverage.map((name) => ({ '@type': 'Place', name })) } : {}),
    ...(hasCsv ? { distribution: [{ '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: `${page}/download` }] } : {}),
  };
}

/** JSON inside a <script> element: `<` escaped, so no value can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

const datasetPath = (slug: string) => `/datasets/${encodeURIComponent(slug)}`;

/** Text for XML 1.0: markup escaped, and the control characters XML cannot carry dropped. */
function xml(text: string): string {
  return text.replace(notXmlCharacters, '').replace(/[<>&"']/g, (character) => xmlEntities[character]);
}

// eslint-disable-next-line no-control-regex
const notXmlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const xmlEntities: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' };

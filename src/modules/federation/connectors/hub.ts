import type { HarvestSource } from '../entities';
import { SourceError, type SourceFetcher } from './http';
import type { Connector, HarvestItem } from './types';

const pageSize = 100;
const query = `query Harvest($first: Int!, $after: String) {
  datasets(first: $first, after: $after, filter: { accessLevels: [PUBLIC] }) {
    edges { node { id slug title description keywords licence provinceCode updatedAt downloadPath owner { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface HubDataset {
  id: string;
  slug: string;
  title: string;
  description: string;
  keywords: string[];
  licence: string;
  provinceCode: string;
  updatedAt: string;
  downloadPath: string | null;
  owner: { name: string } | null;
}

interface HarvestPage {
  data?: { datasets: { edges: { node: HubDataset }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
  errors?: { message: string }[];
}

/**
 * Another hub, read anonymously over GraphQL: exactly its open data (PUBLIC only: a hub also
 * shows anyone the metadata of restricted datasets its DIC made public, which are not open data). Identifiers are the IRIs
 * its DCAT catalogue gives the same datasets, so both roads to one dataset meet.
 */
export const hubConnector: Connector = {
  read(source, { fetcher }) {
    return { complete: true, items: readHub(source, fetcher), watermark: () => null };
  },
};

async function* readHub(source: HarvestSource, fetcher: SourceFetcher): AsyncIterable<HarvestItem> {
  const base = source.url.replace(/\/graphql\/?$/, '');
  let after: string | null = null;
  do {
    const page: HarvestPage = await fetcher.json<HarvestPage>(source.url, source.timeoutMs, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables: { first: pageSize, after } }),
    });
    if (!page.data)
      throw new SourceError(`Hub nguồn trả lỗi (the hub answered errors: ${page.errors?.map((e) => e.message).join('; ') ?? 'no data'})`);
    for (const { node } of page.data.datasets.edges) {
      const landing = `${base}/datasets/${encodeURIComponent(node.slug)}`;
      yield {
        record: {
          originalId: node.id,
          originalUrl: landing,
          identifier: `${landing}#dataset`,
          title: node.title,
          description: node.description,
          keywords: node.keywords,
          publisher: node.owner?.name ?? null,
          provinceCode: node.provinceCode,
          licence: node.licence,
          downloadUrl: node.downloadPath ? `${base}${node.downloadPath}` : null,
          mediaType: node.downloadPath ? 'text/csv' : null,
          modifiedAt: new Date(node.updatedAt),
        },
      };
    }
    after = page.data.datasets.pageInfo.hasNextPage ? page.data.datasets.pageInfo.endCursor : null;
  } while (after);
}

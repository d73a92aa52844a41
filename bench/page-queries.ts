/**
 * One page of open datasets, asked of each server in its own schema. Both order by
 * (createdAt desc, id desc), the hub's listing order, so both answer the same rows. The page
 * size is a variable, as clients send it: the hub's cost limit multiplies by a literal
 * `first` only, and refuses this query written with `first: 100`.
 */
export const hubPageQuery = `query Page($first: Int!) { datasets(first: $first) { edges { node { slug title publishedAt owner { code name } distributions { sha256 byteSize mediaType } } } } }`;

/**
 * The hub lists published PUBLIC datasets to anonymous users. PostGraphile's conditions are
 * equalities only, so it filters on accessLevel alone: the same rows here, because every
 * PUBLIC dataset of the benchmark is published (checked row by row before measuring).
 */
export const postGraphilePageQuery = `query Page($first: Int!) { allDatasets(first: $first, orderBy: [CREATED_AT_DESC, ID_DESC], condition: { accessLevel: "PUBLIC" }) { nodes { slug title publishedAt agencyByOwnerAgencyId { code name } distributionsByDatasetId(orderBy: [CREATED_AT_DESC, ID_DESC]) { nodes { sha256 byteSize mediaType } } } } }`;

/** A dataset as both servers report it, with their different scalar encodings evened out. */
export interface PageRow {
  slug: string;
  title: string;
  publishedAt: number;
  owner: string;
  distributions: string[];
}

export function pageRequestBody(query: string, first: number): string {
  return JSON.stringify({ query, variables: { first } });
}

interface DistributionFields {
  sha256: string;
  byteSize: number | string;
  mediaType: string;
}

interface HubPage {
  datasets: {
    edges: {
      node: {
        slug: string;
        title: string;
        publishedAt: string;
        owner: { code: string; name: string };
        distributions: DistributionFields[];
      };
    }[];
  };
}

interface PostGraphilePage {
  allDatasets: {
    nodes: {
      slug: string;
      title: string;
      publishedAt: string;
      agencyByOwnerAgencyId: { code: string; name: string };
      distributionsByDatasetId: { nodes: DistributionFields[] };
    }[];
  };
}

export function hubRows(data: unknown): PageRow[] {
  return (data as HubPage).datasets.edges.map(({ node }) => ({
    slug: node.slug,
    title: node.title,
    publishedAt: Date.parse(node.publishedAt),
    owner: `${node.owner.code} ${node.owner.name}`,
    distributions: node.distributions.map(distributionKey),
  }));
}

export function postGraphileRows(data: unknown): PageRow[] {
  return (data as PostGraphilePage).allDatasets.nodes.map((node) => ({
    slug: node.slug,
    title: node.title,
    publishedAt: Date.parse(node.publishedAt),
    owner: `${node.agencyByOwnerAgencyId.code} ${node.agencyByOwnerAgencyId.name}`,
    distributions: node.distributionsByDatasetId.nodes.map(distributionKey),
  }));
}

// PostGraphile encodes bigint as a string, the hub as a number.
function distributionKey(distribution: DistributionFields): string {
  return `${distribution.sha256} ${Number(distribution.byteSize)} ${distribution.mediaType}`;
}

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { approveBySampleCouncil } from '../../bench/sample-council';

/** Harvest tests' common parts: hubs on real ports, open datasets, and a national hub's DIC desk. */

export async function freePort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A provincial hub on a real port, its public URL being that address (so its DCAT IRIs resolve). */
export async function startProvincialHub(): Promise<{ hub: TestHub; url: string }> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const hub = await startTestHub({ seed: true, env: { HUB_PUBLIC_URL: url } });
  await hub.hub.http.listen({ port, host: '127.0.0.1' });
  return { hub, url };
}

export async function openDataset(t: TestHub, spec: { province: string; owner: string; slug: string; title: string; keywords?: string[] }) {
  const { catalog } = t.hub.services().trusted;
  const dataset = await catalog.upsertFromCatalog({
    provinceCode: spec.province,
    ownerCode: spec.owner,
    slug: spec.slug,
    title: spec.title,
    description: `${spec.title}: dữ liệu mở.`,
    category: 'SECTORAL',
    accessLevel: 'PUBLIC',
    licence: 'CC-BY-4.0',
    keywords: spec.keywords ?? [],
  });
  await approveBySampleCouncil(t.hub.services(), dataset.slug);
  await catalog.refreshSearchDocuments();
  return dataset;
}

export interface Run {
  state: string;
  incremental: boolean;
  seen: number;
  created: number;
  updated: number;
  deleted: number;
  failed: number;
  failures: { originalId: string | null; reason: string }[];
  error: string | null;
}

const runFields = 'state incremental seen created updated deleted failed failures { originalId reason } error';

export interface Entry {
  title: string;
  provinceCode: string | null;
  publisher: string | null;
  downloadPath: string | null;
  origin: { sourceName: string; sourceKind: string; originalId: string; originalUrl: string | null } | null;
  otherOrigins: { sourceName: string }[];
}

/** What DIC of the harvesting hub does over GraphQL: register sources, request harvests and wait for them, search. */
export function harvestDesk(national: () => TestHub, dic: () => string) {
  async function gql<T>(query: string, variables: object = {}, token = dic()): Promise<T> {
    const { body } = await national().postGraphQL({ query, variables }, token ? { authorization: `Bearer ${token}` } : {});
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data as T;
  }

  async function register(name: string, kind: string, url: string, extra: object = {}): Promise<string> {
    const data = await gql<{ registerHarvestSource: { source: { id: string } | null; error: unknown } }>(
      `mutation ($input: RegisterHarvestSourceInput!) { registerHarvestSource(input: $input) { source { id } error { code message } } }`,
      { input: { name, kind, url, ...extra } },
    );
    if (!data.registerHarvestSource.source) throw new Error(JSON.stringify(data.registerHarvestSource.error));
    return data.registerHarvestSource.source.id;
  }

  async function requestHarvest(sourceId: string, full = false): Promise<string> {
    const requested = await gql<{ requestHarvest: { run: { id: string } } }>(
      'mutation ($id: ID!, $full: Boolean!) { requestHarvest(sourceId: $id, full: $full) { run { id } error { message } } }',
      { id: sourceId, full },
    );
    return requested.requestHarvest.run.id;
  }

  async function finished(id: string): Promise<Run> {
    for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
      const { harvestRun } = await gql<{ harvestRun: Run }>(`query ($id: ID!) { harvestRun(id: $id) { ${runFields} } }`, { id });
      if (harvestRun.state === 'SUCCEEDED' || harvestRun.state === 'FAILED') return harvestRun;
    }
    throw new Error(`harvest ${id} did not finish`);
  }

  /** Requests a harvest and waits for the worker to finish it. */
  async function harvest(sourceId: string, full = false): Promise<Run> {
    return finished(await requestHarvest(sourceId, full));
  }

  async function search(words: string, provinceCodes?: string[]): Promise<Entry[]> {
    const data = await gql<{ federatedSearch: { edges: { node: Entry }[] } }>(
      `query ($search: String, $provinces: [String!]) { federatedSearch(search: $search, provinceCodes: $provinces, first: 50) {
         edges { node { title provinceCode publisher downloadPath origin { sourceName sourceKind originalId originalUrl } otherOrigins { sourceName } } } } }`,
      { search: words, provinces: provinceCodes ?? null },
      '',
    );
    return data.federatedSearch.edges.map((edge) => edge.node);
  }

  return { gql, register, requestHarvest, finished, harvest, search };
}

import { startTestHub, type TestHub } from '../helpers/test-hub';
import { startCkanFixture, type CkanFixture } from './ckan-fixture';
import { approveBySampleCouncil } from '../../bench/sample-council';

jest.setTimeout(120_000);

let hub: TestHub;
let ckan: CkanFixture;
let dic: string;
let publisher: string;

interface Entry {
  title: string;
  publisher: string | null;
  provinceCode: string | null;
  origin: { originalId: string } | null;
}

async function gql<T>(query: string, variables: object = {}, token = dic): Promise<T> {
  const { body } = await hub.postGraphQL({ query, variables }, token ? { authorization: `Bearer ${token}` } : {});
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

async function search(words: string | null): Promise<{ entries: Entry[]; totalCount: number }> {
  const data = await gql<{ federatedSearch: { totalCount: number; edges: { node: Entry }[] } }>(
    `query ($search: String) { federatedSearch(search: $search, first: 100) {
       totalCount edges { node { title publisher provinceCode origin { originalId } } } } }`,
    { search: words },
    '',
  );
  return { entries: data.federatedSearch.edges.map((edge) => edge.node), totalCount: data.federatedSearch.totalCount };
}

async function openDataset(slug: string, title: string) {
  const { catalog } = hub.hub.services().trusted;
  await catalog.upsertFromCatalog({
    provinceCode: 'ninhthuan',
    ownerCode: 'sotttt',
    slug,
    title,
    description: `${title}: dữ liệu mở.`,
    category: 'SECTORAL',
    accessLevel: 'PUBLIC',
    licence: 'CC-BY-4.0',
    keywords: [],
  });
  await approveBySampleCouncil(hub.hub.services(), slug);
  await catalog.refreshSearchDocuments();
}

async function harvest(sourceId: string): Promise<void> {
  const { requestHarvest } = await gql<{ requestHarvest: { run: { id: string } } }>(
    'mutation ($id: ID!) { requestHarvest(sourceId: $id) { run { id } } }',
    { id: sourceId },
  );
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
    const { harvestRun } = await gql<{ harvestRun: { state: string; error: string | null } }>(
      'query ($id: ID!) { harvestRun(id: $id) { state error } }',
      { id: requestHarvest.run.id },
    );
    if (harvestRun.state === 'SUCCEEDED') return;
    if (harvestRun.state === 'FAILED') throw new Error(harvestRun.error ?? 'harvest failed');
  }
  throw new Error('harvest did not finish');
}

beforeAll(async () => {
  hub = await startTestHub({ seed: true });
  dic = await hub.signIn('ninhthuan', 'thunghiem');
  await openDataset('diem-wifi-cong-cong', 'Điểm wifi công cộng');
  await openDataset('cang-ca', 'Cảng cá Ninh Thuận');
  const { datasets } = await gql<{ datasets: { edges: { node: { owner: { name: string } } }[] } }>(
    'query { datasets(first: 1, search: "cang ca") { edges { node { owner { name } } } } }',
  );
  publisher = datasets.edges[0].node.owner.name;
  const here = (slug: string) => `${hub.config.publicUrl}/datasets/${slug}#dataset`;
  ckan = await startCkanFixture([
    // A portal that harvested this hub keeps its IRI: the same dataset, whatever the title says.
    {
      id: 'a1',
      name: 'wifi-mirror',
      title: 'Wifi công cộng (bản sao)',
      modified: '2024-05-01T00:00:00',
      extras: { uri: here('diem-wifi-cong-cong') },
    },
    // A second copy of the same IRI: hidden too, whichever of the two stands for the pair.
    {
      id: 'a5',
      name: 'wifi-mirror-2',
      title: 'Điểm truy cập wifi',
      modified: '2024-05-01T01:00:00',
      extras: { uri: here('diem-wifi-cong-cong') },
    },
    // Same title and publisher, written without diacritics and in capitals.
    {
      id: 'a2',
      name: 'cang-ca-copy',
      title: 'CANG CA NINH THUAN',
      modified: '2024-05-02T00:00:00',
      organization: {
        name: 'so-tttt',
        title: publisher
          .toUpperCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/Đ/g, 'D'),
      },
      extras: { province: 'ninhthuan' },
    },
    // Same title, another publisher: another dataset.
    {
      id: 'a3',
      name: 'cang-ca-nong-nghiep',
      title: 'Cảng cá Ninh Thuận',
      modified: '2024-05-03T00:00:00',
      organization: { name: 'so-nn', title: 'Sở Nông nghiệp và Phát triển nông thôn' },
      extras: { province: 'ninhthuan' },
    },
    // Same title and publisher name, another province: that province's own agency.
    {
      id: 'a4',
      name: 'cang-ca-binh-thuan',
      title: 'Cảng cá Ninh Thuận',
      modified: '2024-05-04T00:00:00',
      organization: { name: 'so-tttt-bt', title: publisher },
      extras: { province: 'binhthuan' },
    },
  ]);
  const { registerHarvestSource } = await gql<{ registerHarvestSource: { source: { id: string } } }>(
    'mutation ($url: String!) { registerHarvestSource(input: { name: "Cổng CKAN", kind: CKAN, url: $url }) { source { id } } }',
    { url: ckan.url },
  );
  await harvest(registerHarvestSource.source.id);
});

afterAll(async () => {
  await ckan?.close();
  await hub?.close();
});

describe('federated search lists a dataset this hub holds once, not again as a harvested copy', () => {
  it('a harvested copy naming this hub’s dataset IRI is not shown beside the local dataset', async () => {
    const { entries, totalCount } = await search('wifi');
    expect(entries).toEqual([expect.objectContaining({ title: 'Điểm wifi công cộng', origin: null })]);
    expect(totalCount).toBe(1);
  });

  it('a harvested copy with the same title and publisher (normalised) in the same province is not shown; another publisher or province is', async () => {
    const { entries, totalCount } = await search('cang ca');
    expect(entries.map((entry) => [entry.origin?.originalId ?? 'local', entry.provinceCode]).sort()).toEqual([
      ['a3', 'ninhthuan'],
      ['a4', 'binhthuan'],
      ['local', 'ninhthuan'],
    ]);
    expect(totalCount).toBe(3);
  });

  it('browsing without words pages and counts the same way: no copy of local data', async () => {
    const { entries, totalCount } = await search(null);
    const harvested = entries.filter((entry) => entry.origin).map((entry) => entry.origin!.originalId);
    expect(harvested.sort()).toEqual(['a3', 'a4']);
    expect(totalCount).toBe(entries.length);
  });
});

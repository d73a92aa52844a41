import { UpdateDatasetDocument } from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { harvestDesk, openDataset, startProvincialHub } from './harvesting';

jest.setTimeout(180_000);

let source: TestHub;
let sourceUrl = '';
let national: TestHub;
let dic = '';
const sources: Record<string, string> = {};
const { register, harvest, search } = harvestDesk(
  () => national,
  () => dic,
);

interface SearchAnswer {
  result: { count: number; results: { id: string; name: string; extras: { key: string; value: string }[] }[] };
}

/** The source hub's own package_search, over HTTP as any client reads it. */
async function packageSearch(query: string): Promise<SearchAnswer['result']> {
  const response = await fetch(`${sourceUrl}/api/3/action/package_search?${query}`);
  return ((await response.json()) as SearchAnswer).result;
}

beforeAll(async () => {
  ({ hub: source, url: sourceUrl } = await startProvincialHub());
  await openDataset(source, { province: 'ninhthuan', owner: 'sotttt', slug: 'nt-wifi', title: 'Điểm wifi công cộng Ninh Thuận' });
  national = await startTestHub({ seed: true });
  dic = await national.signIn('ninhthuan', 'thunghiem');
  sources.ckan = await register('Hub Ninh Thuận qua CKAN', 'CKAN', sourceUrl);
  sources.dcat = await register('Hub Ninh Thuận qua DCAT', 'DCAT', `${sourceUrl}/catalog.ttl`);
});

afterAll(async () => {
  await Promise.all([source?.close(), national?.close()]);
});

describe("issue 17: the hub's own CKAN connector harvests another hub through /api/3", () => {
  it('a full harvest reads every open dataset of the other hub, keeping its DCAT IRI as identity', async () => {
    const open = await packageSearch('rows=0');
    const run = await harvest(sources.ckan);
    expect(run).toMatchObject({ state: 'SUCCEEDED', incremental: false, failed: 0, error: null });
    expect(run.seen).toBe(open.count);
    expect(run.created).toBe(open.count);

    const [wifi] = await search('wifi cong cong ninh thuan');
    const [shown] = (await packageSearch('q=name:nt-wifi')).results;
    expect(wifi).toMatchObject({
      title: 'Điểm wifi công cộng Ninh Thuận',
      provinceCode: 'ninhthuan',
      publisher: expect.stringContaining('Thông tin và Truyền thông'),
      origin: { sourceKind: 'CKAN', originalId: shown.id },
    });
    // Harvested again through DCAT, the dataset is the same one: one entry, the other origin listed.
    expect(await harvest(sources.dcat)).toMatchObject({ state: 'SUCCEEDED', failed: 0 });
    const both = await search('wifi cong cong ninh thuan');
    expect(both).toHaveLength(1);
    expect(shown.extras).toEqual(expect.arrayContaining([{ key: 'uri', value: `${sourceUrl}/datasets/nt-wifi#dataset` }]));
    expect([both[0].origin?.sourceName, ...both[0].otherOrigins.map((origin) => origin.sourceName)].sort()).toEqual([
      'Hub Ninh Thuận qua CKAN',
      'Hub Ninh Thuận qua DCAT',
    ]);
  });

  it('the next harvest is incremental: fq metadata_modified since the last one, oldest first, only what changed', async () => {
    const steward = await source.signIn('ninhthuan', 'vankiemthu');
    const renamed = await source.gql(
      UpdateDatasetDocument,
      { slug: 'nt-wifi', input: { title: 'Điểm wifi miễn phí Ninh Thuận' } },
      steward,
    );
    expect(renamed.data?.updateDataset.error).toBeNull();
    await openDataset(source, { province: 'ninhthuan', owner: 'sotttt', slug: 'nt-cang-ca', title: 'Cảng cá Ninh Thuận' });
    const total = (await packageSearch('rows=0')).count;

    const run = await harvest(sources.ckan);
    expect(run).toMatchObject({ state: 'SUCCEEDED', incremental: true, created: 1, updated: 1, failed: 0 });
    // Only the changes, and the last one of the previous harvest (its time is the watermark, which the range includes).
    expect(run.seen).toBeLessThanOrEqual(3);
    expect(run.seen).toBeLessThan(total);
    expect((await search('cang ca')).map((entry) => entry.title)).toEqual(['Cảng cá Ninh Thuận']);
    expect((await search('wifi mien phi')).map((entry) => entry.title)).toEqual(['Điểm wifi miễn phí Ninh Thuận']);
  });
});

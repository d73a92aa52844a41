import { startTestHub, type TestHub } from '../helpers/test-hub';
import { startCkanFixture, type CkanFixture } from './ckan-fixture';

jest.setTimeout(120_000);

let hub: TestHub;
let dic: string;
let small: CkanFixture;
let large: CkanFixture;

async function gql<T>(query: string, variables: object = {}): Promise<T> {
  const { body } = await hub.postGraphQL({ query, variables }, { authorization: `Bearer ${dic}` });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

interface Registered {
  source: { id: string } | null;
  error: { inputErrors: { field: string; message: string }[] } | null;
}

async function register(url: string): Promise<Registered> {
  const { registerHarvestSource } = await gql<{ registerHarvestSource: Registered }>(
    `mutation ($url: String!) { registerHarvestSource(input: { name: "Nguồn", kind: CKAN, url: $url }) {
       source { id } error { inputErrors { field message } } } }`,
    { url },
  );
  return registerHarvestSource;
}

async function harvest(sourceId: string): Promise<{ state: string; created: number; error: string | null }> {
  const { requestHarvest } = await gql<{ requestHarvest: { run: { id: string } } }>(
    'mutation ($id: ID!) { requestHarvest(sourceId: $id) { run { id } } }',
    { id: sourceId },
  );
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
    const { harvestRun } = await gql<{ harvestRun: { state: string; created: number; error: string | null } }>(
      'query ($id: ID!) { harvestRun(id: $id) { state created error } }',
      { id: requestHarvest.run.id },
    );
    if (harvestRun.state === 'SUCCEEDED' || harvestRun.state === 'FAILED') return harvestRun;
  }
  throw new Error('harvest did not finish');
}

beforeAll(async () => {
  hub = await startTestHub({ seed: true, env: { HUB_HARVEST_MAX_PAGE_BYTES: '20000' } });
  dic = await hub.signIn('ninhthuan', 'thunghiem');
  small = await startCkanFixture([{ id: 'p1', name: 'nho', title: 'Danh mục nhỏ', modified: '2024-05-01T00:00:00' }]);
  large = await startCkanFixture([
    { id: 'p2', name: 'lon', title: 'Danh mục quá lớn', notes: 'x'.repeat(50_000), modified: '2024-05-01T00:00:00' },
  ]);
});

afterAll(async () => {
  await Promise.all([small?.close(), large?.close()]);
  await hub?.close();
});

describe('registering and harvesting sources within the request forgery guard', () => {
  it('a source on a private address is refused at registration, naming the url field', async () => {
    expect(await register('http://10.20.30.40/ckan')).toEqual({
      source: null,
      error: {
        inputErrors: [{ field: 'url', message: 'địa chỉ mạng nội bộ bị từ chối (private or link-local address refused: 10.20.30.40)' }],
      },
    });
    expect((await register('http://[fd12:3456::1]/')).error?.inputErrors).toEqual([
      { field: 'url', message: expect.stringContaining('private or link-local address refused') },
    ]);
  });

  it('the cloud metadata address is refused at registration', async () => {
    expect((await register('http://169.254.169.254/latest/meta-data/')).error?.inputErrors).toEqual([
      { field: 'url', message: expect.stringContaining('169.254.169.254') },
    ]);
  });

  it('a page over HUB_HARVEST_MAX_PAGE_BYTES fails that harvest only; other sources harvest', async () => {
    const tooLarge = await register(large.url);
    const fine = await register(small.url);
    const failed = await harvest(tooLarge.source!.id);
    expect(failed).toMatchObject({ state: 'FAILED', created: 0 });
    expect(failed.error).toContain('page larger than 20000 bytes');
    expect(await harvest(fine.source!.id)).toMatchObject({ state: 'SUCCEEDED', created: 1 });
  });
});

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Clock } from '../../src/shared/clock';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { startCkanFixture, type CkanFixture } from './ckan-fixture';

jest.setTimeout(120_000);

const hour = 3_600_000;
let now = new Date('2026-11-23T08:00:00Z');
const clock: Clock = { now: () => now };
const advance = (ms: number) => (now = new Date(now.getTime() + ms));

let hub: TestHub;
let dic: string;
let ckan: CkanFixture;
let silent: http.Server;
let onRequestId: string;

async function gql<T>(query: string, variables: object = {}): Promise<T> {
  const { body } = await hub.postGraphQL({ query, variables }, { authorization: `Bearer ${dic}` });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

interface Registered {
  source: { id: string; intervalHours: number | null } | null;
  error: { inputErrors: { field: string }[] } | null;
}

async function register(name: string, url: string, extra: object): Promise<Registered> {
  const { registerHarvestSource } = await gql<{ registerHarvestSource: Registered }>(
    `mutation ($input: RegisterHarvestSourceInput!) { registerHarvestSource(input: $input) {
       source { id intervalHours } error { inputErrors { field } } } }`,
    { input: { name, kind: 'CKAN', url, ...extra } },
  );
  return registerHarvestSource;
}

/** The sweep's work, as the schedule timer does it. */
const sweep = () => hub.hub.services().trusted.federation.enqueueDueHarvests();

/**
 * The run's end state. Runs against the silent server would fail only at their timeout: these
 * tests are about the schedule, not the timeout (harvest-guard tests it), so it hangs up on them
 * instead, and a worker slot is not held idle for seconds.
 */
async function finished(runId: string): Promise<string> {
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((resolve) => setTimeout(resolve, 200))) {
    silent.closeAllConnections();
    const { harvestRun } = await gql<{ harvestRun: { state: string } }>('query ($id: ID!) { harvestRun(id: $id) { state } }', {
      id: runId,
    });
    if (harvestRun.state === 'SUCCEEDED' || harvestRun.state === 'FAILED') return harvestRun.state;
  }
  throw new Error(`harvest ${runId} did not finish`);
}

beforeAll(async () => {
  // The timer stays off: the test sweeps by hand at the times it sets.
  hub = await startTestHub({ seed: true, clock, env: { HUB_HARVEST_SWEEP_MINUTES: '0' } });
  dic = await hub.signIn('ninhthuan', 'thunghiem');
  ckan = await startCkanFixture([{ id: 'p1', name: 'truong-hoc', title: 'Trường học', modified: '2024-05-01T00:00:00' }]);
  silent = http.createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  silent?.closeAllConnections();
  await new Promise((resolve) => silent?.close(resolve));
  await ckan?.close();
  await hub?.close();
});

describe('scheduled harvests', () => {
  it('a source with an interval is harvested by the sweep when the interval has passed since its last harvest, not before', async () => {
    const scheduled = await register('Cổng CKAN hằng ngày', ckan.url, { intervalHours: 6 });
    expect(scheduled.source).toMatchObject({ intervalHours: 6 });
    // The same portal (a trailing slash apart), harvested only when DIC asks.
    onRequestId = (await register('Cổng CKAN theo yêu cầu', `${ckan.url}/`, {})).source!.id;

    const first = await sweep();
    expect(first.map((run) => [run.sourceId, run.requestedBy])).toEqual([[scheduled.source!.id, null]]);
    expect(await finished(first[0].id)).toBe('SUCCEEDED');

    expect(await sweep()).toEqual([]);
    advance(6 * hour - 1000);
    expect(await sweep()).toEqual([]);
    advance(1000);
    const second = await sweep();
    expect(second.map((run) => run.sourceId)).toEqual([scheduled.source!.id]);
    expect(await finished(second[0].id)).toBe('SUCCEEDED');
  });

  it('never two runs of one source at a time: not while one is queued or running, not from two sweeps at once', async () => {
    const slow = await register('Nguồn chậm', `http://127.0.0.1:${(silent.address() as AddressInfo).port}`, {
      intervalHours: 0.25,
      timeoutSeconds: 5,
    });
    const [running] = await sweep();
    expect(running.sourceId).toBe(slow.source!.id);
    // Due again by its interval, but its harvest has not ended: nothing more is queued, by the sweep or by DIC.
    advance(0.5 * hour);
    expect((await sweep()).filter((run) => run.sourceId === slow.source!.id)).toEqual([]);
    const { requestHarvest } = await gql<{ requestHarvest: { run: { id: string } } }>(
      'mutation ($id: ID!) { requestHarvest(sourceId: $id) { run { id } } }',
      { id: slow.source!.id },
    );
    expect(requestHarvest.run.id).toBe(running.id);
    expect(await finished(running.id)).toBe('FAILED');

    // Two replicas' sweeps at the same moment queue one run between them.
    advance(0.5 * hour);
    const [a, b] = await Promise.all([sweep(), sweep()]);
    expect([...a, ...b].filter((run) => run.sourceId === slow.source!.id)).toHaveLength(1);
    await finished([...a, ...b][0].id);
  });

  it('a run unfinished after the queue’s expiry lost its worker: it is closed as failed and the next one queued', async () => {
    const stuck = await register('Nguồn treo', `http://127.0.0.1:${(silent.address() as AddressInfo).port}/stuck`, {
      intervalHours: 1,
      timeoutSeconds: 8,
    });
    const [lost] = (await sweep()).filter((run) => run.sourceId === stuck.source!.id);
    advance(2 * hour);
    const [next] = (await sweep()).filter((run) => run.sourceId === stuck.source!.id);
    expect(next.id).not.toBe(lost.id);
    const { harvestRun } = await gql<{ harvestRun: { state: string; error: string } }>(
      'query ($id: ID!) { harvestRun(id: $id) { state error } }',
      { id: lost.id },
    );
    expect(harvestRun).toEqual({ state: 'FAILED', error: expect.stringContaining('the worker was lost') });
    expect(await finished(next.id)).toBe('FAILED');
  });

  it('DIC changes a source’s schedule and the sweep follows it; null stops it', async () => {
    const setSchedule = (intervalHours: number | null, token = dic) =>
      hub.postGraphQL(
        {
          query: `mutation ($id: ID!, $hours: Float) { setHarvestSchedule(sourceId: $id, intervalHours: $hours) {
                    source { intervalHours } error { inputErrors { field } } } }`,
          variables: { id: onRequestId, hours: intervalHours },
        },
        { authorization: `Bearer ${token}` },
      );
    const steward = await hub.signIn('ninhthuan', 'vankiemthu');
    expect((await setSchedule(2, steward)).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await setSchedule(2)).body.data).toEqual({ setHarvestSchedule: { source: { intervalHours: 2 }, error: null } });
    const [run] = (await sweep()).filter((queued) => queued.sourceId === onRequestId);
    expect(run).toBeDefined();
    await finished(run.id);
    await setSchedule(null);
    advance(3 * hour);
    expect((await sweep()).filter((queued) => queued.sourceId === onRequestId)).toEqual([]);
  });

  it('an interval under a quarter of an hour is refused naming the field', async () => {
    expect((await register('Quá dày', `${ckan.url}//`, { intervalHours: 0.1 })).error?.inputErrors).toEqual([{ field: 'intervalHours' }]);
  });
});

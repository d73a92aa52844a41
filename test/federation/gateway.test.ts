import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { citizenAppTypeDefs, startCitizenApp, type CitizenApp } from './citizen-app-subgraph';
import { approveBySampleCouncil } from '../../bench/sample-council';

let t: TestHub;
let app: CitizenApp;
let gateway: GatewayRuntime;

/** The parts of Hive Gateway's runtime the test uses. */
interface GatewayRuntime {
  fetch(url: string, init: RequestInit): Promise<Response>;
  dispose(): Promise<void>;
}

/**
 * Loaded by a name the compiler does not follow: the gateway's typings pull in the DOM lib,
 * whose Blob and ReadableStream types break the Node ones the rest of the code relies on.
 */
async function loadGateway(): Promise<{ createGatewayRuntime(config: object): GatewayRuntime }> {
  const name = '@graphql-hive/gateway';
  return (await import(name)) as { createGatewayRuntime(config: object): GatewayRuntime };
}
const ids: Record<string, string> = {};

async function viaGateway(query: string, token?: string) {
  const response = await gateway.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
}

beforeAll(async () => {
  t = await startTestHub({ seed: true });
  const { catalog } = t.hub.services().trusted;
  const base = {
    provinceCode: 'ninhthuan',
    ownerCode: 'sotttt',
    category: 'SECTORAL',
    licence: 'CC-BY-4.0',
    description: 'Ứng dụng công dân số.',
  } as const;
  const open = await catalog.upsertFromCatalog({ ...base, slug: 'cd-mo', title: 'Điểm wifi công cộng', accessLevel: 'PUBLIC' });
  await approveBySampleCouncil(t.hub.services(), open.slug);
  const draft = await catalog.upsertFromCatalog({ ...base, slug: 'cd-nhap', title: 'Bản nháp chưa công bố', accessLevel: 'PUBLIC' });
  Object.assign(ids, { open: open.id, draft: draft.id });
  await catalog.refreshSearchDocuments();

  const hubUrl = `${await t.hub.http.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
  app = await startCitizenApp([open.id, draft.id], { [open.id]: 1234 });
  const hubSdl = ((await t.postGraphQL({ query: '{ _service { sdl } }' })).body.data as { _service: { sdl: string } })._service.sdl;
  const composed = composeServices([
    { name: 'hub', typeDefs: parse(hubSdl), url: hubUrl },
    { name: 'citizen_app', typeDefs: citizenAppTypeDefs, url: app.url },
  ]);
  expect(composed.errors ?? []).toEqual([]);
  gateway = (await loadGateway()).createGatewayRuntime({
    supergraph: composed.supergraphSdl!,
    logging: false,
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }: { request: Request }) => ({ authorization: request.headers.get('authorization') }),
    },
  });
});

afterAll(async () => {
  await gateway?.dispose();
  await app?.close();
  await t?.close();
});

describe('hub composed with a second subgraph behind Hive Gateway', () => {
  it('one query reads the hub’s datasets with the citizen app’s field', async () => {
    const result = await viaGateway(
      '{ datasets(filter: { provinceCodes: ["ninhthuan"] }, search: "wifi") { edges { node { slug title citizenAppViews owner { code } } } } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      datasets: { edges: [{ node: { slug: 'cd-mo', title: 'Điểm wifi công cộng', citizenAppViews: 1234, owner: { code: 'sotttt' } } }] },
    });
  });

  it('the citizen app’s list is completed by the hub, which hides the unpublished dataset from an anonymous caller', async () => {
    const result = await viaGateway('{ featuredDatasets { id title citizenAppViews } }');
    expect(result.data).toEqual({ featuredDatasets: [{ id: ids.open, title: 'Điểm wifi công cộng', citizenAppViews: 1234 }, null] });
  });

  it('the caller’s token reaches the hub through the gateway: DIC of the province sees the draft', async () => {
    const result = await viaGateway('{ featuredDatasets { title } }', await t.signIn('ninhthuan', 'thunghiem'));
    expect(result.data).toEqual({ featuredDatasets: [{ title: 'Điểm wifi công cộng' }, { title: 'Bản nháp chưa công bố' }] });
  });
});

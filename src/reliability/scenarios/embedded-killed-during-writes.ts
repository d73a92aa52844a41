import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startHubProcess } from './hub-process';

export interface EmbeddedKillFigures {
  kills: number;
  /** Registrations the hub answered with a dataset before it died, over all kills. */
  acknowledged: number;
  /** Of those, missing after the restart: the row passes at 0. */
  lost: number;
  /** From the restart of the process to /healthz 200, per kill. */
  restartMs: number[];
}

const register = `mutation ($input: RegisterDatasetInput!) { registerDataset(input: $input) { dataset { id } error { message } } }`;
const find = `query ($slug: String!) { dataset(slug: $slug) { id } }`;

/**
 * Issue 14 table, row "embedded PGlite, hub killed with -9 during writes": the default
 * installation (`npm start`'s process, PGlite in its data directory) registering datasets from
 * four loops when it is sent SIGKILL, `kills` times; after each restart on the same directory,
 * every registration it had acknowledged must be there.
 */
export async function embeddedKilledDuringWrites(options: { kills: number; writeMs: number }): Promise<EmbeddedKillFigures> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-reliability-'));
  const figures: EmbeddedKillFigures = { kills: options.kills, acknowledged: 0, lost: 0, restartMs: [] };
  let hub = await startHubProcess({ dataDir });
  try {
    for (let kill = 0; kill < options.kills; kill += 1) {
      const token = await stewardToken(hub.baseUrl);
      const acknowledged: string[] = [];
      const stopAt = performance.now() + options.writeMs;
      const loop = async (writer: number) => {
        for (let round = 0; performance.now() < stopAt; round += 1) {
          const slug = `ghi-${kill}-${writer}-${round}`;
          const answer = await graphql(hub.baseUrl, register, { input: datasetInput(slug) }, token).catch(() => null);
          if ((answer?.data as { registerDataset?: { dataset?: { id: string } } } | undefined)?.registerDataset?.dataset)
            acknowledged.push(slug);
        }
      };
      // The kill lands while the loops are still writing: some requests are cut mid-flight.
      const writing = Promise.all([0, 1, 2, 3].map(loop));
      await new Promise((resolve) => setTimeout(resolve, options.writeMs / 2));
      await hub.kill();
      await writing;
      const restarting = performance.now();
      hub = await startHubProcess({ dataDir });
      figures.restartMs.push(performance.now() - restarting);
      const reader = await stewardToken(hub.baseUrl);
      for (const slug of acknowledged) {
        const answer = await graphql(hub.baseUrl, find, { slug }, reader);
        if (!(answer.data as { dataset?: { id: string } | null } | undefined)?.dataset) figures.lost += 1;
      }
      figures.acknowledged += acknowledged.length;
    }
    return figures;
  } finally {
    await hub.kill();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

function datasetInput(slug: string) {
  return {
    slug,
    title: `Ghi trước khi dừng ${slug}`,
    description: 'Đo độ bền khi tiến trình bị dừng (kill -9).',
    ownerCode: 'sotttt',
    category: 'SECTORAL',
    accessLevel: 'PUBLIC',
    licence: 'CC-BY-4.0',
  };
}

async function graphql(baseUrl: string, query: string, variables: object, token?: string): Promise<{ data?: unknown }> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  return (await response.json()) as { data?: unknown };
}

/** The demo steward of sotttt (seeds/demo-officials.yaml), through the development sign-in. */
async function stewardToken(baseUrl: string): Promise<string> {
  const answer = await graphql(baseUrl, 'mutation { devSignIn(province: "ninhthuan", accountName: "vankiemthu") { token } }', {});
  const token = (answer.data as { devSignIn?: { token: string } } | undefined)?.devSignIn?.token;
  if (!token) throw new Error(`development sign-in failed: ${JSON.stringify(answer)}`);
  return token;
}

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { devSignInToken, postGraphQL, registerDataset, registration } from './graphql-client';
import { startHubProcess, unthrottled } from './hub-process';

export interface EmbeddedKillFigures {
  kills: number;
  /** Registrations the hub answered with a dataset before it died, over all kills. */
  acknowledged: number;
  /** Of those, answered as absent after the restart: the row passes at 0. */
  lost: number;
  /** Of those, not answered either way after the restart (an error, a limit): the row passes at 0 too. */
  unverified: number;
  /** From the restart of the process to /healthz 200, per kill. */
  restartMs: number[];
}

const find = `query ($slug: String!) { dataset(slug: $slug) { id } }`;

/**
 * Issue 14 table, row "embedded PGlite, hub killed with -9 during writes": the default
 * installation (`npm start`'s process, PGlite in its data directory) registering datasets from
 * four loops when it is sent SIGKILL, `kills` times; after each restart on the same directory,
 * every registration it had acknowledged must be there. Each kill lands once the loops have
 * written for `writeMs` and the hub has acknowledged `atLeast` registrations since it started:
 * on a loaded machine a second of writes was 7 registrations, too few to show a loss.
 */
export async function embeddedKilledDuringWrites(options: {
  kills: number;
  writeMs: number;
  atLeast: number;
}): Promise<EmbeddedKillFigures> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-reliability-'));
  const figures: EmbeddedKillFigures = { kills: options.kills, acknowledged: 0, lost: 0, unverified: 0, restartMs: [] };
  let hub = await startHubProcess({ dataDir, env: unthrottled });
  try {
    for (let kill = 0; kill < options.kills; kill += 1) {
      const token = await devSignInToken(hub.baseUrl, 'vankiemthu');
      const acknowledged: string[] = [];
      let killed = false;
      const loop = async (writer: number) => {
        for (let round = 0; !killed; round += 1) {
          const slug = `ghi-${kill}-${writer}-${round}`;
          const answer = await postGraphQL(
            hub.baseUrl,
            registerDataset,
            { input: registration(slug, `Ghi trước khi dừng ${slug}`) },
            { token },
          ).catch(() => null);
          if ((answer?.data as { registerDataset?: { dataset?: { id: string } } } | undefined)?.registerDataset?.dataset)
            acknowledged.push(slug);
        }
      };
      // The kill lands while the loops are still writing: some requests are cut mid-flight.
      const writing = Promise.all([0, 1, 2, 3].map(loop));
      const killAt = performance.now() + options.writeMs;
      try {
        while (performance.now() < killAt || acknowledged.length < options.atLeast) {
          if (performance.now() > killAt + 60_000) throw new Error(`fewer than ${options.atLeast} registrations acknowledged in a minute`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      } finally {
        await hub.kill();
        killed = true;
      }
      await writing;
      const restarting = performance.now();
      hub = await startHubProcess({ dataDir, env: unthrottled });
      figures.restartMs.push(performance.now() - restarting);
      const reader = await devSignInToken(hub.baseUrl, 'vankiemthu');
      for (const slug of acknowledged) {
        const answer = await postGraphQL(hub.baseUrl, find, { slug }, { token: reader }).catch(() => null);
        const found = (answer?.data as { dataset?: { id: string } | null } | undefined)?.dataset;
        if (found === null) figures.lost += 1;
        else if (!found) figures.unverified += 1;
      }
      figures.acknowledged += acknowledged.length;
    }
    return figures;
  } finally {
    await hub.kill();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

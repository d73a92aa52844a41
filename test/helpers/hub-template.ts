import fs from 'node:fs/promises';
import path from 'node:path';
import { withClient } from '../../src/db/scratch-database';

/**
 * One state of a hub kept once per jest run, which each test file's hub copies instead of
 * migrating (and seeding) again: a template database on the server, or a PGlite dump; and the
 * data directory the hub wrote its files to. Names are unique to the run, so runs side by side
 * never share one.
 */
export interface HubSnapshot {
  /** Holds `data/` (the hub's data directory) and, on PGlite, `pglite.tar`. */
  dir: string;
  /** The template database on the server named by DATABASE_URL; absent on PGlite. */
  database?: string;
  /** When the seed ran, as the seeding hub's clock read it (ISO); absent when not seeded. */
  seededAt?: string;
}

/**
 * The time several suites fix their clock at (grant expiries, code lifetimes, harvest
 * intervals): a snapshot seeded at exactly this time is what such a suite would seed itself.
 */
export const fixedSeedTime = new Date('2026-11-23T08:00:00Z');

/**
 * The run's snapshots: a freshly migrated hub, and the same hub seeded with the catalogue and
 * demo officials, once on the system clock and once on a clock reading `fixedSeedTime`.
 */
export interface HubTemplate {
  migrated: HubSnapshot;
  seeded: HubSnapshot;
  seededAtFixedTime: HubSnapshot;
}

export async function dropHubTemplate(template: HubTemplate, serverUrl: string | undefined): Promise<void> {
  await dropSnapshot(template.seeded, serverUrl);
  await dropSnapshot(template.seededAtFixedTime, serverUrl);
  await dropSnapshot(template.migrated, serverUrl);
}

export async function dropSnapshot(snapshot: HubSnapshot, serverUrl: string | undefined): Promise<void> {
  if (snapshot.database && serverUrl) {
    await withClient(serverUrl, (client) => client.query(`drop database if exists ${snapshot.database} with (force)`));
  }
  await fs.rm(snapshot.dir, { recursive: true, force: true });
}

/** The run's template (global-setup.ts sets the variable), or undefined when jest ran without it. */
export function currentHubTemplate(): HubTemplate | undefined {
  const text = process.env.HUB_TEST_TEMPLATE;
  return text ? (JSON.parse(text) as HubTemplate) : undefined;
}

/** The PGlite dump to start an embedded database from; none when the run is on the server. */
export async function embeddedDump(snapshot: HubSnapshot): Promise<Blob | undefined> {
  if (snapshot.database) return undefined;
  return new Blob([await fs.readFile(path.join(snapshot.dir, 'pglite.tar'))]);
}

/** The snapshot's data directory (the seed's uploads, the audit checkpoints), copied into a test hub's own. */
export async function copySnapshotData(snapshot: HubSnapshot, dataDir: string): Promise<void> {
  await fs.cp(path.join(snapshot.dir, 'data'), dataDir, { recursive: true });
}

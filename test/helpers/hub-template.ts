import fs from 'node:fs/promises';
import path from 'node:path';
import { withClient } from '../../src/db/scratch-database';

/**
 * A hub migrated and seeded once per jest run, which each test file's seeded hub copies instead
 * of migrating and seeding again: a template database on the server, or a PGlite dump; and the
 * data directory the seed wrote its files to. Names are unique to the run, so runs side by side
 * never share one.
 */
export interface HubTemplate {
  /** Holds `data/` (the seeded data directory) and, on PGlite, `pglite.tar`. */
  dir: string;
  /** The template database on the server named by DATABASE_URL; absent on PGlite. */
  database?: string;
}

export async function dropHubTemplate(template: HubTemplate, serverUrl: string | undefined): Promise<void> {
  if (template.database && serverUrl) {
    await withClient(serverUrl, (client) => client.query(`drop database if exists ${template.database} with (force)`));
  }
  await fs.rm(template.dir, { recursive: true, force: true });
}

/** The run's template (global-setup.ts sets the variable), or undefined when jest ran without it. */
export function currentHubTemplate(): HubTemplate | undefined {
  const text = process.env.HUB_TEST_TEMPLATE;
  return text ? (JSON.parse(text) as HubTemplate) : undefined;
}

/** The PGlite dump to start an embedded database from. */
export async function embeddedDump(template: HubTemplate): Promise<Blob> {
  return new Blob([await fs.readFile(path.join(template.dir, 'pglite.tar'))]);
}

/** The seeded data directory's files (the seed's uploads), copied into a test hub's own. */
export async function copyTemplateData(template: HubTemplate, dataDir: string): Promise<void> {
  await fs.cp(path.join(template.dir, 'data'), dataDir, { recursive: true });
}

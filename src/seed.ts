import fs from 'node:fs';
import path from 'node:path';
import type { Hub } from './app';
import { importCatalog, type ImportReport } from './catalog-as-code/import';

/**
 * The repository root, where catalog/ and seeds/ live: the nearest folder above with a
 * package.json (this file is in src/ in tests, dist/ when built, dist-tools/src/ for the tools).
 */
export const projectRoot = nearestPackageRoot(__dirname);

function nearestPackageRoot(from: string): string {
  const parent = path.dirname(from);
  if (fs.existsSync(path.join(from, 'package.json')) || parent === from) return from;
  return nearestPackageRoot(parent);
}

/**
 * The seed catalogue, loaded the first time the hub starts on an empty database. The demo
 * officials come along only while the development sign-in is on: never in production. Under the
 * start-up lock, so of replicas starting together one seeds and the others find it done.
 */
export async function seedIfEmpty(hub: Hub, options: { withDemoOfficials: boolean }): Promise<ImportReport | null> {
  return hub.database.exclusively(async () => {
    if (await hub.services().agencies.hasAnyProvince()) return null;
    return seed(hub, options);
  });
}

export async function seed(hub: Hub, options: { withDemoOfficials: boolean }): Promise<ImportReport> {
  const report = await importCatalog(path.join(projectRoot, 'catalog'), hub.services(), { rootDir: projectRoot });
  if (options.withDemoOfficials) {
    const demo = await importCatalog(path.join(projectRoot, 'seeds'), hub.services(), { rootDir: projectRoot });
    report.officials += demo.officials;
    report.datasets += demo.datasets;
    report.personalRecords += demo.personalRecords;
  }
  return report;
}

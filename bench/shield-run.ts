import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../src/seed';
import { startBenchHub } from './bench-hub';
import { Cleanup } from './cleanup';
import { benchmarkShieldCost, shieldSection } from './shield-cost';

const reportPath = path.join(projectRoot, 'BENCHMARKS.md');
const sectionTitle = '## 5. ';
const nextTitle = '## How to read this';

/**
 * Only the shield benchmark, without the others' hour of setup: measures and puts its section
 * into BENCHMARKS.md in place (`npm run bench` writes the same section with the rest).
 */
async function main(): Promise<void> {
  const cleanup = new Cleanup();
  try {
    const bench = await startBenchHub(cleanup, { open: 0, restricted: 0 });
    const figures = await benchmarkShieldCost(bench);
    const section = shieldSection(figures);
    console.log(section);
    const report = await readFile(reportPath, 'utf8');
    const start = report.includes(sectionTitle) ? report.indexOf(sectionTitle) : report.indexOf(nextTitle);
    await writeFile(reportPath, `${report.slice(0, start)}${section}\n\n${report.slice(report.indexOf(nextTitle))}`);
  } finally {
    await cleanup.run();
  }
}

main().catch((error: unknown) => {
  console.error('shield bench failed:', error);
  process.exitCode = 1;
});

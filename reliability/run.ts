import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Cleanup } from '../bench/cleanup';
import { describeMachine } from '../bench/machine';
import { projectRoot } from '../src/seed';
import { startHubUnderTest } from './hub-under-test';
import { scenarios } from './index';
import { renderReliability, type ScenarioRun } from './report';
import type { DatabaseKind, Scenario } from './scenario';

const reportPath = path.join(projectRoot, 'RELIABILITY.md');
/** Short, so the store scenarios stay short; production's default is 10 s. */
const storeTimeoutMs = 2000;

/**
 * `npm run reliability [-- --quick]`: every scenario of ./index.ts against a fresh hub on the
 * PostgreSQL server, then on the embedded PGlite, bounded in time, loopback only; figures to
 * RELIABILITY.md (printed instead with --quick, CI's short form). Exit 1 when a scenario failed
 * its promise.
 */
async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const runs: ScenarioRun[] = [];
  const date = new Date();
  const machine = await describeMachine();
  for (const database of ['server', 'embedded'] as DatabaseKind[]) {
    const cleanup = new Cleanup();
    try {
      console.log(`reliability: starting a hub on the ${database} database`);
      const target = await startHubUnderTest(database, cleanup, storeTimeoutMs);
      const runsHere = (candidate: Scenario) =>
        (!candidate.databases || candidate.databases.includes(database)) && !(quick && candidate.fullFormOnly?.includes(database));
      for (const scenario of scenarios.filter(runsHere)) {
        const started = performance.now();
        const log = (message: string) => console.log(`reliability: ${database}, ${scenario.name}: ${message}`);
        const result = await scenario.run({ target, quick, log }).catch((error: unknown) => ({ error: String(error) }));
        target.storeProxy.setMode('forward');
        target.databaseProxy?.setMode('forward');
        runs.push({
          database,
          name: scenario.name,
          description: scenario.description,
          seconds: (performance.now() - started) / 1000,
          result,
        });
        log('error' in result ? `failed to run: ${result.error}` : `${result.passed ? 'passed' : 'FAILED'}: ${result.verdict}`);
      }
    } finally {
      await cleanup.run();
    }
  }
  const command = `npm run reliability${quick ? ' -- --quick' : ''}`;
  const report = renderReliability({ date, machine, quick, command, runs });
  // The short CI form prints its figures: RELIABILITY.md keeps the full run's.
  if (quick) console.log(report);
  else {
    await writeFile(reportPath, report);
    console.log(`reliability: wrote ${reportPath}`);
  }
  if (runs.some((run) => 'error' in run.result || !run.result.passed)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error('reliability failed:', error);
  process.exitCode = 1;
});

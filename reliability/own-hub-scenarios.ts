import { serverUrl } from '../bench/server-database';
import { ms } from './probe';
import type { Scenario, ScenarioResult } from './scenario';
import { auditTamper } from './scenarios/audit-tamper';
import { embeddedKilledDuringWrites } from './scenarios/embedded-killed-during-writes';
import { killedDuringIngestion } from './scenarios/killed-during-ingestion';
import { pgliteConcurrentWriters } from './scenarios/pglite-concurrent-writers';
import { replicasStartTogether } from './scenarios/replicas-start-together';
import { uploadsThroughTwoReplicas } from './scenarios/uploads-through-two-replicas';

/**
 * Scenarios that start hubs of their own (replicas racing on an empty database, a fresh embedded
 * hub, an audit log to tamper with) rather than loading the shared hub under test.
 */
export const replicasStart: Scenario = {
  name: 'two replicas started together on an empty database',
  description: 'two hubs built at once on one fresh server database, each try; both must serve, migrations and seed applied once',
  databases: ['server'],
  async run({ quick }): Promise<ScenarioResult> {
    const figures = await replicasStartTogether({ serverUrl, tries: quick ? 1 : 3 });
    const seededOnce = figures.seedsLoaded.every((count) => count === 1);
    const passed = figures.bothServed === figures.tries && figures.migrationsAppliedOnce === figures.tries && seededOnce;
    return {
      rows: [
        ['tries', 'both served', 'migrations applied once', 'seed loaded by (per try)', 'failures'],
        [
          figures.tries,
          figures.bothServed,
          figures.migrationsAppliedOnce,
          figures.seedsLoaded.join(', '),
          figures.failures.join('; ') || 'none',
        ],
      ],
      verdict: `both replicas served in ${figures.bothServed} of ${figures.tries} tries, seed loaded once: ${seededOnce ? 'yes' : 'no'}`,
      passed,
    };
  },
};

export const uploadsThroughReplicas: Scenario = {
  name: 'two uploads to one dataset through two replicas',
  description:
    'a large CSV uploaded through one replica, a small one right after through the other (it finishes first); the one accepted last must be served',
  databases: ['server'],
  async run({ quick }): Promise<ScenarioResult> {
    const figures = await uploadsThroughTwoReplicas({ serverUrl, olderRows: quick ? 50_000 : 500_000 });
    const [older, newer] = figures.jobs;
    const ordered = newer.versionNumber === older.versionNumber + 1;
    const raced = Boolean(older.finishedAt && newer.finishedAt && newer.finishedAt < older.finishedAt);
    const passed = figures.jobs.every((job) => job.state === 'SUCCEEDED') && ordered && figures.servedRows === figures.newerRows;
    return {
      rows: [
        ['upload', 'through', 'rows', 'job', 'version'],
        ['first (larger)', `replica ${older.replica}`, figures.olderRows, older.state, older.versionNumber],
        ['second (smaller)', `replica ${newer.replica}`, figures.newerRows, newer.state, newer.versionNumber],
      ],
      verdict: `served: the version of ${figures.servedRows ?? 'no'} rows (promise: the second upload's ${figures.newerRows}); the second finished first: ${raced ? 'yes' : 'no'}`,
      passed,
    };
  },
};

export const killedMidIngestion: Scenario = {
  name: 'hub killed with -9 during an ingestion',
  description: 'a hub process loading a CSV from the queue is sent SIGKILL; another hub starts on the same database',
  // On PGlite a fresh directory is migrated and seeded first (about 35 s in all); the quick form
  // keeps the server's run and the embedded -9 during writes.
  fullFormOnly: ['embedded'],
  async run({ quick, target }): Promise<ScenarioResult> {
    // PGlite loads about a third as fast: fewer rows keep the job running past the kill in as much time.
    const figures =
      target.database === 'server'
        ? await killedDuringIngestion({ serverUrl, rows: quick ? 1_000_000 : 2_000_000 })
        : await killedDuringIngestion({ rows: quick ? 300_000 : 1_000_000 });
    const passed =
      figures.servedWhileOrphaned === 100 &&
      figures.finalState === 'SUCCEEDED' &&
      // The kill must have landed mid-load, or "0 orphan tables" proves nothing.
      figures.partialTablesAtKill > 0 &&
      figures.partialTablesLeft === 0 &&
      figures.versions.map(([number, rows]) => `${number}:${rows}`).join() === `2:${figures.rows},1:100`;
    return {
      rows: [
        [
          'rows',
          'job held by the killed hub',
          'MB it reported read',
          'served meanwhile',
          'partial tables at the kill',
          'job ended',
          'after the restart',
          'orphan tables',
          'versions (number: rows)',
        ],
        [
          figures.rows,
          ms(figures.heldMs),
          (figures.bytesReadAtKill / 1e6).toFixed(1),
          `version of ${figures.servedWhileOrphaned ?? 'no'} rows`,
          figures.partialTablesAtKill,
          figures.finalState,
          ms(figures.recoveredMs),
          figures.partialTablesLeft,
          figures.versions.map(([number, rows]) => `${number}: ${rows}`).join(', '),
        ],
      ],
      verdict: `previous version served, job ${figures.finalState} ${ms(figures.recoveredMs)} after the restart, partial tables ${figures.partialTablesAtKill} at the kill and ${figures.partialTablesLeft} after`,
      passed,
    };
  },
};

export const embeddedKilledWriting: Scenario = {
  name: 'embedded PGlite, hub killed with -9 during writes',
  description:
    'the default installation (node dist/main.js serve, PGlite in its data directory) sent SIGKILL while four loops register datasets, then restarted on the same directory',
  databases: ['embedded'],
  async run({ quick }): Promise<ScenarioResult> {
    const figures = await embeddedKilledDuringWrites(
      quick ? { kills: 1, writeMs: 1_000, atLeast: 30 } : { kills: 3, writeMs: 2_000, atLeast: 60 },
    );
    return {
      rows: [
        ['kills', 'acknowledged writes', 'lost', 'not verifiable', 'restart to /healthz 200'],
        [figures.kills, figures.acknowledged, figures.lost, figures.unverified, figures.restartMs.map(ms).join(', ')],
      ],
      verdict: `${figures.lost} of ${figures.acknowledged} acknowledged writes lost, ${figures.unverified} not verifiable (promise: 0 and 0)`,
      passed: figures.lost === 0 && figures.unverified === 0 && figures.acknowledged > 0,
    };
  },
};

export const embeddedConcurrentWriters: Scenario = {
  name: 'embedded PGlite, 8 concurrent writers',
  description: '8 loops of GraphQL registrations over loopback HTTP on a fresh embedded hub, each request given 15 s',
  databases: ['embedded'],
  async run({ quick }): Promise<ScenarioResult> {
    const figures = await pgliteConcurrentWriters({ seconds: quick ? 3 : 60 });
    return {
      rows: [
        ['writers', 'seconds', 'answered', 'unanswered', 'p50 ms', 'p99 ms'],
        [figures.writers, figures.seconds, figures.answered, figures.unanswered, figures.p50Ms, figures.p99Ms],
      ],
      verdict: `unanswered requests: ${figures.unanswered} (promise: 0)`,
      passed: figures.unanswered === 0 && figures.answered > 0,
    };
  },
};

export const auditTampering: Scenario = {
  name: 'audit chain tampered with by an insider',
  description: 'an edited row, a deleted row, a forged append, a re-chained rewrite and a cut tail, each made with SQL and then verified',
  async run({ target }): Promise<ScenarioResult> {
    const figures = await auditTamper({ serverUrl: target.database === 'server' ? serverUrl : undefined });
    const missed = figures.findings.filter((finding) => !finding.caught);
    return {
      rows: [
        ['tampering', 'caught', 'what audit:verify said'],
        ...figures.findings.map((f) => [f.tampering, f.caught ? 'yes' : 'NO', f.finding]),
      ],
      verdict: missed.length === 0 ? 'every tampering caught and named' : `missed: ${missed.map((f) => f.tampering).join(', ')}`,
      passed: missed.length === 0 && figures.findings.length > 0,
    };
  },
};

import type { Machine } from '../bench/machine';
import type { DatabaseKind, ScenarioResult } from './scenario';

export interface ScenarioRun {
  database: DatabaseKind;
  name: string;
  description: string;
  seconds: number;
  result: ScenarioResult | { error: string };
}

const databaseTitle: Record<DatabaseKind, string> = {
  server: 'PostgreSQL server',
  embedded: 'embedded PGlite (the default)',
};

export function renderReliability(options: { date: Date; machine: Machine; quick: boolean; command: string; runs: ScenarioRun[] }): string {
  const { machine, runs } = options;
  const lines = [
    '# Reliability',
    '',
    `Written by \`${options.command}\` (reliability/run.ts) on ${options.date.toISOString()}${options.quick ? ' — the short CI form' : ''}.`,
    '',
    `Machine: ${machine.cpu}, ${machine.cpuCount} cores, ${(machine.memoryBytes / 1024 ** 3).toFixed(1)} GiB; ${machine.os}; Node ${machine.node}; ${machine.postgres}.`,
    '',
    'Everything on loopback: the hub listens on 127.0.0.1, its object store is s3rver (a real S3 server) and its',
    'PostgreSQL a scratch database, each behind a TCP proxy the scenarios cut (connections closed) or hang',
    '(accepted, never answered); the machine’s PostgreSQL is never stopped. The load comes from the same machine,',
    'so the figures are noisy: the cores were shared with other work while they were taken.',
    '',
    '| database | scenario | passed | verdict | seconds |',
    '|---|---|---|---|---:|',
    ...runs.map((run) =>
      'error' in run.result
        ? `| ${run.database} | ${run.name} | **failed to run** | ${run.result.error} | ${run.seconds.toFixed(0)} |`
        : `| ${run.database} | ${run.name} | ${run.result.passed ? 'yes' : '**no**'} | ${run.result.verdict} | ${run.seconds.toFixed(0)} |`,
    ),
  ];
  for (const database of ['server', 'embedded'] as DatabaseKind[]) {
    const ofDatabase = runs.filter((run) => run.database === database);
    if (ofDatabase.length === 0) continue;
    lines.push('', `## ${databaseTitle[database]}`);
    for (const run of ofDatabase) {
      lines.push('', `### ${run.name}`, '', run.description + '.', '');
      if ('error' in run.result) {
        lines.push(`Failed to run: ${run.result.error}`);
        continue;
      }
      const [header, ...body] = run.result.rows;
      lines.push(`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...body.map((row) => `| ${row.join(' | ')} |`));
    }
  }
  return `${lines.join('\n')}\n`;
}

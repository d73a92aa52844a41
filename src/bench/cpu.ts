import { readFile } from 'node:fs/promises';
import { Client } from 'pg';

/** Clock ticks per second of /proc/<pid>/stat on Linux (`getconf CLK_TCK`). */
const ticksPerSecond = 100;

/**
 * CPU seconds (user + system) this process has used so far: every thread of it, so the
 * in-process servers under test, the libuv pool and the garbage collector. Load generators run
 * in child processes (load-child.ts) so that they stay out of this figure.
 */
export function processCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** CPU seconds (user + system) of another process so far, from /proc/<pid>/stat; null once it has gone. */
export async function otherProcessCpuSeconds(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  return stat === null ? null : statCpuSeconds(stat, 'own');
}

/**
 * CPU seconds from a /proc/<pid>/stat line: the process's own (utime + stime, fields 14 and
 * 15), or that of the children it has waited for (cutime + cstime, fields 16 and 17).
 */
export function statCpuSeconds(stat: string, whose: 'own' | 'waited-for children'): number {
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const first = whose === 'own' ? 11 : 13;
  return (Number(fields[first]) + Number(fields[first + 1])) / ticksPerSecond;
}

/**
 * CPU of the PostgreSQL backends serving one database: the pids `pg_stat_activity` lists for
 * it (except the asking connection), each read from /proc. Take one snapshot before and one
 * after; `databaseCpuSecondsBetween` counts what each backend used in between (a backend
 * opened in between from zero; one closed in between is lost, so pooled servers suit it).
 */
export async function databaseCpuSnapshot(databaseUrl: string): Promise<Map<number, number>> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    );
    const snapshot = new Map<number, number>();
    for (const { pid } of rows) {
      const seconds = await otherProcessCpuSeconds(pid);
      if (seconds !== null) snapshot.set(pid, seconds);
    }
    return snapshot;
  } finally {
    await client.end();
  }
}

export function databaseCpuSecondsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let seconds = 0;
  for (const [pid, total] of after) seconds += total - (before.get(pid) ?? 0);
  return seconds;
}

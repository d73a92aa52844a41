import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

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
 * CPU of the PostgreSQL backends serving one database, each read from /proc: the processes
 * whose title (`postgres: 15/main: <user> <database> <host>(<port>) <state>`) names it. Take
 * one snapshot before and one after; `databaseCpuSecondsBetween` counts what each backend used
 * in between (a backend opened in between from zero; one closed in between is lost, so pooled
 * servers suit it). Synchronous on purpose: under load, anything that waits for this process's
 * event loop waits behind the requests being measured.
 */
export function databaseCpuSnapshot(databaseUrl: string): Map<number, number> {
  const database = new URL(databaseUrl).pathname.slice(1);
  const snapshot = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const title = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')[0].split(/\s+/);
      if (title[0] !== 'postgres:' || !title.includes(database)) continue;
      snapshot.set(Number(entry), statCpuSeconds(readFileSync(`/proc/${entry}/stat`, 'utf8'), 'own'));
    } catch {
      // The process ended while being read.
    }
  }
  return snapshot;
}

export function databaseCpuSecondsBetween(before: Map<number, number>, after: Map<number, number>): number {
  let seconds = 0;
  for (const [pid, total] of after) seconds += total - (before.get(pid) ?? 0);
  return seconds;
}

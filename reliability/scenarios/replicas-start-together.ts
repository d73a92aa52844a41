import { migrations } from '../../src/db/migrations';
import { seedIfEmpty } from '../../src/seed';
import { startScenarioHubs } from './scenario-hub';

export interface ReplicaStartFigures {
  tries: number;
  /** Tries in which both replicas started and answered /healthz 200. */
  bothServed: number;
  /** Per try: how many replicas loaded the seed catalogue (1 is right). */
  seedsLoaded: number[];
  /** Tries whose migration table lists each migration exactly once. */
  migrationsAppliedOnce: number;
  failures: string[];
}

/** Issue 14 table, row "two replicas started together on an empty database", on a PostgreSQL server. */
export async function replicasStartTogether(options: { serverUrl: string; tries?: number }): Promise<ReplicaStartFigures> {
  const tries = options.tries ?? 3;
  const figures: ReplicaStartFigures = { tries, bothServed: 0, seedsLoaded: [], migrationsAppliedOnce: 0, failures: [] };
  for (let attempt = 0; attempt < tries; attempt += 1) {
    const started = await startScenarioHubs(options.serverUrl, 2);
    try {
      figures.failures.push(...started.failures);
      if (started.hubs.length < 2) continue;
      const seeded = await Promise.all(started.hubs.map((hub) => seedIfEmpty(hub, { withDemoOfficials: false })));
      figures.seedsLoaded.push(seeded.filter((report) => report !== null).length);
      const health = await Promise.all(started.hubs.map((hub) => hub.http.inject({ method: 'GET', url: '/healthz' })));
      if (health.every((response) => response.statusCode === 200)) figures.bothServed += 1;
      const applied = await started.hubs[0].database.orm.em
        .fork()
        .getConnection()
        .execute<{ name: string }[]>('select name from mikro_orm_migrations order by id');
      if (applied.map((row) => row.name).join() === migrations.map((migration) => migration.name).join())
        figures.migrationsAppliedOnce += 1;
    } finally {
      await started.close();
    }
  }
  return figures;
}

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildHub, type Hub } from '../../src/app';
import { loadConfig } from '../../src/config';
import { migrations } from '../../src/db/migrations';
import { seedIfEmpty } from '../../src/seed';
import { createFreshDatabase, type FreshDatabase } from '../helpers/fresh-database';

// Replicas share a PostgreSQL server; the embedded database belongs to one process by design.
const onServer = process.env.DATABASE_URL ? describe : describe.skip;

onServer('two replicas started together on one empty database', () => {
  let fresh: FreshDatabase;
  let dataDir: string;
  const hubs: Hub[] = [];

  beforeAll(async () => {
    fresh = await createFreshDatabase();
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-replicas-'));
  });

  afterAll(async () => {
    await Promise.all(hubs.map((hub) => hub.close()));
    await fresh.drop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('both start and serve; the migrations are applied once and the seed catalogue is loaded once', async () => {
    const config = loadConfig({ NODE_ENV: 'test', HUB_DATA_DIR: dataDir, LOG_LEVEL: 'silent', DATABASE_URL: fresh.url! });
    const started = await Promise.allSettled([buildHub(config), buildHub(config)]);
    for (const outcome of started) if (outcome.status === 'fulfilled') hubs.push(outcome.value);
    expect(started.map((outcome) => (outcome.status === 'rejected' ? String(outcome.reason) : 'started'))).toEqual(['started', 'started']);

    const seeded = await Promise.all(hubs.map((hub) => seedIfEmpty(hub, { withDemoOfficials: true })));
    expect(seeded.filter((report) => report !== null)).toHaveLength(1);

    const connection = hubs[0].database.orm.em.getConnection();
    const applied = await connection.execute<{ name: string }[]>('select name from mikro_orm_migrations order by id');
    expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
    const [provinces] = await connection.execute<{ n: number }[]>('select count(*)::int as n from province');
    expect(provinces.n).toBeGreaterThan(0);

    for (const hub of hubs) {
      const health = await hub.http.inject({ method: 'GET', url: '/healthz' });
      expect(health.statusCode).toBe(200);
    }
  });
});

import { openDatabase, type Database } from '../../src/db/database';
import { migrations } from '../../src/db/migrations';
import { createFreshDatabase, type FreshDatabase } from '../helpers/fresh-database';

describe('database', () => {
  let fresh: FreshDatabase;
  let database: Database;

  beforeAll(async () => {
    fresh = await createFreshDatabase();
    database = await openDatabase({ url: fresh.url });
    await database.migrate();
  });

  afterAll(async () => {
    await database.close();
    await fresh.drop();
  });

  it('applies the migrations once and is idempotent on a second run', async () => {
    await database.migrate();
    const rows = await database.orm.em.getConnection().execute<{ name: string }[]>('select name from mikro_orm_migrations');
    expect(rows.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
  });

  it('has unaccent and pg_trgm for Vietnamese search', async () => {
    const [row] = await database.orm.em
      .getConnection()
      .execute(`select unaccent('Đắk Nông Phước Hải') as plain, similarity('Ninh Hải', 'Ninh Hai') > 0.2 as similar`);
    expect(row).toEqual({ plain: 'Dak Nong Phuoc Hai', similar: true });
  });

  it('counts the statements it sends', async () => {
    const before = database.statements.total;
    await database.orm.em.getConnection().execute('select 1');
    expect(database.statements.total).toBe(before + 1);
  });
});

import { Pool } from 'pg';
import { openDatabase, type Database } from '../../src/db/database';
import { RegisterDatasetDocument, SearchDatasetsDocument } from '../generated/graphql';
import { createFreshDatabase, type FreshDatabase } from '../helpers/fresh-database';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const writers = 8;
const runMs = 4000;

/** Runs `act` in `writers` loops until `runMs` has passed; counts answers and requests that never returned. */
async function hammer(act: (writer: number, round: number) => Promise<void>): Promise<{ answered: number; unanswered: number }> {
  const deadline = Date.now() + runMs;
  let answered = 0;
  let unanswered = 0;
  const loop = async (writer: number) => {
    for (let round = 0; Date.now() < deadline; round += 1) {
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(resolve, 10_000, 'timeout').unref());
      const outcome = await Promise.race([act(writer, round).then(() => 'answered' as const), timeout]);
      if (outcome === 'timeout') {
        unanswered += 1;
        return;
      }
      answered += 1;
    }
  };
  await Promise.all(Array.from({ length: writers }, (_, writer) => loop(writer)));
  return { answered, unanswered };
}

describe('concurrent writers on one database', () => {
  let fresh: FreshDatabase;
  let database: Database;
  let pool: Pool;

  beforeAll(async () => {
    fresh = await createFreshDatabase();
    database = await openDatabase({ url: fresh.url });
    pool = new Pool({ connectionString: fresh.url ?? database.embedded!.url, max: writers });
    // An idle client cut by the server is reported here rather than as an unhandled event.
    pool.on('error', () => undefined);
    await pool.query('create table scratch_write (id serial primary key, writer int, round int)');
  });

  afterAll(async () => {
    await pool.end();
    await database.close();
    await fresh.drop();
  });

  it('parameterised statements, transactions and failing statements from 8 clients at once never cross or hang', async () => {
    const unexpected: string[] = [];
    const result = await hammer(async (writer, round) => {
      const client = await pool.connect();
      try {
        if (round % 3 === 0) {
          await client.query('begin');
          await client.query('insert into scratch_write (writer, round) values ($1, $2)', [writer, round]);
          await client.query('select count(*) from scratch_write where writer = $1', [writer]);
          await client.query('commit');
        } else if (round % 3 === 1) {
          await client.query('select * from no_such_table where id = $1', [round]).catch((error: Error) => {
            if (!/no_such_table/.test(error.message)) unexpected.push(error.message);
          });
        } else {
          await client.query('insert into scratch_write (writer, round) values ($1, $2) returning id', [writer, round]);
        }
      } catch (error) {
        unexpected.push((error as Error).message);
        await client.query('rollback').catch(() => undefined);
      } finally {
        client.release();
      }
    });
    expect(result.unanswered).toBe(0);
    expect(unexpected).toEqual([]);
    expect(result.answered).toBeGreaterThan(writers);
  });

  it('a client that disconnects inside a transaction leaves nothing open for the others', async () => {
    const leaver = await pool.connect();
    await leaver.query('begin');
    await leaver.query('insert into scratch_write (writer, round) values ($1, $2)', [-1, -1]);
    leaver.release(true);
    const [row] = (await pool.query('select count(*)::int as n from scratch_write where writer = $1', [-1])).rows;
    expect(row).toEqual({ n: 0 });
  });
});

describe('8 concurrent GraphQL writers', () => {
  let t: TestHub;
  let steward: string;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    steward = await t.signIn('ninhthuan', 'vankiemthu');
  });

  afterAll(() => t.close());

  it('every registration, refusal and search is answered, and every registration is kept', async () => {
    const registered: string[] = [];
    const result = await hammer(async (writer, round) => {
      if (round % 4 === 3) {
        await t.gql(SearchDatasetsDocument, { first: 5, search: 'wifi' });
        return;
      }
      // Every fourth registration reuses a slug: a refusal, in a transaction that rolls back.
      const slug = round % 4 === 2 ? `dong-thoi-${writer}-${round - 1}` : `dong-thoi-${writer}-${round}`;
      const response = await t.gql(
        RegisterDatasetDocument,
        {
          input: {
            slug,
            title: `Điểm wifi ${writer}-${round}`,
            description: 'Ghi đồng thời.',
            ownerCode: 'sotttt',
            category: 'SECTORAL',
            accessLevel: 'PUBLIC',
            licence: 'CC-BY-4.0',
          },
        },
        steward,
      );
      if (response.data?.registerDataset.dataset) registered.push(slug);
    });
    expect(result.unanswered).toBe(0);
    const stored = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute<{ n: number }[]>(`select count(*)::int as n from dataset where slug like 'dong-thoi-%'`);
    expect(stored[0].n).toBe(registered.length);
    expect(registered.length).toBeGreaterThan(0);
  });
});

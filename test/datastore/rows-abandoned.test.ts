import { Client } from 'pg';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { addFixtureVersion, createFixtureDataset } from './rows-fixtures';

const slug = 'nt-dong-bi-bo-do';
const rowsQuery = JSON.stringify({ query: `{ datasetRows(slug: "${slug}") { rows } }` });

// PGlite runs one statement at a time on the hub's own thread: there is no backend to cancel.
const onServer = process.env.DATABASE_URL ? describe : describe.skip;

onServer('a datasetRows request whose client leaves has its statement cancelled (issue 14 item 4)', () => {
  let t: TestHub;
  let graphqlUrl: string;
  let versionTable: string;
  /** Holds the version's table locked, so the row statement waits (active) as long as a slow one runs. */
  let locker: Client;
  /** Reads pg_stat_activity outside the locker's transaction, which would see one snapshot of it throughout. */
  let monitor: Client;

  const runningRowStatements = async (): Promise<number> => {
    const { rows } = await monitor.query(
      `select count(*)::int as n from pg_stat_activity where state = 'active' and query like '/* abandonable %' and query not like '%pg_stat_activity%'`,
    );
    return rows[0].n as number;
  };

  const waitUntil = async (condition: () => Promise<boolean>, withinMs: number): Promise<number> => {
    const started = Date.now();
    while (!(await condition())) {
      if (Date.now() - started > withinMs) throw new Error(`not within ${withinMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return Date.now() - started;
  };

  const post = (signal?: AbortSignal) =>
    fetch(graphqlUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: rowsQuery, signal });

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    const datasetId = await createFixtureDataset(t, { slug });
    const version = await addFixtureVersion(t, datasetId, { fields: [{ name: 'district' }], rows: [['Ninh Hải'], ['Phan Rang']] });
    versionTable = `datastore.v_${version.id.replace(/-/g, '')}`;
    graphqlUrl = `${await t.hub.http.listen({ port: 0, host: '127.0.0.1' })}/graphql`;
    locker = new Client({ connectionString: t.config.databaseUrl });
    monitor = new Client({ connectionString: t.config.databaseUrl });
    await Promise.all([locker.connect(), monitor.connect()]);
  });

  afterAll(async () => {
    await Promise.all([locker.end(), monitor.end()]);
    await t.close();
  });

  it('the statement is gone from pg_stat_activity within a second of the client leaving', async () => {
    await locker.query('begin');
    try {
      await locker.query(`lock table ${versionTable} in access exclusive mode`);
      const client = new AbortController();
      const answer = post(client.signal).catch((error: Error) => error);
      await waitUntil(async () => (await runningRowStatements()) === 1, 10_000);
      client.abort();
      const gone = await waitUntil(async () => (await runningRowStatements()) === 0, 2000);
      expect(gone).toBeLessThan(1500);
      expect(await answer).toMatchObject({ name: 'AbortError' });
    } finally {
      await locker.query('rollback');
    }
  });

  it('a client that stays gets its rows once the statement can run: only abandoned statements are cancelled', async () => {
    await locker.query('begin');
    let answer: Promise<Response>;
    try {
      await locker.query(`lock table ${versionTable} in access exclusive mode`);
      answer = post();
      await waitUntil(async () => (await runningRowStatements()) === 1, 10_000);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await runningRowStatements()).toBe(1);
    } finally {
      await locker.query('rollback');
    }
    const response = await answer;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { datasetRows: { rows: [['Ninh Hải'], ['Phan Rang']] } } });
  });
});

import { maxQueryCost } from '../../src/graphql/page-cost';
import { QueryGate } from '../../src/modules/datastore/rows/query-gate';
import { ServiceUnavailableError } from '../../src/shared/unavailable';
import { startTestHub, type TestHub } from '../helpers/test-hub';

/** Published open data whose schema's primary key is `as_of` (so that column is indexed). */
const slug = 'nt-cap-the-can-cuoc-cong-dan';
const rowsQuery = `query Rows($slug: String!, $filter: [RowFilter!], $sort: [RowSort!]) {
  datasetRows(slug: $slug, filter: $filter, sort: $sort, first: 100) { rows }
}`;
/** The failing example of issue 14: a contains-filter and a sort on unindexed columns. */
const scanning = { filter: [{ column: 'source', contains: '004' }], sort: [{ column: 'issued', descending: true }] };

describe('the cost model counts filters and sorts on unindexed columns of large versions', () => {
  let t: TestHub;
  const rows = (variables: Record<string, unknown>) => t.postGraphQL({ query: rowsQuery, variables: { slug, ...variables } });
  const setRowCount = (rowCount: number) =>
    t.hub.database.orm.em
      .getConnection()
      .execute('update dataset_version set row_count = ? where dataset_id = (select id from dataset where slug = ?)', [rowCount, slug]);

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
  });

  afterAll(() => t.close());

  it('runs a contains-filter and sort on unindexed columns of a small version', async () => {
    const small = await rows(scanning);
    expect(small.body.errors).toBeUndefined();
  });

  it('refuses the same query on a 960,000-row version with QUERY_TOO_COSTLY before it runs (row count synthetic)', async () => {
    await setRowCount(960_000);
    const refused = await rows(scanning);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({
        extensions: { code: 'QUERY_TOO_COSTLY' },
        message: expect.stringContaining('filter and sort on indexed columns'),
      }),
    ]);
  });

  it('on that version, still serves the plain page, and a filter and sort on the indexed primary key', async () => {
    await setRowCount(960_000);
    expect((await rows({})).body.errors).toBeUndefined();
    const indexed = await rows({ filter: [{ column: 'as_of', gte: '2020-01-01' }], sort: [{ column: 'as_of' }] });
    expect(indexed.body.errors).toBeUndefined();
  });

  it('one unindexed sort over 960,000 rows costs more than the budget allows, one over 500,000 does not', async () => {
    const sortOnly = { sort: [{ column: 'issued' }] };
    await setRowCount(960_000);
    expect((await rows(sortOnly)).body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    await setRowCount(500_000);
    expect((await rows(sortOnly)).body.errors).toBeUndefined();
    expect(500_000 * 0.25).toBeLessThan(maxQueryCost);
  });

  it('does not reveal a dataset the viewer cannot see: an unknown slug is NOT_FOUND, never too costly', async () => {
    const unknown = await t.postGraphQL({ query: rowsQuery, variables: { slug: 'nt-khong-co', ...scanning } });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('row queries pass a concurrency gate', () => {
  it('runs at most its limit at once, lets a few wait, refuses the rest with 503 at once', async () => {
    const gate = new QueryGate(1, 1, 5000);
    let release!: () => void;
    const first = gate.run(() => new Promise<string>((resolve) => (release = () => resolve('first'))));
    const order: string[] = [];
    const second = gate.run(async () => {
      order.push('second');
      return 'second';
    });
    await expect(gate.run(async () => 'third')).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(order).toEqual([]);
    release();
    await expect(first).resolves.toBe('first');
    await expect(second).resolves.toBe('second');
    await expect(gate.run(async () => 'after')).resolves.toBe('after');
  });

  it('refuses a waiter whose turn does not come within the wait', async () => {
    const gate = new QueryGate(1, 5, 50);
    let release!: () => void;
    const holding = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
    await expect(gate.run(async () => 'late')).rejects.toThrow('too many row queries are running');
    release();
    await holding;
    await expect(gate.run(async () => 'now')).resolves.toBe('now');
  });
});

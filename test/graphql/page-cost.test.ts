import { parse } from 'graphql';
import { buildDeclaredSchema } from '../../src/graphql/schema';
import { maxQueryCost, operationCost } from '../../src/graphql/page-cost';
import { DatasetRowsDocument } from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';

/** Fifteen aliased row pages (armor's alias limit) whose size only the variable tells. */
const pages = (header: string) =>
  `query Pages${header} { ${Array.from({ length: 15 }, (_, i) => `p${i}: datasetRows(slug: "nt-khong-co", first: $n) { rows rowNumbers columns { name title type } }`).join(' ')} }`;

describe('hostile GraphQL: list fields cost their page size, variables included (issue 5)', () => {
  const schema = buildDeclaredSchema();

  it('the cost of a page follows `first` from a literal, a variable, a variable default and the schema default', () => {
    const cost = (query: string, variables?: Record<string, unknown>) => operationCost(schema, parse(query), null, variables);
    const perRow = 1 + 1 + 1 + 1 + 3;
    expect(cost(pages('($n: Int!)'), { n: 10 })).toBe(15 * 10 * perRow);
    expect(cost(pages('($n: Int!)'), { n: 10_000 })).toBe(15 * 10_000 * perRow);
    expect(cost(pages('($n: Int = 1000)'))).toBe(15 * 1000 * perRow);
    expect(cost('{ datasetRows(slug: "a") { rows } }')).toBe(100 * 2);
    expect(cost('{ datasetRows(slug: "a", first: 7) { rows } }')).toBe(7 * 2);
    // The largest single page a client may ask for, with every field of the row page, stays within the budget.
    expect(operationCost(schema, DatasetRowsDocument, null, { slug: 'a', first: 10_000 })).toBeLessThanOrEqual(maxQueryCost);
  });

  describe('over HTTP', () => {
    let t: TestHub;
    beforeAll(async () => {
      t = await startTestHub();
    });
    afterAll(() => t.close());

    it('the same query runs with a small page and is refused with QUERY_TOO_COSTLY before execution with a large one', async () => {
      const small = await t.postGraphQL({ query: pages('($n: Int!)'), variables: { n: 10 } });
      expect(small.status).toBe(200);
      // It ran: each page says the dataset does not exist.
      expect(small.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');

      const large = await t.postGraphQL({ query: pages('($n: Int!)'), variables: { n: 10_000 } });
      expect(large.status).toBe(400);
      expect(large.body.data ?? null).toBeNull();
      expect(large.body.errors).toEqual([
        expect.objectContaining({ message: expect.stringContaining('1050000'), extensions: { code: 'QUERY_TOO_COSTLY' } }),
      ]);

      const byDefault = await t.postGraphQL({ query: pages('($n: Int = 10000)') });
      expect(byDefault.body.errors?.[0].extensions?.code).toBe('QUERY_TOO_COSTLY');
    });
  });
});

import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { createVersion } from '../bench/rows-page';
import { maxQueryCost, unindexedRowCost } from '../src/graphql/page-cost';
import { graphqlRequest, ms, percentile, sleep, statusCounts, timedRequest, type Answer } from './probe';
import type { Scenario } from './scenario';

const slug = 'reliability-rows';
const connections = 50;
const rowsQuery = `query Rows($slug: String!, $filter: [RowFilter!], $sort: [RowSort!]) {
  datasetRows(slug: $slug, filter: $filter, sort: $sort, first: 100) { rows rowNumbers }
}`;
/** The heaviest the cost model lets through: a sort on an unindexed column, a full scan and sort per request. */
const heaviestAccepted = { slug, sort: [{ column: 'commune', descending: true }] };
/** Issue 14's failing example: a contains-filter and a sort on unindexed columns. */
const issueExample = { slug, filter: [{ column: 'note', contains: '77' }], sort: [{ column: 'procedure' }] };

/**
 * Issue 14: 50 anonymous connections sending a heavy, accepted datasetRows query. Each
 * connection honours Retry-After after a 503, as a well-behaved client does; /healthz is
 * probed once a second throughout.
 */
export const heavyRowsFlood: Scenario = {
  name: 'heavy datasetRows flood',
  description: `${connections} connections, each sending a datasetRows page sorted on an unindexed column (a full scan and sort per request) back to back; /healthz probed every second`,
  async run({ target, quick, log }) {
    // PGlite runs a query on the hub's own thread: a long scan there stalls every request, /healthz included.
    const rows = quick ? 30_000 : target.database === 'server' ? 700_000 : 150_000;
    const seconds = quick ? 2 : 20;
    log(`generating a ${rows}-row version`);
    const client = new Client({ connectionString: target.directDatabaseUrl });
    await client.connect();
    try {
      await createVersion(target, client, { slug, rows });
    } finally {
      await client.end();
    }
    const url = `${target.baseUrl}/graphql`;
    const refused = await timedRequest(url, graphqlRequest(rowsQuery, issueExample));
    const single = await timedRequest(url, graphqlRequest(rowsQuery, heaviestAccepted));

    log(`${connections} connections for ${seconds} s`);
    const deadline = performance.now() + seconds * 1000;
    const answers: Answer[] = [];
    const probes: Answer[] = [];
    const flood = Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const answer = await timedRequest(url, graphqlRequest(rowsQuery, heaviestAccepted), 60_000);
        answers.push(answer);
        if (answer.status === 503) await sleep(1000 * Number(answer.retryAfter ?? 1));
      }
    });
    const probing = (async () => {
      while (performance.now() < deadline) {
        probes.push(await timedRequest(`${target.baseUrl}/healthz`, {}, 5000));
        await sleep(1000);
      }
    })();
    await Promise.all([...flood, probing]);

    const completed = answers.filter((answer) => answer.status === 200 && !answer.body.includes('"errors"'));
    const healthy = probes.filter((probe) => probe.status === 200).length;
    const codeOf = (answer: Answer) =>
      /"code":"([A-Z_]+)"/.exec(answer.body)?.[1] ?? (answer.status === 200 ? 'data' : String(answer.status));
    // Two unindexed operations over the version: refused once they cost more than the budget.
    const expectedForExample = rows * 2 * unindexedRowCost > maxQueryCost ? 'QUERY_TOO_COSTLY' : 'data';
    return {
      rows: [
        ['figure', 'value'],
        ['version rows', rows],
        ['issue 14 example (contains-filter + sort, unindexed)', `${codeOf(refused)} in ${ms(refused.ms)}`],
        ['one heavy page alone', `${codeOf(single)} in ${ms(single.ms)}`],
        [`completions in ${seconds} s`, completed.length],
        ['answers', statusCounts(answers)],
        [
          'p50 / p99 of completions',
          `${ms(
            percentile(
              completed.map((a) => a.ms),
              0.5,
            ),
          )} / ${ms(
            percentile(
              completed.map((a) => a.ms),
              0.99,
            ),
          )}`,
        ],
        ['/healthz probes 200', `${healthy} of ${probes.length} (slowest ${ms(Math.max(0, ...probes.map((p) => p.ms)))})`],
      ],
      verdict: `${completed.length} completions, /healthz ${healthy}/${probes.length}, issue example ${codeOf(refused)}`,
      passed: completed.length > 0 && healthy === probes.length && codeOf(refused) === expectedForExample,
    };
  },
};

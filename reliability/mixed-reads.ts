import autocannon from 'autocannon';
import { ms } from './probe';
import type { Scenario } from './scenario';

/** The promise: p99 of answered requests under these, per connection count. */
const p99Bounds = [
  { connections: 50, p99Ms: 250 },
  { connections: 200, p99Ms: 1000 },
];

const graphql = (query: string) => ({
  method: 'POST' as const,
  path: '/graphql',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query }),
});

/**
 * Issue 14: mixed anonymous reads at 50 and 200 connections (autocannon in a worker thread).
 * Past the hub's bound of requests in flight the answer is an immediate 503; the p99 is over
 * every answer, refusals included, and the 503s are counted apart.
 */
export const mixedReads: Scenario = {
  name: 'mixed reads',
  description: `catalogue page, a rows page, the CSV download and the Data Package descriptor in turn, at ${p99Bounds.map((b) => b.connections).join(' and ')} connections`,
  async run({ target, quick, log }) {
    const seconds = quick ? 1 : 15;
    const requests = [
      graphql('{ datasets(first: 20) { totalCount edges { node { slug title } } } }'),
      graphql(`{ datasetRows(slug: "${target.slug}", first: 100) { rows rowNumbers } }`),
      { method: 'GET' as const, path: `/datasets/${target.slug}/download` },
      { method: 'GET' as const, path: `/datasets/${target.slug}/datapackage.json` },
    ];
    const table: (string | number)[][] = [
      ['connections', 'answers/s', 'served (2xx)/s', 'p50', 'p99', '2xx', '503', 'other', 'errors + timeouts', 'p99 bound'],
    ];
    let passed = true;
    for (const bound of p99Bounds) {
      log(`${bound.connections} connections for ${seconds} s`);
      const result = await autocannon({
        url: target.baseUrl,
        connections: bound.connections,
        duration: seconds,
        requests,
        workers: 1,
        timeout: 30,
        warmup: { duration: quick ? 1 : 2, connections: bound.connections },
      });
      const refused = result.statusCodeStats['503']?.count ?? 0;
      const ok = Object.entries(result.statusCodeStats)
        .filter(([code]) => code.startsWith('2'))
        .reduce((sum, [, { count }]) => sum + count, 0);
      const other = Object.values(result.statusCodeStats).reduce((sum, { count }) => sum + count, 0) - ok - refused;
      const boundHeld = result.latency.p99 < bound.p99Ms;
      // A second on CI’s shared cores measures its noise more than the hub: the short form holds
      // the hub to answering everything, and reports the p99 the full run holds to its bound.
      const within = (boundHeld || quick) && result.errors + result.timeouts === 0 && other === 0;
      passed &&= within;
      table.push([
        bound.connections,
        Math.round(result.requests.average),
        // autocannon resends at once after a 503 (no Retry-After): refusals can crowd out service.
        Math.round(ok / seconds),
        ms(result.latency.p50),
        ms(result.latency.p99),
        ok,
        refused,
        other,
        result.errors + result.timeouts,
        `< ${bound.p99Ms} ms: ${boundHeld ? 'yes' : quick ? 'no (not held in the short form)' : 'NO'}`,
      ]);
    }
    const verdict = quick
      ? passed
        ? 'every request answered, no errors'
        : 'errors or unexpected answers'
      : passed
        ? 'p99 within bounds, no errors'
        : 'p99 bound or errors missed';
    return { rows: table, verdict, passed };
  },
};

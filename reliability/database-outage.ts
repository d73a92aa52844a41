import { performance } from 'node:perf_hooks';
import { graphqlRequest, ms, sleep, statusCounts, timedRequest, type Answer } from './probe';
import type { Scenario } from './scenario';

const catalogue = graphqlRequest('{ datasets(first: 5) { totalCount } }');
const codeOf = (answer: Answer) => /"code":"([A-Z_]+)"/.exec(answer.body)?.[1] ?? (answer.status === 200 ? 'data' : String(answer.status));

/**
 * Issue 14: PostgreSQL unreachable for a few seconds — the proxy between hub and server
 * closes every connection; the shared server itself is never stopped. Downloads must answer
 * 503, GraphQL a coded SERVICE_UNAVAILABLE, /healthz 503; then the first success once it is back.
 */
export const databaseOutage: Scenario = {
  name: 'PostgreSQL outage',
  databases: ['server'],
  description: 'the connection to PostgreSQL cut for a few seconds while downloads, GraphQL and /healthz are probed twice a second',
  async run({ target, quick, log }) {
    const proxy = target.databaseProxy!;
    const seconds = quick ? 2 : 8;
    log(`database cut for ${seconds} s`);
    proxy.setMode('cut');
    const downloads: Answer[] = [];
    const graphql: Answer[] = [];
    const health: Answer[] = [];
    const deadline = performance.now() + seconds * 1000;
    while (performance.now() < deadline) {
      const [download, query, probe] = await Promise.all([
        timedRequest(`${target.baseUrl}/datasets/${target.slug}/download`, {}, 30_000),
        timedRequest(`${target.baseUrl}/graphql`, catalogue, 30_000),
        timedRequest(`${target.baseUrl}/healthz`, {}, 30_000),
      ]);
      downloads.push(download);
      graphql.push(query);
      health.push(probe);
      await sleep(500);
    }
    proxy.setMode('forward');
    const back = performance.now();
    let first: Answer;
    do first = await timedRequest(`${target.baseUrl}/graphql`, catalogue, 30_000);
    while (codeOf(first) !== 'data' && performance.now() - back < 30_000 && (await sleep(100)) === undefined);
    const recovery = performance.now() - back;

    const codes = graphql.map(codeOf);
    const slowest = Math.max(...[...downloads, ...graphql, ...health].map((answer) => answer.ms));
    const passed =
      downloads.every((answer) => answer.status === 503) &&
      codes.every((code) => code === 'SERVICE_UNAVAILABLE') &&
      health.every((answer) => answer.status === 503) &&
      codeOf(first) === 'data';
    return {
      rows: [
        ['figure', 'value'],
        ['downloads', statusCounts(downloads)],
        ['GraphQL', [...new Set(codes)].map((code) => `${code} ×${codes.filter((c) => c === code).length}`).join(', ')],
        ['/healthz', statusCounts(health)],
        ['slowest answer during the outage', ms(slowest)],
        ['first GraphQL success after the database returned', ms(recovery)],
      ],
      verdict: passed ? 'downloads 503, GraphQL SERVICE_UNAVAILABLE, /healthz 503, recovered' : 'an answer was not the promised one',
      passed,
    };
  },
};

import { seed } from '../../src/seed';
import { devSignInToken, postGraphQL, registerDataset, registration } from './graphql-client';
import { startScenarioHubs } from './scenario-hub';

export interface ConcurrentWriterFigures {
  writers: number;
  seconds: number;
  answered: number;
  /** Requests with no answer within `requestTimeoutMs`: the row passes at 0. */
  unanswered: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * Issue 14 table, row "embedded PGlite, 8 concurrent writers": GraphQL registrations over
 * loopback HTTP from `writers` loops for `seconds`, each request given `requestTimeoutMs` to
 * answer. Every fourth reuses a slug, so refusals (rolled-back transactions) are in the mix.
 */
export async function pgliteConcurrentWriters(
  options: { writers?: number; seconds?: number; requestTimeoutMs?: number } = {},
): Promise<ConcurrentWriterFigures> {
  const writers = options.writers ?? 8;
  const seconds = options.seconds ?? 60;
  const started = await startScenarioHubs(undefined, 1);
  const [hub] = started.hubs;
  if (!hub) throw new Error(`the hub did not start: ${started.failures.join('; ')}`);
  try {
    await seed(hub, { withDemoOfficials: true });
    const baseUrl = await hub.http.listen({ host: '127.0.0.1', port: 0 });
    const post = (query: string, variables: object, token?: string) =>
      postGraphQL(baseUrl, query, variables, { token, timeoutMs: options.requestTimeoutMs });
    const token = await devSignInToken(baseUrl, 'vankiemthu');

    const latencies: number[] = [];
    let unanswered = 0;
    const deadline = Date.now() + seconds * 1000;
    const loop = async (writer: number) => {
      for (let round = 0; Date.now() < deadline; round += 1) {
        const slug = `ghi-${writer}-${round % 4 === 3 ? round - 1 : round}`;
        const input = registration(slug, `Ghi đồng thời ${writer}-${round}`);
        const begun = performance.now();
        try {
          await post(registerDataset, { input }, token);
          latencies.push(performance.now() - begun);
        } catch {
          unanswered += 1;
        }
      }
    };
    await Promise.all(Array.from({ length: writers }, (_, writer) => loop(writer)));
    latencies.sort((a, b) => a - b);
    const at = (quantile: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))] ?? 0);
    return { writers, seconds, answered: latencies.length, unanswered, p50Ms: at(0.5), p99Ms: at(0.99) };
  } finally {
    await started.close();
  }
}

import { performance } from 'node:perf_hooks';
import { ms, statusCounts, timedRequest, type Answer } from './probe';
import type { HubUnderTest, Scenario } from './scenario';
import type { ProxyMode } from './tcp-proxy';

const attempts = 5;

/**
 * Issue 14: the object store killed (the proxy closes every connection) and hung (it accepts
 * and never answers). Downloads and uploads must answer 503 naming the store within the
 * store timeout, never 500 and never hang; the store is back within a request once restored.
 */
export const storeFaults: Scenario = {
  name: 'object store killed and hung',
  description: `${attempts} downloads and ${attempts} uploads at once while the S3 store is down, then while it hangs; then the time to the first download once it is back`,
  async run({ target, log }) {
    const table: (string | number)[][] = [['store', 'downloads', 'uploads', 'slowest answer', 'message names the store']];
    let passed = true;
    for (const mode of ['cut', 'hang'] as ProxyMode[]) {
      log(`store ${mode}`);
      target.storeProxy.setMode(mode);
      const started = performance.now();
      const [downloads, uploads] = await Promise.all([
        Promise.all(Array.from({ length: attempts }, () => download(target))),
        Promise.all(Array.from({ length: attempts }, (_, index) => upload(target, `${mode}-${index}`))),
      ]);
      const slowest = performance.now() - started;
      const answers = [...downloads, ...uploads];
      const named = answers.every((answer) => answer.body.includes('Kho tệp MinIO/S3') && answer.body.includes('the file store MinIO/S3'));
      passed &&= answers.every((answer) => answer.status === 503) && named;
      table.push([mode === 'cut' ? 'killed' : 'hung', statusCounts(downloads), statusCounts(uploads), ms(slowest), named ? 'yes' : 'NO']);
    }
    target.storeProxy.setMode('forward');
    const back = performance.now();
    let first: Answer;
    do first = await download(target);
    while (first.status !== 200 && performance.now() - back < 30_000);
    table.push(['restored', statusCounts([first]), '', `first 200 after ${ms(performance.now() - back)}`, '']);
    return { rows: table, verdict: passed ? 'every answer 503 naming the store' : 'some answer was not a 503 naming the store', passed };
  },
};

function download(target: HubUnderTest): Promise<Answer> {
  return timedRequest(`${target.baseUrl}/datasets/${target.slug}/download`, {}, 60_000);
}

function upload(target: HubUnderTest, marker: string): Promise<Answer> {
  return timedRequest(
    `${target.baseUrl}/datasets/${target.slug}/distributions`,
    {
      method: 'PUT',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${target.stewardToken}` },
      body: `account_level,account_level_name,activated,as_of,source\n1,Mức 1,${marker.length},2024-06-06,${marker}\n`,
    },
    60_000,
  );
}

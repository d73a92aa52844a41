import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Hub } from '../../src/app';
import { ingestionTableSchema, writeIngestionCsv } from '../../bench/ingestion-csv';
import { seedIfEmpty } from '../../src/seed';
import { startScenarioHubs } from './scenario-hub';

export interface ReplicaUploadFigures {
  /** The rows of the upload accepted first (the larger, so it finishes last) and of the one after it. */
  olderRows: number;
  newerRows: number;
  /** Each upload's job state and version number, in the order they were accepted. */
  jobs: { replica: number; state: string; versionNumber: number; finishedAt: Date | null }[];
  /** The row count of the version served (the highest number). */
  servedRows: number | null;
}

const slug = 'tin-cay-hai-ban-sao';

/**
 * Issue 14 table, row "two uploads to one dataset through two replicas": a large file uploaded
 * through the first replica and a small one right after through the second, on one PostgreSQL
 * database and queue; the small one finishes first. The upload accepted last must be served.
 */
export async function uploadsThroughTwoReplicas(options: { serverUrl: string; olderRows: number }): Promise<ReplicaUploadFigures> {
  const started = await startScenarioHubs(options.serverUrl, 2);
  try {
    if (started.hubs.length < 2) throw new Error(`a replica did not start: ${started.failures.join('; ')}`);
    const [first, second] = started.hubs;
    await seedIfEmpty(first, { withDemoOfficials: true });
    const dataset = await first.services().trusted.catalog.upsertFromCatalog({
      slug,
      provinceCode: 'ninhthuan',
      ownerCode: 'catinh',
      title: 'Kiểm thử hai bản sao (two replicas)',
      description: 'Hai lượt tải lên qua hai bản sao của hub (two uploads through two replicas).',
      category: 'SURVEY',
      accessLevel: 'PUBLIC',
      licence: 'CC-BY-4.0',
      tableSchema: ingestionTableSchema,
    });
    const newerRows = 10;
    const [older, newer] = await Promise.all(
      [options.olderRows, newerRows].map(async (rows) => {
        const file = path.join(started.config.dataDir, `upload-${rows}.csv`);
        await writeIngestionCsv(file, rows);
        return readFile(file);
      }),
    );
    const token = await stewardToken(first);
    const accepted = [await upload(first, token, older), await upload(second, token, newer)];
    const { datastore } = first.services();
    const jobs = await Promise.all(accepted.map((jobId) => datastore.waitForJob(jobId, { timeoutMs: 120_000 })));
    const [served] = (await datastore.versionsOf([dataset.id])).get(dataset.id) ?? [];
    return {
      olderRows: options.olderRows,
      newerRows,
      jobs: jobs.map((job, index) => ({
        replica: index + 1,
        state: job.state,
        versionNumber: job.versionNumber,
        finishedAt: job.finishedAt ?? null,
      })),
      servedRows: served?.rowCount ?? null,
    };
  } finally {
    await started.close();
  }
}

async function stewardToken(hub: Hub): Promise<string> {
  const response = await hub.http.inject({
    method: 'POST',
    url: '/graphql',
    payload: { query: 'mutation { devSignIn(province: "ninhthuan", accountName: "thividu") { token } }' },
  });
  return response.json<{ data: { devSignIn: { token: string } } }>().data.devSignIn.token;
}

/** PUT through the replica's own HTTP stack, as a client would; the accepted job's id. */
async function upload(hub: Hub, token: string, body: Buffer): Promise<string> {
  const response = await hub.http.inject({
    method: 'PUT',
    url: `/datasets/${slug}/distributions`,
    headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
    payload: body,
  });
  const answer = response.json<{ ingestionJobId?: string | null }>();
  if (response.statusCode !== 201 || !answer.ingestionJobId) throw new Error(`upload refused (${response.statusCode}): ${response.body}`);
  return answer.ingestionJobId;
}

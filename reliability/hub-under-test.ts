import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildHub } from '../src/app';
import type { Cleanup } from '../bench/cleanup';
import { serverUrl } from '../bench/server-database';
import { loadConfig } from '../src/config';
import { createScratchDatabase } from '../src/db/scratch-database';
import { seed } from '../src/seed';
import { startS3rverProcess } from './s3rver-process';
import type { DatabaseKind, HubUnderTest } from './scenario';
import { startTcpProxy } from './tcp-proxy';

/** s3rver's built-in credentials. */
const s3rverKeys = { MINIO_ACCESS_KEY: 'S3RVER', MINIO_SECRET_KEY: 'S3RVER' };
/** Seeded, published, owned by catinh, whose steward is thividu (seeds/demo-officials.yaml). */
const slug = 'nt-tai-khoan-dinh-danh-dien-tu';

/**
 * The hub as production builds it, seeded, listening on loopback, with its object store a
 * real S3 server (s3rver) and — on the PostgreSQL server — its database, each behind a TCP
 * proxy the scenarios cut or hang. The machine's PostgreSQL itself is never stopped.
 */
export async function startHubUnderTest(database: DatabaseKind, cleanup: Cleanup, storeTimeoutMs: number): Promise<HubUnderTest> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-reliability-'));
  cleanup.defer('data directory', () => fs.rm(dataDir, { recursive: true, force: true }));

  const s3 = await startS3rverProcess(path.join(dataDir, 's3rver'));
  cleanup.defer('s3rver', s3.stop);
  const s3Port = s3.port;
  const storeProxy = await startTcpProxy({ host: '127.0.0.1', port: s3Port });
  cleanup.defer('store proxy', () => storeProxy.close());

  let databaseUrl: string | undefined;
  let directDatabaseUrl = '';
  let databaseProxy = null;
  if (database === 'server') {
    const scratch = await createScratchDatabase(serverUrl, 'hub_reliability');
    cleanup.defer('scratch database', scratch.drop);
    directDatabaseUrl = scratch.url;
    const direct = new URL(scratch.url);
    databaseProxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    cleanup.defer('database proxy', () => databaseProxy!.close());
    const proxied = new URL(scratch.url);
    proxied.port = String(databaseProxy.port);
    databaseUrl = proxied.toString();
  }

  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    HUB_DATA_DIR: dataDir,
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    BLOB_STORE: 'minio',
    MINIO_ENDPOINT: '127.0.0.1',
    MINIO_PORT: String(storeProxy.port),
    ...s3rverKeys,
    HUB_STORE_TIMEOUT_MS: String(storeTimeoutMs),
    // Every request comes from 127.0.0.1: the per-address fair-use limit would measure itself.
    HUB_FAIR_USE_PER_MINUTE: String(1e9),
    HUB_GRAPHQL_PER_MINUTE: String(1e9),
  });
  const hub = await buildHub(config, { embeddedInMemory: true });
  cleanup.defer('hub', () => hub.close());
  await seed(hub, { withDemoOfficials: true });
  const dataset = await hub.services().trusted.catalog.findForReview(slug);
  const jobs = dataset ? ((await hub.services().datastore.jobsOf([dataset.id])).get(dataset.id) ?? []) : [];
  await Promise.all(jobs.map((job) => hub.services().datastore.waitForJob(job.id, { timeoutMs: 60_000 })));
  const baseUrl = await hub.http.listen({ host: '127.0.0.1', port: 0 });
  const signIn = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation { devSignIn(province: "ninhthuan", accountName: "thividu") { token } }' }),
  });
  const stewardToken = ((await signIn.json()) as { data: { devSignIn: { token: string } } }).data.devSignIn.token;
  directDatabaseUrl ||= hub.database.embedded!.url;
  return { hub, baseUrl, database, storeProxy, databaseProxy, directDatabaseUrl, stewardToken, slug };
}

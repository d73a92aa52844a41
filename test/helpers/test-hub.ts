import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { buildHub, type Hub } from '../../src/app';
import { loadConfig, type HubConfig } from '../../src/config';
import type { StageListener } from '../../src/modules/datastore/service';
import type { Clock } from '../../src/shared/clock';
import { seed } from '../../src/seed';
import { DevSignInDocument } from '../generated/graphql';
import { createFreshDatabase } from './fresh-database';
import { copySnapshotData, currentHubTemplate, embeddedDump } from './hub-template';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface TestHub {
  hub: Hub;
  config: HubConfig;
  dataDir: string;
  gql<T, V>(document: TypedDocumentNode<T, V>, variables?: V, token?: string): Promise<GraphQLResponse<T>>;
  /** Raw POST /graphql, for hostile or malformed requests. */
  postGraphQL(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: GraphQLResponse<unknown> }>;
  signIn(province: string, accountName: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestHubOptions {
  /**
   * The seed catalogue and demo officials; copied from the run's template unless a clock or
   * another object store is given (the template's files live in its own data directory).
   */
  seed?: boolean;
  env?: Record<string, string>;
  /** Time as the hub's services see it (grant expiry, overdue requests), seeding included; the system clock when absent. */
  clock?: Clock;
  /** Listens to ingestion stage timings (which road a file took). */
  onIngestionStage?: StageListener;
  /** Receives the HTTP log (set LOG_LEVEL in env, which is silent otherwise). */
  logStream?: NodeJS.WritableStream;
}

/**
 * The hub exactly as production builds it, on a fresh database of its own (PostgreSQL when
 * DATABASE_URL is set, embedded PGlite otherwise) and a fresh data directory. It starts as a
 * copy of the run's template (test/helpers/global-setup.ts): seeded, which is the same rows
 * without the seconds of seeding, or migrated, which a clock or another object store then
 * seeds here, at that clock's time and into that store.
 */
export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const template = options.env?.DATABASE_URL ? undefined : currentHubTemplate();
  // The seeded snapshot's files live in its own data directory, and it was seeded at its own time.
  const seededByCopy = Boolean(template && options.seed && !options.clock && (options.env?.BLOB_STORE ?? 'fs') === 'fs');
  const snapshot = seededByCopy ? template?.seeded : template?.migrated;
  const database = await createFreshDatabase(snapshot?.database);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-test-'));
  if (snapshot) await copySnapshotData(snapshot, dataDir);
  const config = loadConfig({
    NODE_ENV: 'test',
    HUB_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    // Suites fire requests in parallel to test other rules; the overload bound has its own test.
    HUB_MAX_REQUESTS_IN_FLIGHT: '1000',
    ...(database.url ? { DATABASE_URL: database.url } : {}),
    ...options.env,
  });
  const hub = await buildHub(config, {
    embeddedInMemory: true,
    embeddedFrom: snapshot && !database.url ? await embeddedDump(snapshot) : undefined,
    clock: options.clock,
    logStream: options.logStream,
    ...(options.onIngestionStage ? { ingestion: { onStage: options.onIngestionStage } } : {}),
  });
  if (options.seed && !seededByCopy) await seed(hub, { withDemoOfficials: true });

  const postGraphQL = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await hub.http.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...headers },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.statusCode, body: response.json() as GraphQLResponse<unknown> };
  };

  const gql = async <T, V>(document: TypedDocumentNode<T, V>, variables?: V, token?: string): Promise<GraphQLResponse<T>> => {
    const { status, body } = await postGraphQL({ query: print(document), variables }, token ? { authorization: `Bearer ${token}` } : {});
    return { ...(body as GraphQLResponse<T>), status };
  };

  return {
    hub,
    config,
    dataDir,
    gql,
    postGraphQL,
    async signIn(province, accountName) {
      const result = await gql(DevSignInDocument, { province, accountName });
      const token = result.data?.devSignIn.token;
      if (!token) throw new Error(`sign-in of ${accountName} failed: ${JSON.stringify(result)}`);
      return token;
    },
    async close() {
      await hub.close();
      await database.drop();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

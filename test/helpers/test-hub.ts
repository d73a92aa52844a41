import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { buildHub, type Hub } from '../../src/app';
import { loadConfig, type HubConfig } from '../../src/config';
import type { StageListener } from '../../src/modules/datastore/service';
import type { Clock } from '../../src/shared/clock';
import { DevSignInDocument } from '../generated/graphql';
import { createFreshDatabase } from './fresh-database';
import { copySnapshotData, currentHubTemplate, embeddedDump, type HubSnapshot, type HubTemplate } from './hub-template';

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
   * The seed catalogue and demo officials: copied from the run's template when it was seeded at a
   * time the hub's clock allows (see seededSnapshotFor), else seeded here at the clock's time.
   */
  seed?: boolean;
  env?: Record<string, string>;
  /** Time as the hub's services see it (grant expiry, overdue requests), seeding included (see seededSnapshotFor); the system clock when absent. */
  clock?: Clock;
  /** Listens to ingestion stage timings (which road a file took). */
  onIngestionStage?: StageListener;
  /** Receives the HTTP log (set LOG_LEVEL in env, which is silent otherwise). */
  logStream?: NodeJS.WritableStream;
}

/**
 * The seeded snapshot that is what this hub would seed itself, or none. Its files live in its
 * own data directory, so another object store seeds its own. A clock reading the template's
 * fixed seeding time gets the copy seeded at exactly that time; a clock reading the present (a
 * suite's clock that starts at the system time) gets the one seeded on the system clock at the
 * start of the run, minutes before, as a running hub's seed would be. Any other clock seeds here.
 */
function seededSnapshotFor(template: HubTemplate, options: TestHubOptions): HubSnapshot | undefined {
  if ((options.env?.BLOB_STORE ?? 'fs') !== 'fs') return undefined;
  if (!options.clock) return template.seeded;
  const now = options.clock.now().getTime();
  if (now === Date.parse(template.seededAtFixedTime.seededAt!)) return template.seededAtFixedTime;
  if (now >= Date.parse(template.seeded.seededAt!) && now <= Date.now()) return template.seeded;
  return undefined;
}

/**
 * The hub exactly as production builds it, on a fresh database of its own (PostgreSQL when
 * DATABASE_URL is set, embedded PGlite otherwise) and a fresh data directory. It starts as a
 * copy of the run's template (test/helpers/global-setup.ts): seeded, which is the same rows
 * without the seconds of seeding, or migrated, which is then seeded here when no seeded
 * snapshot fits its clock or object store.
 */
export async function startTestHub(options: TestHubOptions = {}): Promise<TestHub> {
  const template = options.env?.DATABASE_URL ? undefined : currentHubTemplate();
  const seededCopy = template && options.seed ? seededSnapshotFor(template, options) : undefined;
  const snapshot = seededCopy ?? template?.migrated;
  const database = await createFreshDatabase(snapshot?.database);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-test-'));
  if (snapshot) await copySnapshotData(snapshot, dataDir);
  const config = loadConfig({
    NODE_ENV: 'test',
    HUB_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    // Suites fire requests in parallel to test other rules; the overload bound has its own test.
    HUB_MAX_REQUESTS_IN_FLIGHT: '1000',
    // scrypt at 2^10 instead of 2^15: suites hash hundreds of passwords and secrets. A hub in
    // production mode keeps the production cost, which is all it accepts.
    ...(options.env?.NODE_ENV === 'production' ? {} : { HUB_PASSWORD_HASH_COST: '10' }),
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
  // Loaded only to seed: the catalogue's YAML and JSON Schema readers are not needed to copy a seed.
  if (options.seed && !seededCopy) await (await import('../../src/seed')).seed(hub, { withDemoOfficials: true });

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

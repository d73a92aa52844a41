import type { Hub } from '../src/app';
import type { TcpProxy } from './tcp-proxy';

export type DatabaseKind = 'server' | 'embedded';

/** The hub under test, listening on loopback, its dependencies behind proxies that can fail them. */
export interface HubUnderTest {
  hub: Hub;
  baseUrl: string;
  database: DatabaseKind;
  /** Between the hub and its object store (s3rver): cut or hang it to stage an outage. */
  storeProxy: TcpProxy;
  /** Between the hub and the PostgreSQL server; null on the embedded database, which lives in the hub's process. */
  databaseProxy: TcpProxy | null;
  /** The database itself, not through the proxy: for setting up data. */
  directDatabaseUrl: string;
  /** A steward's bearer token, for uploads. */
  stewardToken: string;
  /** A published open dataset with a CSV, for downloads and uploads. */
  slug: string;
}

export interface ScenarioContext {
  target: HubUnderTest;
  /** Shorter rounds, for CI. */
  quick: boolean;
  log(message: string): void;
}

/** One table of figures: the first row names the columns. */
export interface ScenarioResult {
  rows: (string | number)[][];
  /** What the figures say against the promise, e.g. "p99 < 1 s: yes". */
  verdict: string;
  passed: boolean;
}

export interface Scenario {
  name: string;
  /** What is done to the hub, for the report. */
  description: string;
  /** Databases the scenario makes sense on; both when absent. */
  databases?: DatabaseKind[];
  /** Databases where it runs in the full form only: CI's quick form has no time for it there. */
  fullFormOnly?: DatabaseKind[];
  run(context: ScenarioContext): Promise<ScenarioResult>;
}

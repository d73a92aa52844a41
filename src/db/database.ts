import { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { hubModules } from '../modules';
import { withAdvisoryLock } from './advisory-lock';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';
import { HealthProbe } from './health-probe';
import { migrations } from './migrations';
import { countingLoggerFactory, StatementCounter } from './statement-counter';

export interface Database {
  orm: MikroORM;
  statements: StatementCounter;
  /** Present when the hub runs on its embedded PGlite. */
  embedded?: EmbeddedPostgres;
  migrate(): Promise<void>;
  /**
   * Runs `work` under the cluster-wide start-up lock (migrations, seeding): replicas starting
   * together take turns instead of racing. The embedded database has one process and no lock.
   */
  exclusively<T>(work: () => Promise<T>): Promise<T>;
  /** On a connection of its own, so a saturated pool does not read as an outage. */
  check(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL server; unset starts the embedded PGlite. */
  url?: string;
  /** Where the embedded database keeps its files; unset keeps it in memory. */
  embeddedDataDir?: string;
  /** The embedded database starts as a copy of this dump (PGlite's dumpDataDir) instead of empty. */
  embeddedFrom?: Blob;
  /** Print every SQL statement and migration step (LOG_LEVEL debug or trace). */
  verbose?: boolean;
  /**
   * PostgreSQL stops any statement of the pool running longer (0 or unset: no limit), so a
   * request whose client left cannot hold a connection for long. PGlite ignores it.
   */
  statementTimeoutMs?: number;
}

const entities = hubModules.flatMap((module) => module.entities);

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const embedded = options.url ? undefined : await startEmbeddedPostgres(options.embeddedDataDir, options.embeddedFrom);
  const statements = new StatementCounter();
  const url = options.url ?? embedded!.url;
  const health = new HealthProbe(url);
  // PGlite ignores statement_timeout, and its socket serialises connections: the migrations'
  // transaction below would lock out the second connection the migrator opens.
  const statementTimeoutMs = embedded ? 0 : (options.statementTimeoutMs ?? 0);
  try {
    const orm = await MikroORM.init({
      clientUrl: url,
      entities,
      discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
      extensions: [Migrator],
      migrations: { migrationsList: migrations, transactional: true, allOrNothing: true },
      // Embedded PGlite serialises queries anyway: a small pool avoids idle sockets.
      pool: { min: 0, max: embedded ? 4 : 10 },
      ...(statementTimeoutMs ? { driverOptions: { connection: { statement_timeout: statementTimeoutMs } } } : {}),
      debug: ['query'],
      loggerFactory: countingLoggerFactory(statements, options.verbose ?? false),
      allowGlobalContext: false,
      forceUtcTimezone: true,
    });
    const exclusively = <T>(work: () => Promise<T>): Promise<T> =>
      options.url ? withAdvisoryLock(options.url, 'hub:start-up', work) : work();
    return {
      orm,
      statements,
      embedded,
      exclusively,
      async migrate() {
        await exclusively(async () => {
          if (!statementTimeoutMs) return void (await orm.getMigrator().up());
          // A migration may rewrite a large table: the requests' statement timeout is lifted for its transaction.
          const connection = orm.em.getConnection();
          await connection.transactional(async (transaction) => {
            await connection.execute('set local statement_timeout = 0', [], 'run', transaction);
            await orm.getMigrator().up({ transaction });
          });
        });
      },
      check: () => health.check(),
      async close() {
        await health.close();
        await orm.close(true);
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

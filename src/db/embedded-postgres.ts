import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PgliteWireServer } from './pglite-wire-server';

export interface EmbeddedPostgres {
  /** A postgres:// URL that `pg` (and so MikroORM) connects to. */
  url: string;
  /** PGlite itself: bulk loads use its COPY-from-blob, which the socket cannot carry. */
  db: PGlite;
  stop(): Promise<void>;
}

/**
 * PGlite's own start parameters, plus a buffer pool of 16 MB instead of PostgreSQL's 128 MB.
 * PGlite's shared memory lives in its WebAssembly heap, which is touched whole at start-up and
 * never given back: the 128 MB pool made 150 MiB of the idle hub's resident memory (an opened
 * data directory: 305 MiB → 177 MiB). The operating system's page cache keeps the data files
 * warm anyway, and a smaller pool also bounds what a checkpoint must write, in one statement.
 */
export const embeddedStartParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];

/**
 * Real PostgreSQL in-process: PGlite served over a loopback socket so the rest of the hub
 * talks to it exactly as to a PostgreSQL server. `dataDir` undefined keeps it in memory;
 * `from` starts it as a copy of another instance's dumpDataDir() (tests' migrated, seeded template).
 */
export async function startEmbeddedPostgres(dataDir?: string, from?: Blob): Promise<EmbeddedPostgres> {
  if (dataDir) await fs.mkdir(dataDir, { recursive: true });
  const release = dataDir ? await claim(dataDir) : async () => undefined;
  try {
    if (dataDir && !from) await initialiseApart(dataDir);
    const db = await PGlite.create(dataDir, {
      extensions: { unaccent, pg_trgm },
      startParams: embeddedStartParams,
      ...(from ? { loadDataDir: from } : {}),
    });
    const server = new PgliteWireServer(db);
    const url = await server.start();
    return {
      url,
      db,
      async stop() {
        await server.stop();
        await db.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

/**
 * A new data directory is initialised (PGlite's initdb) by a short-lived child process. Run in
 * the hub's process, initdb's WebAssembly instance left its memory resident for the process's
 * life: a hub first started on an empty directory sat about 190 MiB above the same hub
 * restarted on it. Only the first start pays the child's second or two.
 */
async function initialiseApart(dataDir: string): Promise<void> {
  const initialised = await fs
    .access(path.join(dataDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (initialised) return;
  const script = 'require(process.argv[1]).PGlite.create(process.argv[2]).then((db) => db.close())';
  await promisify(execFile)(process.execPath, ['-e', script, require.resolve('@electric-sql/pglite'), dataDir]);
}

/** Another live process holds the embedded data directory. */
export class DataDirectoryInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được tiến trình ${pid} sử dụng; hãy dừng hub trước (the data directory is in use by process ${pid}: stop the hub first)`,
    );
    this.name = 'DataDirectoryInUseError';
  }
}

/**
 * PGlite opened twice on one directory destroys it (two processes writing the same files), so
 * the directory is claimed with a pid file beside it, by any process once (this one included).
 * A file left by a killed process is taken over.
 */
async function claim(dataDir: string): Promise<() => Promise<void>> {
  const lockFile = `${dataDir}.lock`;
  const holder = Number(await fs.readFile(lockFile, 'utf8').catch(() => ''));
  if (holder && isAlive(holder)) throw new DataDirectoryInUseError(dataDir, holder);
  await fs.writeFile(lockFile, String(process.pid));
  return () => fs.rm(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

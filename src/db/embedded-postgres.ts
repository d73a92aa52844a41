import fs from 'node:fs/promises';
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
 * Real PostgreSQL in-process: PGlite served over a loopback socket so the rest of the hub
 * talks to it exactly as to a PostgreSQL server. `dataDir` undefined keeps it in memory;
 * `from` starts it as a copy of another instance's dumpDataDir() (tests' migrated, seeded template).
 */
export async function startEmbeddedPostgres(dataDir?: string, from?: Blob): Promise<EmbeddedPostgres> {
  if (dataDir) await fs.mkdir(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir, { extensions: { unaccent, pg_trgm }, ...(from ? { loadDataDir: from } : {}) });
  const server = new PgliteWireServer(db);
  const url = await server.start();
  return {
    url,
    db,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

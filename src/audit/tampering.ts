import { chainHash } from './chain';
import type { StoredEventColumns } from './event-row';

/** Runs one SQL statement as the insider: the table's owner, who can switch its trigger off. */
export type InsiderSql = <T = Record<string, unknown>>(query: string, params?: unknown[]) => Promise<T[]>;

interface Row extends StoredEventColumns {
  at: Date;
}

/**
 * What an insider with the database (but not the signing key) can do to the log, each undone
 * afterwards: audit:verify's tests and the reliability run prove each one is caught. Never used
 * by the hub itself.
 */
export class AuditTampering {
  constructor(private readonly sql: InsiderSql) {}

  /** Applies `tamper` behind the append-only trigger, runs `check`, then puts every row and the head back. */
  async tampered<T>(tamper: (rows: Row[]) => Promise<unknown>, check: () => Promise<T>): Promise<T> {
    const original = await this.sql<Row>('select * from audit_event order by seq');
    await this.sql('alter table audit_event disable trigger user');
    try {
      await tamper(original);
      return await check();
    } finally {
      await this.sql('delete from audit_event');
      for (const row of original) await this.insert(row);
      const last = original[original.length - 1];
      await this.setHead(Number(last.seq), last.hash);
      await this.sql('alter table audit_event enable trigger user');
    }
  }

  editRow<T>(seq: number, check: () => Promise<T>): Promise<T> {
    return this.tampered(() => this.sql(`update audit_event set actor = 'someone-else' where seq = ?`, [seq]), check);
  }

  deleteRow<T>(seq: number, check: () => Promise<T>): Promise<T> {
    return this.tampered(() => this.sql('delete from audit_event where seq = ?', [seq]), check);
  }

  /** An event chained correctly after the head, with the head moved to it, but no key to sign it. */
  forgeAppend<T>(check: () => Promise<T>): Promise<T> {
    return this.tampered(async (rows) => {
      const last = rows[rows.length - 1];
      const forged = rehash({ ...last, seq: String(Number(last.seq) + 1), actor: 'insider', details: { forged: true } }, last.hash);
      await this.insert(forged);
      await this.setHead(Number(forged.seq), forged.hash);
    }, check);
  }

  /** Event `seq` edited, and every hash from there to the head recomputed so each link holds. */
  rechainFrom<T>(seq: number, check: () => Promise<T>): Promise<T> {
    return this.tampered(async (rows) => {
      await this.sql('delete from audit_event where seq >= ?', [seq]);
      let prev = rows[seq - 2]?.hash ?? '0'.repeat(64);
      for (const row of rows.slice(seq - 1)) {
        const rewritten = rehash(Number(row.seq) === seq ? { ...row, actor: 'someone-else' } : row, prev);
        await this.insert(rewritten);
        prev = rewritten.hash;
      }
      await this.setHead(rows.length, prev);
    }, check);
  }

  /** Every event from `seq` on deleted, and the head moved back to the one before. */
  cutTailFrom<T>(seq: number, check: () => Promise<T>): Promise<T> {
    return this.tampered(async (rows) => {
      await this.sql('delete from audit_event where seq >= ?', [seq]);
      await this.setHead(seq - 1, rows[seq - 2].hash);
    }, check);
  }

  private setHead(seq: number, hash: string) {
    return this.sql('update audit_head set seq = ?, hash = ?', [seq, hash]);
  }

  private insert(row: Row) {
    return this.sql(
      `insert into audit_event (seq, at, actor, action, subject_type, subject_id, details, reason, prev_hash, hash, key_id, signature)
       values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)`,
      [
        row.seq,
        row.at,
        row.actor,
        row.action,
        row.subject_type,
        row.subject_id,
        JSON.stringify(row.details),
        row.reason,
        row.prev_hash,
        row.hash,
        row.key_id,
        row.signature,
      ],
    );
  }
}

function rehash(row: Row, prevHash: string): Row {
  const content = {
    seq: Number(row.seq),
    at: new Date(row.at),
    actor: row.actor,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: row.details,
    reason: row.reason,
  };
  return { ...row, prev_hash: prevHash, hash: chainHash(prevHash, content) };
}

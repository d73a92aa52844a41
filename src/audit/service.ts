import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClientBase } from 'pg';
import type { Clock } from '../shared/clock';
import type { Viewer } from '../shared/viewer';
import { chainHash, genesisHash, type ChainedContent } from './chain';
import { groupBy } from '../shared/group';

/** What a caller records: who did what to which subject, and why. */
export interface AuditEventInput {
  /** An official's id, a partner's API client id, 'system' or 'anonymous'. */
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Record<string, unknown>;
  reason?: string | null;
}

export interface AuditEvent extends ChainedContent {
  prevHash: string;
  hash: string;
}

export type ChainVerification = { intact: true; events: number } | { intact: false; brokenAt: number; problem: string };

interface EventRow {
  seq: string;
  at_ms: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  details: Record<string, unknown>;
  reason: string | null;
  prev_hash: string;
  hash: string;
}

const columns = `seq, round(extract(epoch from at) * 1000)::bigint as at_ms, actor, action, subject_type, subject_id, details, reason, prev_hash, hash`;
const verifyBatch = 1000;

/** Who an event names as its actor: an official, a partner's API client, or nobody known. */
export function actorOf(viewer: Viewer): string {
  if (viewer.kind === 'official') return viewer.officialId;
  if (viewer.kind === 'citizen') return `citizen:${viewer.citizenId}`;
  return viewer.kind === 'client' ? viewer.clientId : 'anonymous';
}

/**
 * The append-only, hash-chained audit log (DESIGN: every transition and non-public read is
 * recorded). Rows cannot be updated or deleted (a trigger refuses it); someone who bypasses
 * the trigger is caught by verify(), because each event's hash covers the one before it.
 */
export class AuditLog {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /**
   * Appends inside the unit of work's transaction when there is one (so the event commits or
   * rolls back with what it records), in a transaction of its own otherwise. The head row is
   * locked until that transaction ends: concurrent appends queue up and the chain stays a line.
   */
  append(event: AuditEventInput): Promise<AuditEvent> {
    if (this.em.isInTransaction()) return appendOn(this.em, event, this.clock.now());
    return this.em.transactional((em) => appendOn(em, event, this.clock.now()));
  }

  /** The events about these subjects, oldest first. */
  async eventsOf(subjectType: string, subjectIds: readonly string[]): Promise<Map<string, AuditEvent[]>> {
    if (subjectIds.length === 0) return new Map();
    // knex spreads an array binding into a list: `in (?)` becomes `in ($2, $3, …)`.
    const rows = await this.em.execute<EventRow[]>(
      `select ${columns} from audit_event where subject_type = ? and subject_id in (?) order by seq`,
      [subjectType, [...subjectIds]],
    );
    const bySubject = groupBy(subjectIds, rows.map(eventOf), (event) => event.subjectId);
    return bySubject;
  }

  /**
   * Recomputes the chain from the first event: every seq follows the one before, every
   * prev_hash is the previous hash, every hash is what the content gives, and the head names
   * the last event (so a cut-off tail is found too). Reports the first broken link.
   */
  async verify(): Promise<ChainVerification> {
    let expectedPrev = genesisHash;
    let expectedSeq = 1;
    for (;;) {
      const rows = await this.em.execute<EventRow[]>(`select ${columns} from audit_event where seq >= ? order by seq limit ?`, [
        expectedSeq,
        verifyBatch,
      ]);
      for (const row of rows) {
        const event = eventOf(row);
        if (event.seq !== expectedSeq) return broken(expectedSeq, `thiếu sự kiện số ${expectedSeq} (event missing)`);
        if (event.prevHash !== expectedPrev) return broken(event.seq, 'liên kết với sự kiện trước bị sai (prev_hash does not match)');
        if (chainHash(event.prevHash, event) !== event.hash)
          return broken(event.seq, 'nội dung đã bị sửa (content does not match its hash)');
        expectedPrev = event.hash;
        expectedSeq += 1;
      }
      if (rows.length < verifyBatch) break;
    }
    const [head] = await this.em.execute<{ seq: string; hash: string }[]>('select seq, hash from audit_head');
    if (Number(head.seq) !== expectedSeq - 1 || head.hash !== expectedPrev) {
      return broken(expectedSeq, `sự kiện cuối đã bị xoá (events after ${expectedSeq - 1} are missing)`);
    }
    return { intact: true, events: expectedSeq - 1 };
  }
}

/** Runs one statement with `?` placeholders in the caller's transaction. */
type Execute = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

function appendOn(em: EntityManager, input: AuditEventInput, at: Date): Promise<AuditEvent> {
  return appendWith((sql, params) => em.execute(sql, params ?? []), input, at);
}

/**
 * Appends on a plain `pg` client inside the transaction it has open (the ingestion worker
 * publishing a version), so the event commits or rolls back with what it records.
 */
export function appendOnClient(client: ClientBase, input: AuditEventInput, at: Date): Promise<AuditEvent> {
  return appendWith(
    async <T>(sql: string, params: unknown[] = []) => {
      let position = 0;
      return (
        await client.query(
          sql.replace(/\?/g, () => `$${++position}`),
          params,
        )
      ).rows as T[];
    },
    input,
    at,
  );
}

async function appendWith(execute: Execute, input: AuditEventInput, at: Date): Promise<AuditEvent> {
  const [head] = await execute<{ seq: string; hash: string }>('select seq, hash from audit_head for update');
  const content: ChainedContent = {
    seq: Number(head.seq) + 1,
    at,
    actor: input.actor,
    action: input.action,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    details: input.details ?? {},
    reason: input.reason ?? null,
  };
  const hash = chainHash(head.hash, content);
  await execute(
    `insert into audit_event (seq, at, actor, action, subject_type, subject_id, details, reason, prev_hash, hash)
     values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)`,
    [
      content.seq,
      at,
      content.actor,
      content.action,
      content.subjectType,
      content.subjectId,
      JSON.stringify(content.details),
      content.reason,
      head.hash,
      hash,
    ],
  );
  await execute('update audit_head set seq = ?, hash = ?', [content.seq, hash]);
  return { ...content, prevHash: head.hash, hash };
}

function eventOf(row: EventRow): AuditEvent {
  return {
    seq: Number(row.seq),
    at: new Date(Number(row.at_ms)),
    actor: row.actor,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: row.details,
    reason: row.reason,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

function broken(seq: number, problem: string): ChainVerification {
  return { intact: false, brokenAt: seq, problem };
}

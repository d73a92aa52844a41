import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClientBase } from 'pg';
import type { Clock } from '../shared/clock';
import type { Viewer } from '../shared/viewer';
import { chainHash, genesisHash, type ChainedContent } from './chain';
import type { StoredEventColumns } from './event-row';
import type { BlobStore } from '../storage/blob-store';
import { CheckpointJournal } from './checkpoints';
import { TimeStampAuthority } from './timestamp/authority';
import { PinnedSigners } from './timestamp/pinned-signers';
import { CheckpointStamps, type TimeStampFinding } from './timestamp/stamps';
import type { AuditConfig, AuditKeySource } from '../config';
import { AuditSigner, eventMessage } from './signer';
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

export type ChainVerification =
  | {
      intact: true;
      events: number;
      /** Events from before signing began (the first migration's log): chained, but not signed. */
      unsignedBeforeSigning: number;
      /** The last checkpoint kept outside the database, which the chain reaches and matches. */
      checkpointSeq: number | null;
      /** The RFC 3161 time-stamp on that checkpoint, when an authority is (or was) configured. */
      timeStamp: TimeStampFinding;
    }
  | { intact: false; brokenAt: number; problem: string };

/** The key and the checkpoints that make the chain's end and its history provable outside the database. */
export interface AuditTrust {
  signer: AuditSigner;
  checkpoints: CheckpointJournal;
}

export type { AuditKeySource, TimeStampFinding };
export { AuditTampering, type InsiderSql } from './tampering';

/** Longest wait for a time-stamp authority's answer: a checkpoint run, and the hub's shutdown, wait for it. */
const timeStampTimeoutMs = 10_000;

/** Loads the signing key (making one only where `signingKey` allows) and opens the checkpoint journal. */
export async function openAuditTrust(
  options: Pick<AuditConfig, 'signingKey' | 'checkpointFile' | 'timeStampFile' | 'timeStampAuthorityUrl' | 'timeStampCertificateFile'>,
  blobs: BlobStore,
): Promise<AuditTrust> {
  const signer = await AuditSigner.load(options.signingKey);
  const pinned = options.timeStampCertificateFile ? await PinnedSigners.load(options.timeStampCertificateFile) : null;
  const authority = options.timeStampAuthorityUrl
    ? new TimeStampAuthority(options.timeStampAuthorityUrl, timeStampTimeoutMs, pinned)
    : null;
  const stamps = new CheckpointStamps(options.timeStampFile, blobs, authority, pinned);
  return { signer, checkpoints: new CheckpointJournal(options.checkpointFile, blobs, signer, stamps) };
}

interface EventRow extends StoredEventColumns {
  at_ms: string;
}

const columns = `seq, round(extract(epoch from at) * 1000)::bigint as at_ms, actor, action, subject_type, subject_id, details, reason, prev_hash, hash, key_id, signature`;
const verifyBatch = 1000;

/** Who an event names as its actor: an official, a partner's API client, or nobody known. */
export function actorOf(viewer: Viewer): string {
  if (viewer.kind === 'official') return viewer.officialId;
  if (viewer.kind === 'citizen') return `citizen:${viewer.citizenId}`;
  return viewer.kind === 'client' ? viewer.clientId : 'anonymous';
}

/**
 * The append-only, hash-chained, signed audit log (DESIGN: every transition and non-public read
 * is recorded). Rows cannot be updated or deleted (a trigger refuses it); someone who bypasses
 * the trigger is caught by verify(): each event's hash covers the one before it, each hash is
 * signed with a key the database does not hold, and signed checkpoints of the head are kept
 * outside the database, so a cut tail is caught too.
 */
export class AuditLog {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly trust: AuditTrust,
  ) {}

  /**
   * Appends inside the unit of work's transaction when there is one (so the event commits or
   * rolls back with what it records), in a transaction of its own otherwise. The head row is
   * locked until that transaction ends: concurrent appends queue up and the chain stays a line.
   */
  append(event: AuditEventInput): Promise<AuditEvent> {
    if (this.em.isInTransaction()) return appendOn(this.em, event, this.clock.now(), this.trust.signer);
    return this.em.transactional((em) => appendOn(em, event, this.clock.now(), this.trust.signer));
  }

  /**
   * Appends on a plain `pg` client inside the transaction it has open (the ingestion worker
   * publishing a version), so the event commits or rolls back with what it records.
   */
  appendOnClient(client: ClientBase, event: AuditEventInput): Promise<AuditEvent> {
    const execute: Execute = async <T>(sql: string, params: unknown[] = []) => {
      let position = 0;
      return (
        await client.query(
          sql.replace(/\?/g, () => `$${++position}`),
          params,
        )
      ).rows as T[];
    };
    return appendWith(execute, event, this.clock.now(), this.trust.signer);
  }

  /** The same log on another unit of work (a caller's transaction), optionally on another clock. */
  on(em: EntityManager, clock: Clock = this.clock): AuditLog {
    return new AuditLog(em, clock, this.trust);
  }

  /** Writes a signed checkpoint of the chain's head outside the database (when it moved). */
  async checkpoint(): Promise<void> {
    const [head] = await this.em.execute<{ seq: string; hash: string }[]>('select seq, hash from audit_head');
    await this.trust.checkpoints.write({ seq: Number(head.seq), hash: head.hash }, this.clock.now());
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
   * Recomputes the chain from the first event and names the first thing wrong: a missing seq
   * (a deleted row), a broken link, content that does not match its hash (an edited row), a
   * signature that does not verify (an appended forgery, or history rewritten and re-chained),
   * and a chain that stops short of, or differs from, the last checkpoint (a cut tail).
   */
  async verify(): Promise<ChainVerification> {
    const { signer, checkpoints } = this.trust;
    const { checkpoint, unsigned: unsignedCheckpoints } = await checkpoints.last();
    if (unsignedCheckpoints > 0) {
      return broken(
        0,
        `${unsignedCheckpoints} mốc kiểm tra không có chữ ký hợp lệ (checkpoints not signed by this key: the journal was written by someone else)`,
      );
    }
    let expectedPrev = genesisHash;
    let expectedSeq = 1;
    let unsignedBeforeSigning = 0;
    let signing = false;
    for (;;) {
      const rows = await this.em.execute<EventRow[]>(`select ${columns} from audit_event where seq >= ? order by seq limit ?`, [
        expectedSeq,
        verifyBatch,
      ]);
      for (const row of rows) {
        const event = eventOf(row);
        if (event.seq !== expectedSeq) return broken(expectedSeq, `thiếu sự kiện số ${expectedSeq} (event missing: a row was deleted)`);
        if (event.prevHash !== expectedPrev) return broken(event.seq, 'liên kết với sự kiện trước bị sai (prev_hash does not match)');
        if (chainHash(event.prevHash, event) !== event.hash)
          return broken(event.seq, 'nội dung đã bị sửa (content does not match its hash: the row was edited)');
        if (row.signature === null && !signing) unsignedBeforeSigning += 1;
        else if (row.key_id !== signer.keyId || !signer.verifies(eventMessage(event.hash), row.signature)) {
          const rewritten = checkpoint && event.seq <= checkpoint.seq;
          return broken(
            event.seq,
            rewritten
              ? `chữ ký không khớp: lịch sử đã bị viết lại và nối lại chuỗi (signature does not verify: history rewritten and re-chained, before checkpoint ${checkpoint.seq})`
              : 'chữ ký không khớp: sự kiện giả mạo được thêm vào (signature does not verify: a forged event was appended without the key)',
          );
        } else signing = true;
        if (checkpoint?.seq === event.seq && checkpoint.hash !== event.hash) {
          return broken(
            event.seq,
            `khác với mốc kiểm tra lúc ${checkpoint.at} (differs from the checkpoint of ${checkpoint.at}: history rewritten)`,
          );
        }
        expectedPrev = event.hash;
        expectedSeq += 1;
      }
      if (rows.length < verifyBatch) break;
    }
    const last = expectedSeq - 1;
    if (checkpoint && checkpoint.seq > last) {
      return broken(
        last + 1,
        `nhật ký bị cắt đuôi: mốc kiểm tra lúc ${checkpoint.at} đã ghi đến sự kiện ${checkpoint.seq} (cut tail: the checkpoint of ${checkpoint.at} reached event ${checkpoint.seq}, the log ends at ${last})`,
      );
    }
    const [head] = await this.em.execute<{ seq: string; hash: string }[]>('select seq, hash from audit_head');
    if (Number(head.seq) !== last || head.hash !== expectedPrev) {
      return broken(expectedSeq, `sự kiện cuối đã bị xoá (events after ${last} are missing: the head names event ${head.seq})`);
    }
    const timeStamp: TimeStampFinding = checkpoint ? await checkpoints.timeStampOf(checkpoint) : { kind: 'none' };
    if (timeStamp.kind === 'invalid') {
      return broken(
        timeStamp.seq,
        `dấu thời gian của mốc kiểm tra không hợp lệ (${timeStamp.problem}: the time-stamp journal was tampered with)`,
      );
    }
    return { intact: true, events: last, unsignedBeforeSigning, checkpointSeq: checkpoint?.seq ?? null, timeStamp };
  }
}

/** Runs one statement with `?` placeholders in the caller's transaction. */
type Execute = <T>(sql: string, params?: unknown[]) => Promise<T[]>;

function appendOn(em: EntityManager, input: AuditEventInput, at: Date, signer: AuditSigner): Promise<AuditEvent> {
  return appendWith((sql, params) => em.execute(sql, params ?? []), input, at, signer);
}

async function appendWith(execute: Execute, input: AuditEventInput, at: Date, signer: AuditSigner): Promise<AuditEvent> {
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
    `insert into audit_event (seq, at, actor, action, subject_type, subject_id, details, reason, prev_hash, hash, key_id, signature)
     values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?)`,
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
      signer.keyId,
      signer.sign(eventMessage(hash)),
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

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildHub } from '../../src/app';
import { chainHash } from '../../src/audit/chain';
import { auditVerifyCommand, outcomeOf } from '../../src/cli/audit-verify';
import { loadConfig } from '../../src/config';
import { startTestHub, type TestHub } from '../helpers/test-hub';

interface Row {
  seq: string;
  at: Date;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  details: Record<string, unknown>;
  reason: string | null;
  prev_hash: string;
  hash: string;
  key_id: string | null;
  signature: string | null;
}

describe('npm run audit:verify: a log an insider with the database cannot rewrite', () => {
  let t: TestHub;
  const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []) =>
    t.hub.database.orm.em.fork().getConnection().execute<T[]>(query, params);
  const verify = async () => outcomeOf(await t.hub.services().audit.verify());

  /** What the insider sees: the rows, as the table owner who can switch the append-only trigger off. */
  const rows = () => sql<Row>('select * from audit_event order by seq');
  const setHead = (seq: number, hash: string) => sql('update audit_head set seq = ?, hash = ?', [seq, hash]);
  const insert = (row: Row) =>
    sql(
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
  const rehash = (row: Row, prevHash: string): Row => {
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
  };

  /** Tampers behind the trigger's back, verifies, then puts every row and the head back. */
  async function tampered(tamper: (original: Row[]) => Promise<unknown>): Promise<{ exitCode: number; message: string }> {
    const original = await rows();
    await sql('alter table audit_event disable trigger user');
    try {
      await tamper(original);
      return await verify();
    } finally {
      await sql('delete from audit_event');
      for (const row of original) await insert(row);
      const last = original[original.length - 1];
      await setHead(Number(last.seq), last.hash);
      await sql('alter table audit_event enable trigger user');
    }
  }

  beforeAll(async () => {
    t = await startTestHub();
    for (let n = 1; n <= 5; n += 1) {
      await t.hub
        .services()
        .audit.append({ actor: 'system', action: 'test.appended', subjectType: 'test', subjectId: `s${n}`, details: { n } });
    }
    await t.hub.services().audit.checkpoint();
    await t.hub
      .services()
      .audit.append({ actor: 'system', action: 'test.appended', subjectType: 'test', subjectId: 's6', details: { n: 6 } });
  });

  afterAll(() => t.close());

  it('an intact chain: exit code 0, the events counted, every signature verified, the last checkpoint matched', async () => {
    expect(await verify()).toEqual({
      exitCode: 0,
      message: expect.stringMatching(/6 events, every link and signature verified; matches the checkpoint at event 5/),
    });
  });

  it('the application cannot update, delete or truncate the log: the trigger refuses', async () => {
    await expect(sql(`update audit_event set actor = 'x' where seq = 1`)).rejects.toThrow(/append-only/);
    await expect(sql('delete from audit_event where seq = 6')).rejects.toThrow(/append-only/);
    await expect(sql('truncate audit_event')).rejects.toThrow(/append-only/);
  });

  it('an edited row is named', async () => {
    const outcome = await tampered(() => sql(`update audit_event set actor = 'someone-else' where seq = 4`));
    expect(outcome).toEqual({ exitCode: 1, message: expect.stringMatching(/BROKEN at event 4: .*the row was edited/) });
  });

  it('a deleted row is named', async () => {
    const outcome = await tampered(() => sql('delete from audit_event where seq = 3'));
    expect(outcome).toEqual({ exitCode: 1, message: expect.stringMatching(/BROKEN at event 3: .*a row was deleted/) });
  });

  it('a forged append, chained correctly but signed without the key, is named', async () => {
    const outcome = await tampered(async (original) => {
      const last = original[original.length - 1];
      const forged = rehash(
        { ...last, seq: String(Number(last.seq) + 1), actor: 'insider', details: { forged: true }, signature: null },
        last.hash,
      );
      await insert({ ...forged, signature: last.signature });
      await setHead(Number(forged.seq), forged.hash);
    });
    expect(outcome).toEqual({ exitCode: 1, message: expect.stringMatching(/BROKEN at event 7: .*a forged event was appended/) });
  });

  it('a rewritten history, re-chained from the edit to the head, is named', async () => {
    const outcome = await tampered(async (original) => {
      await sql('delete from audit_event where seq >= 2');
      let prev = original[0].hash;
      for (const row of original.slice(1)) {
        const rewritten = rehash(row.seq === '2' ? { ...row, actor: 'someone-else' } : row, prev);
        await insert(rewritten);
        prev = rewritten.hash;
      }
      await setHead(original.length, prev);
    });
    expect(outcome).toEqual({ exitCode: 1, message: expect.stringMatching(/BROKEN at event 2: .*history rewritten and re-chained/) });
  });

  it('a tail cut back past the last checkpoint, head and all, is named', async () => {
    const outcome = await tampered(async (original) => {
      await sql('delete from audit_event where seq >= 4');
      await setHead(3, original[2].hash);
    });
    expect(outcome).toEqual({
      exitCode: 1,
      message: expect.stringMatching(/BROKEN at event 4: .*cut tail: the checkpoint of .* reached event 5, the log ends at 3/),
    });
  });
});

describe('npm run audit:verify cannot harm data (issue 13 item 4)', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'hub-verify-'));
  });

  afterEach(() => fs.rm(dataDir, { recursive: true, force: true }));

  const embedded = process.env.DATABASE_URL ? it.skip : it;

  embedded('refuses a data directory without a database instead of verifying an empty one', async () => {
    const outcome = await auditVerifyCommand(loadConfig({ NODE_ENV: 'test', HUB_DATA_DIR: dataDir }));
    expect(outcome).toEqual({ exitCode: 2, message: expect.stringContaining(`no database in ${path.join(dataDir, 'pglite')}`) });
    await expect(fs.readdir(dataDir)).resolves.toEqual([]);
  });

  embedded('refuses while a hub holds the data directory, and verifies once it has stopped', async () => {
    const config = loadConfig({ NODE_ENV: 'test', HUB_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const hub = await buildHub(config);
    try {
      await hub.services().audit.append({ actor: 'system', action: 'test.appended', subjectType: 'test', subjectId: 's1' });
      await expect(auditVerifyCommand(config)).rejects.toThrow(/data directory is in use by process \d+/);
      await hub.services().audit.append({ actor: 'system', action: 'test.appended', subjectType: 'test', subjectId: 's2' });
    } finally {
      await hub.close();
    }
    expect(await auditVerifyCommand(config)).toEqual({ exitCode: 0, message: expect.stringMatching(/2 events, .* checkpoint at event 2/) });
  });
});

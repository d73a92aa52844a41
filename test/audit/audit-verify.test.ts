import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildHub } from '../../src/app';
import { AuditTampering, type InsiderSql } from '../../src/audit/service';
import { auditVerifyCommand, outcomeOf } from '../../src/cli/audit-verify';
import { loadConfig } from '../../src/config';
import { startTestHub, type TestHub } from '../helpers/test-hub';

describe('npm run audit:verify: a log an insider with the database cannot rewrite', () => {
  let t: TestHub;
  const sql: InsiderSql = (query, params = []) => t.hub.database.orm.em.fork().getConnection().execute(query, params);
  const verify = async () => outcomeOf(await t.hub.services().audit.verify());

  const insider = () => new AuditTampering(sql);

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

  it('each checkpoint is signed and kept outside the database: a journal line in the data directory and a copy in the blob store', async () => {
    const lines = (await fs.readFile(t.config.audit.checkpointFile, 'utf8')).split('\n').filter(Boolean);
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      {
        seq: 5,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        at: expect.any(String),
        keyId: expect.any(String),
        signature: expect.any(String),
      },
    ]);
    expect(await t.hub.blobs.exists(createHash('sha256').update(`${lines[0]}\n`).digest('hex'))).toBe(true);
  });

  it('the application cannot update, delete or truncate the log: the trigger refuses', async () => {
    await expect(sql(`update audit_event set actor = 'x' where seq = 1`)).rejects.toThrow(/append-only/);
    await expect(sql('delete from audit_event where seq = 6')).rejects.toThrow(/append-only/);
    await expect(sql('truncate audit_event')).rejects.toThrow(/append-only/);
  });

  it('an edited row is named', async () => {
    expect(await insider().editRow(4, verify)).toEqual({
      exitCode: 1,
      message: expect.stringMatching(/BROKEN at event 4: .*the row was edited/),
    });
  });

  it('a deleted row is named', async () => {
    expect(await insider().deleteRow(3, verify)).toEqual({
      exitCode: 1,
      message: expect.stringMatching(/BROKEN at event 3: .*a row was deleted/),
    });
  });

  it('a forged append, chained correctly but signed without the key, is named', async () => {
    expect(await insider().forgeAppend(verify)).toEqual({
      exitCode: 1,
      message: expect.stringMatching(/BROKEN at event 7: .*a forged event was appended/),
    });
  });

  it('a rewritten history, re-chained from the edit to the head, is named', async () => {
    expect(await insider().rechainFrom(2, verify)).toEqual({
      exitCode: 1,
      message: expect.stringMatching(/BROKEN at event 2: .*history rewritten and re-chained/),
    });
  });

  it('a tail cut back past the last checkpoint, head and all, is named', async () => {
    expect(await insider().cutTailFrom(4, verify)).toEqual({
      exitCode: 1,
      message: expect.stringMatching(/BROKEN at event 4: .*cut tail: the checkpoint of .* reached event 5, the log ends at 3/),
    });
  });

  it('after each tampering was undone, the log verifies again', async () => {
    expect(await verify()).toMatchObject({ exitCode: 0 });
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

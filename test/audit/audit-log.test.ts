import fs from 'node:fs';
import path from 'node:path';
import { startTestHub, type TestHub } from '../helpers/test-hub';

describe('the audit log: append-only and hash-chained', () => {
  let t: TestHub;
  const sql = (query: string) => t.hub.database.orm.em.getConnection().execute<Record<string, unknown>[]>(query);

  beforeAll(async () => {
    t = await startTestHub();
  });

  afterAll(() => t.close());

  const event = (n: number) => ({
    actor: 'system',
    action: 'test.appended',
    subjectType: 'test',
    subjectId: `s${n % 3}`,
    details: { n, nested: { b: 2, a: 1 } },
  });

  /** Signed and chained, no checkpoint written yet (so nothing to time-stamp either). */
  const twentyIntactEvents = { intact: true, events: 20, unsignedBeforeSigning: 0, checkpointSeq: null, timeStamp: { kind: 'none' } };

  it('concurrent appends form one unbroken chain, numbered without gaps', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, n) => t.hub.services().audit.append(event(n))));
    expect(await t.hub.services().audit.verify()).toEqual(twentyIntactEvents);
    const rows = await sql('select seq from audit_event order by seq');
    expect(rows.map((row) => Number(row.seq))).toEqual(Array.from({ length: 20 }, (_, n) => n + 1));
  });

  it('an event appended inside a transaction that rolls back leaves no trace', async () => {
    await expect(
      t.hub.database.orm.em.fork().transactional(async (tx) => {
        // The caller's transaction: the event is part of it.
        await t.hub.services().audit.on(tx).append(event(99));
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await t.hub.services().audit.verify()).toEqual(twentyIntactEvents);
  });

  it('events of a subject come back oldest first', async () => {
    const events = (await t.hub.services().audit.eventsOf('test', ['s1'])).get('s1') ?? [];
    expect(events.map((item) => item.details.n)).toEqual(expect.arrayContaining([1, 4, 7]));
    expect(events.map((item) => item.seq)).toEqual([...events.map((item) => item.seq)].sort((a, b) => a - b));
  });

  it('rows cannot be changed or deleted through SQL: a trigger refuses it', async () => {
    await expect(sql(`update audit_event set reason = 'sửa' where seq = 3`)).rejects.toThrow(/append-only/);
    await expect(sql('delete from audit_event where seq = 3')).rejects.toThrow(/append-only/);
  });

  it('verify() finds the first tampered event, even when the trigger was bypassed', async () => {
    await sql('alter table audit_event disable trigger audit_event_append_only');
    try {
      await sql(`update audit_event set details = jsonb_set(details, '{n}', '1000') where seq = 7`);
      expect(await t.hub.services().audit.verify()).toEqual({
        intact: false,
        brokenAt: 7,
        problem: expect.stringContaining('content does not match its hash'),
      });
    } finally {
      await sql('alter table audit_event enable trigger audit_event_append_only');
    }
  });

  it('verify() notices a removed tail: the head still names the last event', async () => {
    const fresh = await startTestHub();
    const run = (query: string) => fresh.hub.database.orm.em.getConnection().execute(query);
    try {
      for (let n = 0; n < 3; n += 1) await fresh.hub.services().audit.append(event(n));
      await run('alter table audit_event disable trigger audit_event_append_only');
      await run('delete from audit_event where seq = 3');
      expect(await fresh.hub.services().audit.verify()).toEqual({
        intact: false,
        brokenAt: 3,
        problem: expect.stringContaining('missing'),
      });
    } finally {
      await fresh.close();
    }
  });

  it('other parts of the hub reach the audit log only through src/audit/service', () => {
    const src = path.join(__dirname, '..', '..', 'src');
    const auditDir = path.join(src, 'audit');
    const offenders = fs
      .readdirSync(src, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
      .filter((file) => !file.startsWith(auditDir + path.sep))
      .flatMap((file) =>
        [...fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'(\.[^']+)'/g)]
          .map((match) => path.resolve(path.dirname(file), match[1]))
          .filter((target) => target.startsWith(auditDir + path.sep) && target !== path.join(auditDir, 'service'))
          .map((target) => `${path.relative(src, file)} → ${path.relative(src, target)}`),
      );
    expect(offenders).toEqual([]);
  });
});

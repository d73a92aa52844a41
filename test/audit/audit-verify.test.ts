import { auditVerify } from '../../src/cli/audit-verify';
import { startTestHub, type TestHub } from '../helpers/test-hub';

describe('npm run audit:verify (issue 5: a tamper-evident audit log)', () => {
  let t: TestHub;
  const sql = (query: string) => t.hub.database.orm.em.getConnection().execute(query);

  beforeAll(async () => {
    t = await startTestHub();
    for (let n = 1; n <= 5; n += 1) {
      await t.hub
        .services()
        .audit.append({ actor: 'system', action: 'test.appended', subjectType: 'test', subjectId: `s${n}`, details: { n } });
    }
  });

  afterAll(() => t.close());

  it('an intact chain: exit code 0 and the number of events verified', async () => {
    expect(await auditVerify(t.hub.services().audit)).toEqual({ exitCode: 0, message: expect.stringContaining('5 events') });
  });

  it('a row edited with SQL behind the trigger’s back: exit code 1 naming the first broken event', async () => {
    await sql('alter table audit_event disable trigger audit_event_append_only');
    try {
      await sql(`update audit_event set actor = 'someone-else' where seq = 4`);
    } finally {
      await sql('alter table audit_event enable trigger audit_event_append_only');
    }
    const outcome = await auditVerify(t.hub.services().audit);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.message).toMatch(/BROKEN at event 4: .*content does not match its hash/);
  });
});

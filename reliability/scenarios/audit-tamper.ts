import { AuditTampering, type InsiderSql } from '../../src/audit/service';
import { startScenarioHubs } from './scenario-hub';

export interface AuditTamperFigures {
  /** What audit:verify said of each insider's change; `caught` false would be a failure. */
  findings: { tampering: string; caught: boolean; finding: string }[];
}

/** Issue 14 table, row "audit chain": each change an insider with the database can make, and what verification names. */
export async function auditTamper(options: { serverUrl?: string }): Promise<AuditTamperFigures> {
  const started = await startScenarioHubs(options.serverUrl, 1);
  const [hub] = started.hubs;
  if (!hub) throw new Error(`the hub did not start: ${started.failures.join('; ')}`);
  try {
    const audit = () => hub.services().audit;
    for (let n = 1; n <= 20; n += 1)
      await audit().append({ actor: 'system', action: 'reliability.appended', subjectType: 'test', subjectId: `s${n}` });
    await audit().checkpoint();
    const sql: InsiderSql = (query, params = []) => hub.database.orm.em.fork().getConnection().execute(query, params);
    const insider = new AuditTampering(sql);
    const verify = async () => audit().verify();
    const cases: [string, () => ReturnType<typeof verify>][] = [
      ['edited row', () => insider.editRow(7, verify)],
      ['deleted row', () => insider.deleteRow(7, verify)],
      ['forged append', () => insider.forgeAppend(verify)],
      ['re-chained rewrite', () => insider.rechainFrom(7, verify)],
      ['cut tail', () => insider.cutTailFrom(15, verify)],
    ];
    const findings = [];
    for (const [tampering, run] of cases) {
      const result = await run();
      findings.push({
        tampering,
        caught: !result.intact,
        finding: result.intact ? 'verified as intact' : `event ${result.brokenAt}: ${result.problem}`,
      });
    }
    return { findings };
  } finally {
    await started.close();
  }
}

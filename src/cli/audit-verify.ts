import type { AuditLog } from '../audit/service';

export interface CommandOutcome {
  exitCode: number;
  message: string;
}

/** `npm run audit:verify`: recomputes the hash chain and names the first broken link (exit 1), or counts the events (exit 0). */
export async function auditVerify(audit: AuditLog): Promise<CommandOutcome> {
  const result = await audit.verify();
  if (result.intact) return { exitCode: 0, message: `audit log intact: ${result.events} events, every link verified` };
  return { exitCode: 1, message: `audit log BROKEN at event ${result.brokenAt}: ${result.problem}` };
}

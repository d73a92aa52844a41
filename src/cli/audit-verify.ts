import fs from 'node:fs/promises';
import path from 'node:path';
import { AuditLog, openAuditTrust, type ChainVerification, type TimeStampFinding } from '../audit/service';
import type { HubConfig } from '../config';
import { openDatabase } from '../db/database';
import { systemClock } from '../shared/clock';
import { openBlobStore } from '../storage/open-blob-store';

export interface CommandOutcome {
  exitCode: number;
  message: string;
}

/**
 * `npm run audit:verify`, with the hub's own configuration. Opens only the database (no
 * migrations, no workers) and never creates anything: on the embedded database it refuses a data
 * directory that has no database, or that a running hub holds (PGlite opened twice destroys it).
 */
export async function auditVerifyCommand(config: HubConfig): Promise<CommandOutcome> {
  const embeddedDataDir = config.databaseUrl ? undefined : path.join(config.dataDir, 'pglite');
  if (embeddedDataDir && !(await exists(path.join(embeddedDataDir, 'PG_VERSION')))) {
    return {
      exitCode: 2,
      message: `Không có cơ sở dữ liệu trong ${embeddedDataDir}: kiểm tra HUB_DATA_DIR (no database in ${embeddedDataDir}: check HUB_DATA_DIR)`,
    };
  }
  const key = config.audit.signingKey;
  const signingKey = key.kind === 'file' ? { ...key, generateIfMissing: false } : key;
  const trust = await openAuditTrust({ ...config.audit, signingKey }, await openBlobStore(config.blobStore));
  const database = await openDatabase({ url: config.databaseUrl, embeddedDataDir });
  try {
    return outcomeOf(await new AuditLog(database.orm.em.fork(), systemClock, trust).verify());
  } finally {
    await database.close();
  }
}

/** Exit 0 counting what was verified, or exit 1 naming the first broken event and what was found. */
export function outcomeOf(result: ChainVerification): CommandOutcome {
  if (!result.intact) return { exitCode: 1, message: `audit log BROKEN at event ${result.brokenAt}: ${result.problem}` };
  const unsigned =
    result.unsignedBeforeSigning > 0 ? `; the first ${result.unsignedBeforeSigning} predate signing (chained, not signed)` : '';
  const checkpoint = result.checkpointSeq === null ? '; no checkpoint yet' : `; matches the checkpoint at event ${result.checkpointSeq}`;
  return {
    exitCode: 0,
    message: `audit log intact: ${result.events} events, every link and signature verified${unsigned}${checkpoint}${timeStampText(result.timeStamp)}`,
  };
}

/** The time-stamp's part of the report; a missing one is said, not failed: the authority may be down, not the log. */
function timeStampText(finding: TimeStampFinding): string {
  if (finding.kind === 'stamped') {
    const pinned = finding.pinned
      ? ''
      : '; WARNING: its signer is not pinned (set HUB_AUDIT_TSA_CERT_FILE), so any certificate’s token would pass';
    return `, time-stamped by ${finding.signer} at ${finding.genTime.toISOString()} (RFC 3161)${pinned}`;
  }
  if (finding.kind !== 'missing') return '';
  const earlier = finding.lastStamped
    ? `the last time-stamped one is event ${finding.lastStamped.seq} at ${finding.lastStamped.genTime.toISOString()}`
    : 'no checkpoint has one';
  return `; WARNING: no time-stamp on the checkpoint at event ${finding.seq} (the time-stamp authority did not answer; retried at the next checkpoint); ${earlier}`;
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

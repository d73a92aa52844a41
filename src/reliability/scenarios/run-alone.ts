import 'reflect-metadata';
import { loadConfig } from '../../config';
import { auditTamper } from './audit-tamper';
import { pgliteConcurrentWriters } from './pglite-concurrent-writers';
import { replicasStartTogether } from './replicas-start-together';

/**
 * `node dist/reliability/scenarios/run-alone.js [seconds]`: this branch's reliability scenarios
 * without the harness, printing their figures as JSON. The replica scenario and the server run of
 * the audit scenario need DATABASE_URL; everything stays on loopback and ends within bounds.
 */
async function main(seconds: number): Promise<void> {
  const serverUrl = loadConfig().databaseUrl;
  const figures = {
    replicasStartTogether: serverUrl ? await replicasStartTogether({ serverUrl }) : 'skipped: needs DATABASE_URL',
    pgliteConcurrentWriters: await pgliteConcurrentWriters({ seconds }),
    auditTamperEmbedded: await auditTamper({}),
    auditTamperServer: serverUrl ? await auditTamper({ serverUrl }) : 'skipped: needs DATABASE_URL',
  };
  process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
}

main(Number(process.argv[2] ?? 60)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

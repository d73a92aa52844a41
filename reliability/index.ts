import { databaseOutage } from './database-outage';
import { heavyRowsFlood } from './heavy-rows-flood';
import { mixedReads } from './mixed-reads';
import {
  auditTampering,
  embeddedConcurrentWriters,
  embeddedKilledWriting,
  killedMidIngestion,
  replicasStart,
  uploadsThroughReplicas,
} from './own-hub-scenarios';
import type { Scenario } from './scenario';
import { storeFaults } from './store-faults';

/** Every scenario `npm run reliability` runs, in order, on each database: add one here. */
export const scenarios: Scenario[] = [
  storeFaults,
  databaseOutage,
  heavyRowsFlood,
  mixedReads,
  replicasStart,
  uploadsThroughReplicas,
  killedMidIngestion,
  embeddedConcurrentWriters,
  embeddedKilledWriting,
  auditTampering,
];

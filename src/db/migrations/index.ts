import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123000000Foundation } from './Migration20261123000000Foundation';
import { Migration20261123100000Datastore } from './Migration20261123100000Datastore';
import { Migration20261123110000Registry } from './Migration20261123110000Registry';
import { Migration20261123120000Compliance } from './Migration20261123120000Compliance';
import { Migration20261123130000OpenData } from './Migration20261123130000OpenData';
import { Migration20261123140000Accounts } from './Migration20261123140000Accounts';
import { Migration20261123150000Access } from './Migration20261123150000Access';
import { Migration20261123160000Clients } from './Migration20261123160000Clients';
import { Migration20261123161000AccessReports } from './Migration20261123161000AccessReports';
import { Migration20261123162000Citizens } from './Migration20261123162000Citizens';
import { Migration20261123163000Federation } from './Migration20261123163000Federation';
import { Migration20261123164000ServedCsv } from './Migration20261123164000ServedCsv';
import { Migration20261123164500Succession } from './Migration20261123164500Succession';
import { Migration20261123166000Consent } from './Migration20261123166000Consent';
import { Migration20261123167000Engagement } from './Migration20261123167000Engagement';
import { Migration20261123169000HarvestSchedule } from './Migration20261123169000HarvestSchedule';
import { Migration20261207000000AuditSignatures } from './Migration20261207000000AuditSignatures';
import { Migration20261207000000SchemaInference } from './Migration20261207000000SchemaInference';
import { Migration20261207100000ThrottleCounters } from './Migration20261207100000ThrottleCounters';
import { Migration20261207100000VersionOrder } from './Migration20261207100000VersionOrder';
import { Migration20261207200000NotifiedAbsences } from './Migration20261207200000NotifiedAbsences';

/** Listed by hand so that compiled and test runs find the same migrations, in order. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261123000000Foundation', class: Migration20261123000000Foundation },
  { name: 'Migration20261123100000Datastore', class: Migration20261123100000Datastore },
  { name: 'Migration20261123110000Registry', class: Migration20261123110000Registry },
  { name: 'Migration20261123120000Compliance', class: Migration20261123120000Compliance },
  { name: 'Migration20261123130000OpenData', class: Migration20261123130000OpenData },
  { name: 'Migration20261123140000Accounts', class: Migration20261123140000Accounts },
  { name: 'Migration20261123150000Access', class: Migration20261123150000Access },
  { name: 'Migration20261123160000Clients', class: Migration20261123160000Clients },
  { name: 'Migration20261123161000AccessReports', class: Migration20261123161000AccessReports },
  { name: 'Migration20261123162000Citizens', class: Migration20261123162000Citizens },
  { name: 'Migration20261123163000Federation', class: Migration20261123163000Federation },
  { name: 'Migration20261123164000ServedCsv', class: Migration20261123164000ServedCsv },
  { name: 'Migration20261123164500Succession', class: Migration20261123164500Succession },
  { name: 'Migration20261123166000Consent', class: Migration20261123166000Consent },
  { name: 'Migration20261123167000Engagement', class: Migration20261123167000Engagement },
  { name: 'Migration20261123169000HarvestSchedule', class: Migration20261123169000HarvestSchedule },
  { name: 'Migration20261207000000AuditSignatures', class: Migration20261207000000AuditSignatures },
  { name: 'Migration20261207000000SchemaInference', class: Migration20261207000000SchemaInference },
  { name: 'Migration20261207100000ThrottleCounters', class: Migration20261207100000ThrottleCounters },
  { name: 'Migration20261207100000VersionOrder', class: Migration20261207100000VersionOrder },
  { name: 'Migration20261207200000NotifiedAbsences', class: Migration20261207200000NotifiedAbsences },
];

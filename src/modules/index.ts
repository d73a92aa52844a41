import { accessModule } from './access';
import { accountsModule } from './accounts';
import { agenciesModule } from './agencies';
import { catalogModule } from './catalog';
import { citizensModule } from './citizens';
import { clientsModule } from './clients';
import { complianceModule } from './compliance';
import { consentModule } from './consent';
import { datastoreModule } from './datastore';
import { federationModule } from './federation';
import { feedbackModule } from './feedback';
import { notificationsModule } from './notifications';
import { openDataModule } from './opendata';
import { successionModule } from './succession';
import type { HubModule } from './hub-module';

/** Every module of the hub: the schema, the permissions and the ORM are built from this list. */
export const hubModules: readonly HubModule[] = [
  agenciesModule,
  accountsModule,
  citizensModule,
  catalogModule,
  datastoreModule,
  openDataModule,
  complianceModule,
  accessModule,
  successionModule,
  consentModule,
  clientsModule,
  federationModule,
  notificationsModule,
  feedbackModule,
];

import type { HubModule } from '../hub-module';
import { Consent, ConsentAccess, PersonalRecord } from './entities';
import { ConsentRequest, ConsentWebhook } from './request-entities';
import { ConsentRequestResolver } from './request-resolver';
import { ConsentedRecordResolver, ConsentedRecordsResolver, ConsentResolver } from './resolver';
import { consentPermissions } from './rules';

/** Citizens' records read only under their live consent, and partners' requests for it. */
export const consentModule: HubModule = {
  name: 'consent',
  resolvers: [ConsentedRecordsResolver, ConsentedRecordResolver, ConsentResolver, ConsentRequestResolver],
  permissions: [consentPermissions],
  entities: [PersonalRecord, Consent, ConsentAccess, ConsentRequest, ConsentWebhook],
};

import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import type { Agency } from '../agencies/service';
import { AgencyType } from '../agencies/types';
import { requireClient } from '../../shared/viewer';
import type { ConsentedRecord, ConsentedRecords } from './service';
import { ConsentedRecordsType, ConsentedRecordType } from './types';

@Resolver(() => ConsentedRecordsType)
export class ConsentedRecordsResolver {
  @Query(() => ConsentedRecordsType, {
    description:
      'Đối tác đọc dữ liệu của công dân theo sự đồng ý (a partner reads a citizen’s records under their live consent); refusals: CONSENT_PAUSED, CONSENT_REVOKED, CONSENT_EXPIRED, CONSENT_NOT_STARTED, CONSENT_OUT_OF_SCOPE, CONSENT_FREQUENCY_EXCEEDED',
  })
  citizenRecords(
    @Ctx() { viewer, services }: HubContext,
    @Arg('consentId', () => ID) consentId: string,
    @Arg('datasetSlug', () => String, { nullable: true, description: 'One dataset of the consent; all when absent' })
    datasetSlug?: string | null,
    @Arg('fields', () => [String], { nullable: true, description: 'Some consented fields; all when absent' }) fields?: string[] | null,
  ): Promise<ConsentedRecords> {
    return services.consent.readRecords(requireClient(viewer), consentId, { datasetSlug, fields });
  }
}

@Resolver(() => ConsentedRecordType)
export class ConsentedRecordResolver {
  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency the record came from' })
  sourceAgency(@Root() record: ConsentedRecord, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return loaders.agencyById.load(record.sourceAgencyId);
  }
}

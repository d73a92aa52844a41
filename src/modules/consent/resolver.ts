import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import type { Agency } from '../agencies/service';
import { AgencyType } from '../agencies/types';
import { requireClient } from '../../shared/viewer';
import { consentRefusalCodes } from '../../shared/errors';
import type { Consent, ConsentedRecord, ConsentedRecords, ConsentState, DataAccessView } from './service';
import {
  ConsentedRecordsType,
  ConsentedRecordType,
  ConsentPayload,
  ConsentStateEnum,
  ConsentType,
  DataAccessType,
  GrantConsentInputType,
} from './types';

@Resolver(() => ConsentedRecordsType)
export class ConsentedRecordsResolver {
  @Query(() => ConsentedRecordsType, {
    description:
      'Đối tác đọc dữ liệu của công dân theo sự đồng ý (a partner reads a citizen’s records under their live consent); refusals: ' +
      consentRefusalCodes.join(', '),
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

/** The citizen's side, in the Digital Citizen app: consents given, changed in one action, and every access seen. */
@Resolver(() => ConsentType)
export class ConsentResolver {
  @Query(() => [ConsentType], { description: 'Mọi sự đồng ý của tôi (all my consents), newest first' })
  async myConsents(@Ctx() { viewer, services }: HubContext): Promise<Consent[]> {
    return services.consent.consentsOf(await services.citizens.consentSubjectOf(viewer));
  }

  @Query(() => [DataAccessType], { description: 'Ai đã đọc dữ liệu của tôi (who read my data: when, purpose, fields), newest first' })
  async myDataAccesses(@Ctx() { viewer, services }: HubContext): Promise<DataAccessView[]> {
    return services.consent.accessesOf(await services.citizens.consentSubjectOf(viewer));
  }

  @Mutation(() => ConsentPayload, { description: 'Tôi đồng ý cho một dịch vụ đối tác đọc một số dữ liệu của tôi (explicit, one purpose)' })
  async grantConsent(
    @Ctx() { viewer, services }: HubContext,
    @Arg('input', () => GrantConsentInputType) input: GrantConsentInputType,
  ): Promise<ConsentPayload> {
    const citizen = await services.citizens.consentSubjectOf(viewer);
    return payloadOf('consent', () => services.consent.grantConsent(citizen, input));
  }

  @Mutation(() => ConsentPayload, { description: 'Tạm dừng (pause): the partner’s next read is refused with CONSENT_PAUSED' })
  async pauseConsent(@Ctx() { viewer, services }: HubContext, @Arg('id', () => ID) id: string): Promise<ConsentPayload> {
    const citizen = await services.citizens.consentSubjectOf(viewer);
    return payloadOf('consent', () => services.consent.pauseConsent(citizen, id));
  }

  @Mutation(() => ConsentPayload, { description: 'Tiếp tục (resume) a paused consent' })
  async resumeConsent(@Ctx() { viewer, services }: HubContext, @Arg('id', () => ID) id: string): Promise<ConsentPayload> {
    const citizen = await services.citizens.consentSubjectOf(viewer);
    return payloadOf('consent', () => services.consent.resumeConsent(citizen, id));
  }

  @Mutation(() => ConsentPayload, { description: 'Rút lại (revoke), in one action: effective on the partner’s very next request' })
  async revokeConsent(@Ctx() { viewer, services }: HubContext, @Arg('id', () => ID) id: string): Promise<ConsentPayload> {
    const citizen = await services.citizens.consentSubjectOf(viewer);
    return payloadOf('consent', () => services.consent.revokeConsent(citizen, id));
  }

  @FieldResolver(() => ConsentStateEnum, { description: 'EXPIRED once its period is over' })
  state(@Root() consent: Consent, @Ctx() { services }: HubContext): ConsentState {
    return services.consent.stateOf(consent);
  }

  @FieldResolver(() => String, { description: 'Biên nhận (the receipt in plain Vietnamese); also GET /consents/:id/receipt' })
  async receipt(@Root() consent: Consent, @Ctx() { viewer, services }: HubContext): Promise<string> {
    return (await services.consent.receipt(await services.citizens.consentSubjectOf(viewer), consent.id)).text;
  }
}

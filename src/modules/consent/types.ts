import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';
import { payloadType, type PayloadOf } from '../../graphql/payload';
import {
  consentModes,
  consentStates,
  frequencyPeriods,
  type Consent,
  type ConsentedRecord,
  type ConsentMode,
  type FrequencyPeriod,
  type GrantConsentInput,
} from './service';
import type { ConsentTerms } from './grant-input';
import type { ConsentScopeItem } from './entities';

@ObjectType('ConsentedRecord', {
  description: 'Một bản ghi của kho dữ liệu cá nhân (a record of the personal data store), only the consented fields',
})
export class ConsentedRecordType {
  @Field()
  datasetSlug!: string;

  @Field({ description: 'When the source agency last updated it' })
  updatedAt!: Date;

  @Field(() => GraphQLJSONObject, { description: 'Consented field → value' })
  data!: Record<string, unknown>;
}

@ObjectType('ConsentedRecords', { description: 'What a partner read under a citizen’s consent' })
export class ConsentedRecordsType {
  @Field(() => ID)
  consentId!: string;

  @Field()
  purpose!: string;

  @Field({ description: 'The partner must delete what it read by then (the consent’s retention)' })
  retainUntil!: Date;

  @Field(() => [ConsentedRecordType])
  records!: ConsentedRecord[];
}

export const ConsentStateEnum = enumFrom('ConsentState', consentStates, {
  ACTIVE: 'Đang hiệu lực (active)',
  PAUSED: 'Tạm dừng (paused)',
  REVOKED: 'Đã rút lại (revoked)',
  EXPIRED: 'Hết hạn (expired)',
});

export const ConsentModeEnum = enumFrom('ConsentMode', consentModes, {
  ONE_TIME: 'Một lần (one read)',
  PERIODIC: 'Định kỳ, có giới hạn số lần mỗi kỳ (periodic, limited reads per period)',
});

export const FrequencyPeriodEnum = enumFrom('FrequencyPeriod', frequencyPeriods, {
  DAY: 'Ngày (day)',
  WEEK: 'Tuần (week)',
  MONTH: 'Tháng (30 days)',
});

@ObjectType('ConsentScopeItem', { description: 'Một loại dữ liệu và các trường được đồng ý (a dataset and the consented fields)' })
export class ConsentScopeItemType {
  @Field()
  datasetSlug!: string;

  @Field(() => [String])
  fields!: string[];
}

/** The fields a consent and a partner's request for one share; type-graphql copies them into each (the base is in no field's type, so not in the schema). */
@ObjectType()
export abstract class ConsentTermsType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The partner service, as the citizen sees it' })
  clientName!: string;

  @Field({ description: 'The purpose, as the citizen reads it' })
  purpose!: string;

  @Field(() => [ConsentScopeItemType])
  scope!: ConsentScopeItem[];

  @Field()
  validFrom!: Date;

  @Field()
  validTo!: Date;

  @Field(() => ConsentModeEnum)
  mode!: ConsentMode;

  @Field(() => Int)
  maxReads!: number;

  @Field(() => FrequencyPeriodEnum, { nullable: true })
  period?: FrequencyPeriod | null;

  @Field(() => Int)
  retentionDays!: number;

  @Field()
  createdAt!: Date;
}

@ObjectType('Consent', { description: 'Sự đồng ý chia sẻ dữ liệu cá nhân (a citizen’s consent to one partner, for one purpose)' })
export class ConsentType extends ConsentTermsType {
  @Field()
  receiptNumber!: string;

  @Field(() => Date, { nullable: true })
  pausedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt?: Date | null;
}

@ObjectType('DataAccess', { description: 'Một lần đọc dữ liệu của tôi (one read, or refused attempt, of my data)' })
export class DataAccessType {
  @Field()
  at!: Date;

  @Field(() => ID)
  consentId!: string;

  @Field()
  partnerName!: string;

  @Field()
  purpose!: string;

  @Field(() => [String])
  fields!: string[];

  @Field(() => Int)
  records!: number;

  @Field({ description: 'ALLOWED, or the refusal code' })
  outcome!: string;
}

@InputType('ConsentScopeInput')
export class ConsentScopeInputType {
  @Field()
  datasetSlug!: string;

  @Field(() => [String], { description: 'Each field chosen by the citizen; none is pre-selected' })
  fields!: string[];
}

/** The terms a citizen grants and a partner asks for alike (in no argument's type, so not in the schema). */
@InputType()
export abstract class ConsentTermsInputType implements ConsentTerms {
  @Field(() => [ConsentScopeInputType])
  scope!: ConsentScopeInputType[];

  @Field()
  validFrom!: Date;

  @Field()
  validTo!: Date;

  @Field(() => ConsentModeEnum)
  mode!: ConsentMode;

  @Field(() => Int, { nullable: true, description: 'PERIODIC: reads allowed per period' })
  maxReads?: number | null;

  @Field(() => FrequencyPeriodEnum, { nullable: true })
  period?: FrequencyPeriod | null;

  @Field(() => Int, { description: 'How long the partner may keep what it read' })
  retentionDays!: number;
}

@InputType('GrantConsentInput')
export class GrantConsentInputType extends ConsentTermsInputType implements GrantConsentInput {
  @Field(() => ID, { description: 'The partner’s API client' })
  clientId!: string;

  @Field({ description: 'One purpose' })
  purpose!: string;

  @Field({ description: 'The citizen ticked “I agree” themselves; false or absent is not consent' })
  agreed!: boolean;
}

export const ConsentPayload = payloadType('ConsentPayload', 'consent', () => ConsentType);
export type ConsentPayload = PayloadOf<'consent', Consent>;

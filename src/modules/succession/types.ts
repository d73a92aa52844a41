import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { payloadType, type PayloadOf } from '../../graphql/payload';
import type { AgencySuccession } from '../agencies/service';
import type { SucceedAgencyInput } from './service';

@ObjectType('AgencySuccession', { description: 'Kế thừa cơ quan (a merger: the successor took over from a date, REQUIREMENTS §10)' })
export class AgencySuccessionType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'YYYY-MM-DD' })
  effectiveOn!: string;

  @Field({ description: 'Căn cứ (the merger decision)' })
  reason!: string;

  @Field()
  decidedAt!: Date;

  @Field(() => Int)
  datasetsMoved!: number;

  @Field(() => Int, { description: 'Pending access requests, as owner or requester' })
  requestsMoved!: number;

  @Field(() => Int, { description: 'Grants still running' })
  grantsMoved!: number;

  @Field(() => Int, { description: 'Officials’ accounts (within the same province)' })
  officialsMoved!: number;
}

@InputType('SucceedAgencyInput')
export class SucceedAgencyInputType implements SucceedAgencyInput {
  @Field(() => String, { nullable: true, description: 'Default: your own province' })
  provinceCode?: string | null;

  @Field({ description: 'The agency being succeeded, by account name' })
  agencyCode!: string;

  @Field(() => String, { nullable: true, description: 'Default: the same province' })
  successorProvinceCode?: string | null;

  @Field()
  successorCode!: string;

  @Field({ description: 'YYYY-MM-DD, on or before today' })
  effectiveOn!: string;

  @Field()
  reason!: string;
}

export const AgencySuccessionPayload = payloadType('AgencySuccessionPayload', 'succession', () => AgencySuccessionType);
export type AgencySuccessionPayload = PayloadOf<'succession', AgencySuccession>;

import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { ConsentedRecord } from './service';

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

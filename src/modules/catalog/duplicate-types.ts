import { Field, Float, ID, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';
import { payloadType, type PayloadOf } from '../../graphql/payload';
import { duplicateKinds, type DuplicateFlag, type DuplicateKind } from './service';

export const DuplicateKindEnum = enumFrom('DuplicateKind', duplicateKinds, {
  TITLE: 'Cùng tên và cùng cơ quan chủ quản (same title and owner)',
  CONTENT: 'Cùng nội dung tệp (same file content)',
});

@ObjectType('DuplicateOverride', { description: 'DIC let this dataset stand beside a duplicate, for a recorded reason (002 §4.2b)' })
export class DuplicateOverrideType {
  @Field(() => DuplicateKindEnum)
  kind!: DuplicateKind;

  @Field()
  reason!: string;

  @Field()
  decidedAt!: Date;
}

@ObjectType('DuplicateFlag', { description: 'A likely duplicate across owners: similar titles, for DIC to look at' })
export class DuplicateFlagType {
  @Field(() => ID)
  id!: string;

  @Field(() => Float, { description: 'Trigram similarity of the normalised titles, 0 to 1' })
  similarity!: number;

  @Field()
  state!: string;

  @Field()
  createdAt!: Date;
}

export const DuplicateFlagPayload = payloadType('DuplicateFlagPayload', 'flag', () => DuplicateFlagType);
export type DuplicateFlagPayload = PayloadOf<'flag', DuplicateFlag>;

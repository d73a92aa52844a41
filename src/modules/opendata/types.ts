import { Field, Float, Int, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';

export const languages = ['VI', 'EN'] as const;
export type Language = (typeof languages)[number];

export const LanguageEnum = enumFrom('Language', languages, {
  VI: 'Tiếng Việt (the default)',
  EN: 'English',
});

@ObjectType('DatasetUsageDay', { description: 'Nhu cầu sử dụng trong một ngày (demand on one day, 002 §20.1h)' })
export class DatasetUsageDayType {
  @Field({ description: 'YYYY-MM-DD' })
  day!: string;

  @Field(() => Int)
  downloads!: number;

  @Field(() => Int, { description: 'Row pages read through the API' })
  apiReads!: number;
}

@ObjectType('DatasetQuality', {
  description:
    'Chất lượng: siêu dữ liệu đủ, lược đồ do chủ sở hữu xác nhận, cập nhật đúng hạn (quality: described, confirmed schema, fresh)',
})
export class DatasetQualityType {
  @Field(() => Float, { description: 'Recommended metadata present, of all recommended (0–1)' })
  metadataCompleteness!: number;

  @Field(() => [String], { description: 'Recommended fields left empty, by their GraphQL names' })
  missingMetadata!: string[];

  @Field(() => Boolean, {
    nullable: true,
    description: 'The served version’s Table Schema is the owner’s, not only inferred; null without a version',
  })
  schemaConfirmed!: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The served version is as recent as the update frequency promises; null when no frequency we know is promised, or no version exists',
  })
  fresh!: boolean | null;

  @Field(() => Date, { nullable: true, description: 'When the served version was made' })
  lastUpdatedAt!: Date | null;
}

import { Field, Int, ObjectType } from 'type-graphql';
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

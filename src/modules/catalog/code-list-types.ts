import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType('CodeListEntry', { description: 'Một mục của danh mục dùng chung (an entry of a shared code list)' })
export class CodeListEntryType {
  @Field()
  code!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  labelEn?: string | null;

  @Field(() => String, { nullable: true })
  parentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; absent = since always' })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; absent = still in force' })
  validTo?: string | null;
}

@Directive('@key(fields: "id")')
@ObjectType('CodeList', { description: 'Danh mục dùng chung (a shared code list, 002 §3.5b): a dataset of category SHARED_CATALOGUE' })
export class CodeListType {
  @Field(() => ID, { description: 'The id of the code list\'s dataset' })
  id!: string;

  @Field()
  slug!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  titleEn?: string | null;

  @Field()
  description!: string;

  @Field()
  provinceCode!: string;
}

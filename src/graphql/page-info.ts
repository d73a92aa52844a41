import { Field, ObjectType } from 'type-graphql';

/** Where a page of any connection ends (datasets, rows, federated search): shared, so it lives here. */
@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

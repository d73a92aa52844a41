import { JSONResolver } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../../graphql/page-info';
import { maxInValues, maxSortColumns, type RowColumn, type RowFilter, type RowSort } from './service';

@ObjectType('RowColumn', { description: 'Một cột của phiên bản (a column of the version), from its Table Schema' })
export class RowColumnType {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field({ description: 'Table Schema type: string, integer, number, boolean, date, datetime…' })
  type!: string;
}

@ObjectType('RowPageVersion', { description: 'Phiên bản được đọc (the version read): the latest unless asked by number' })
export class RowPageVersionType {
  @Field(() => Int)
  number!: number;

  @Field(() => Int)
  rowCount!: number;

  @Field()
  createdAt!: Date;
}

@ObjectType('RowPage', { description: 'Một trang dòng dữ liệu (a page of rows), in keyset order' })
export class RowPageType {
  @Field(() => [RowColumnType])
  columns!: RowColumn[];

  @Field(() => [[JSONResolver]], {
    nullable: 'items',
    description:
      'One array per row, a JSON value per column in the order of `columns`: numbers, booleans, ISO dates as strings, null for an empty cell. An integer beyond ±2^53 comes as a string.',
  })
  rows!: unknown[][];

  @Field(() => [Int], { description: 'Source line of each row (the header is line 1)' })
  rowNumbers!: number[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => RowPageVersionType)
  version!: RowPageVersionType;

  /** Resolved by RowPageResolver.totalCount, only when asked for. */
  countTotal!: () => Promise<number>;
}

@InputType('RowFilter', {
  description: 'Lọc theo một cột (a filter on one schema column); several operators in one filter all apply',
})
export class RowFilterInput implements RowFilter {
  @Field()
  column!: string;

  @Field(() => JSONResolver, { nullable: true, description: 'Values: JSON numbers/booleans or their text; dates as YYYY-MM-DD' })
  eq?: unknown;

  @Field(() => JSONResolver, { nullable: true })
  ne?: unknown;

  @Field(() => JSONResolver, { nullable: true })
  lt?: unknown;

  @Field(() => JSONResolver, { nullable: true })
  lte?: unknown;

  @Field(() => JSONResolver, { nullable: true })
  gt?: unknown;

  @Field(() => JSONResolver, { nullable: true })
  gte?: unknown;

  @Field(() => [JSONResolver], { nullable: true, description: `One of these values (1 to ${maxInValues})` })
  in?: unknown[] | null;

  @Field(() => String, { nullable: true, description: 'Text columns: substring, ignoring case and diacritics ("ho tich" finds "Hộ tịch")' })
  contains?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: the cell is empty; false: it is not' })
  isNull?: boolean | null;
}

@InputType('RowSort', { description: `Sắp xếp theo một cột (sort by a schema column), at most ${maxSortColumns}; ties keep source order` })
export class RowSortInput implements RowSort {
  @Field()
  column!: string;

  @Field(() => Boolean, { defaultValue: false })
  descending!: boolean;
}

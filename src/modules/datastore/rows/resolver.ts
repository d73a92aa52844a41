import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../../graphql/context';
import { defaultRowPageSize, maxRowPageSize } from './service';
import { RowFilterInput, RowPageType, RowSortInput } from './types';

@Resolver(() => RowPageType)
export class RowPageResolver {
  @Query(() => RowPageType, {
    description: 'Các dòng của một phiên bản (rows of a dataset version): open data for everyone, other data for its owner and DIC',
  })
  async datasetRows(
    @Ctx() { viewer, services, signal }: HubContext,
    @Arg('slug', () => String) slug: string,
    @Arg('version', () => Int, { nullable: true, description: 'Version number; the latest when absent (002 §20.1b)' })
    version: number | null,
    @Arg('filter', () => [RowFilterInput], { nullable: true }) filter: RowFilterInput[] | null,
    @Arg('sort', () => [RowSortInput], { nullable: true }) sort: RowSortInput[] | null,
    @Arg('first', () => Int, { defaultValue: defaultRowPageSize, description: `1 to ${maxRowPageSize}` }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<RowPageType> {
    const page = await services.rows.readRows(viewer, { slug, version, filter, sort, first, after, signal });
    services.openData.recordApiRead(page.datasetId);
    return { ...page, pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor } };
  }

  @FieldResolver(() => Int, { description: 'How many rows match the filter, over all pages (exact)' })
  totalCount(@Root() page: RowPageType): Promise<number> {
    return page.countTotal();
  }
}

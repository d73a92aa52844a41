import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import type { Agency } from '../agencies/service';
import { AgencyType } from '../agencies/types';
import { CodeListEntryType, CodeListType } from './code-list-types';
import type { CodeListEntry, Dataset } from './service';

@Resolver(() => CodeListType)
export class CodeListResolver {
  @Query(() => [CodeListType], { description: 'Shared code lists (danh mục dùng chung), optionally of one province' })
  codeLists(@Ctx() { services }: HubContext, @Arg('province', () => String, { nullable: true }) province?: string | null): Promise<Dataset[]> {
    return services.catalog.codeListDatasets(province ?? undefined);
  }

  @FieldResolver(() => [CodeListEntryType])
  entries(
    @Root() codeList: Dataset,
    @Ctx() { services }: HubContext,
    @Arg('validOn', () => String, { nullable: true, description: 'Only entries in force that day (YYYY-MM-DD)' }) validOn?: string | null,
  ): Promise<CodeListEntry[]> {
    return services.catalog.codeListEntries(codeList.id, validOn ?? undefined);
  }

  @FieldResolver(() => AgencyType)
  owner(@Root() codeList: Dataset, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return loaders.agencyById.load(codeList.ownerAgencyId);
  }
}

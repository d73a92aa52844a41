import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import type { Agency, Province } from './service';
import { AgencyType, ProvinceType } from './types';

@Resolver(() => AgencyType)
export class AgencyResolver {
  @Query(() => [AgencyType], { description: 'Agencies, optionally of one province' })
  agencies(
    @Ctx() { services }: HubContext,
    @Arg('province', () => String, { nullable: true }) province?: string | null,
  ): Promise<Agency[]> {
    return services.agencies.list(province ?? undefined);
  }

  @Query(() => [ProvinceType])
  provinces(@Ctx() { services }: HubContext): Promise<Province[]> {
    return services.agencies.listProvinces();
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  parent(@Root() agency: Agency, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return agency.parentId ? loaders.agencyById.load(agency.parentId) : Promise.resolve(null);
  }

  @FieldResolver(() => ProvinceType)
  async province(@Root() agency: Agency, @Ctx() { loaders }: HubContext): Promise<Province | null> {
    return loaders.provinceByCode.load(agency.provinceCode);
  }

  @FieldResolver(() => String, { description: 'E-mail = account name @ the province domain (003 §4)' })
  async email(@Root() agency: Agency, @Ctx() { loaders }: HubContext): Promise<string> {
    const province = await loaders.provinceByCode.load(agency.provinceCode);
    return `${agency.code}@${province?.emailDomain ?? 'invalid'}`;
  }
}

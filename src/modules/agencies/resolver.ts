import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { payloadOf } from '../../graphql/payload';
import type { HubContext } from '../../graphql/context';
import type { Agency, AgencyNameProposal, Province } from './service';
import { AgencyNameProposalType, AgencyPayload, AgencyType, NewAgencyInputType, ProvinceType } from './types';

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

  @Query(() => AgencyNameProposalType, { description: 'The account name 003 §4.1 gives a new agency, and whether it is taken' })
  proposeAgencyAccountName(
    @Ctx() { viewer, services }: HubContext,
    @Arg('input', () => NewAgencyInputType) input: NewAgencyInputType,
  ): Promise<AgencyNameProposal> {
    return services.agencies.proposeAccountName(viewer, input);
  }

  @Mutation(() => AgencyPayload, { description: 'DIC registers an agency under its 003 §4.1 account name' })
  registerAgency(
    @Ctx() { viewer, services }: HubContext,
    @Arg('input', () => NewAgencyInputType) input: NewAgencyInputType,
  ): Promise<AgencyPayload> {
    return payloadOf('agency', () => services.agencies.registerAgency(viewer, input));
  }

  @FieldResolver(() => AgencyType, { nullable: true, description: 'The agency that succeeded this one (REQUIREMENTS §10)' })
  successor(@Root() agency: Agency, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return agency.successorId ? loaders.agencyById.load(agency.successorId) : Promise.resolve(null);
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

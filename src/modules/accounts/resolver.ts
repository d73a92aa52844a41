import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import { AgencyType } from '../agencies/types';
import type { Agency } from '../agencies/service';
import type { Official } from './service';
import { OfficialType, SignInPayload } from './types';

@Resolver(() => OfficialType)
export class AccountResolver {
  @Mutation(() => SignInPayload, {
    description: 'Development only: signs in a seeded official by account name. Refused in production.',
  })
  async devSignIn(
    @Ctx() { services }: HubContext,
    @Arg('province', () => String) province: string,
    @Arg('accountName', () => String) accountName: string,
  ): Promise<SignInPayload> {
    const result = await payloadOf('signedIn', () => services.accounts.devSignIn(province, accountName));
    return { token: result.signedIn?.token, official: result.signedIn?.official, error: result.error };
  }

  @Query(() => OfficialType, { nullable: true, description: 'The signed-in official, or null' })
  async me(@Ctx() { viewer, services }: HubContext): Promise<Official | null> {
    if (viewer.kind !== 'official') return null;
    const [official] = await services.accounts.findByIds([viewer.officialId]);
    return official ?? null;
  }

  @FieldResolver(() => AgencyType)
  agency(@Root() official: Official, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return loaders.agencyById.load(official.agencyId);
  }
}

import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import { AgencyType } from '../agencies/types';
import type { Agency } from '../agencies/service';
import { SignInRefusal, type Official, type OfficialChange, type SignedIn } from './service';
import {
  AccountNameProposalType,
  CreateOfficialInputType,
  OfficialAccountPayload,
  OfficialType,
  SignInPayload,
  TemporaryLockReasonEnum,
  type TemporaryLockReason,
} from './types';

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

  @Mutation(() => SignInPayload, {
    description: 'Đăng nhập bằng mật khẩu (sign-in; failures slow further attempts from the same address, see the README on throttles)',
  })
  signIn(
    @Ctx() { services, address }: HubContext,
    @Arg('province', () => String) province: string,
    @Arg('accountName', () => String) accountName: string,
    @Arg('password', () => String) password: string,
  ): Promise<SignInPayload> {
    return signInPayload(() => services.accounts.signIn(province, accountName, password, address));
  }

  @Mutation(() => SignInPayload, {
    description:
      'Đổi mật khẩu (003 §7). Signed in: your own. Otherwise name the account: the way a first sign-in after creation or restore gets its token.',
  })
  changePassword(
    @Ctx() { services, viewer, address }: HubContext,
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Arg('province', () => String, { nullable: true }) province?: string | null,
    @Arg('accountName', () => String, { nullable: true }) accountName?: string | null,
  ): Promise<SignInPayload> {
    return signInPayload(() =>
      services.accounts.changePassword(viewer, { provinceCode: province, accountName }, currentPassword, newPassword, address),
    );
  }

  @Query(() => AccountNameProposalType, { description: 'The account name 003 §4.2 gives this person in this agency' })
  proposeAccountName(
    @Ctx() { services, viewer }: HubContext,
    @Arg('fullName', () => String) fullName: string,
    @Arg('agencyCode', () => String) agencyCode: string,
    @Arg('province', () => String, { nullable: true, description: 'Default: your own' }) province?: string | null,
    @Arg('surname', () => String, { nullable: true, description: 'When it has more than one word (Tôn Nữ); absent: the first word' })
    surname?: string | null,
  ): Promise<AccountNameProposalType> {
    return services.accounts.proposeAccountName(viewer, province, fullName, agencyCode, surname);
  }

  @Mutation(() => OfficialAccountPayload, { description: 'DIC creates an account on the agency’s request (003 §5.2a)' })
  createOfficial(
    @Ctx() { services, viewer }: HubContext,
    @Arg('input', () => CreateOfficialInputType) input: CreateOfficialInputType,
  ): Promise<OfficialAccountPayload> {
    return changePayload(() => services.accounts.createOfficial(viewer, input));
  }

  @Mutation(() => OfficialAccountPayload, { description: 'Moves the account to another agency, keeping it and its history (003 §5.2b)' })
  transferOfficial(
    @Ctx() { services, viewer }: HubContext,
    @Arg('official', () => ID) official: string,
    @Arg('toAgencyCode', () => String) toAgencyCode: string,
    @Arg('requestReference', () => String) requestReference: string,
  ): Promise<OfficialAccountPayload> {
    return changePayload(() => services.accounts.transferOfficial(viewer, official, toAgencyCode, requestReference));
  }

  @Mutation(() => OfficialAccountPayload, {
    description: 'Records retirement, leaving or a move out of the province (003 §5.2c); the lock and revocation follow',
  })
  recordLeaving(
    @Ctx() { services, viewer }: HubContext,
    @Arg('official', () => ID) official: string,
    @Arg('leftAt', () => Date) leftAt: Date,
    @Arg('isLeader', () => Boolean, {
      description: 'Holds a leading post; the leaders’ rule applies at department / district-PPC level and above',
    })
    isLeader: boolean,
    @Arg('requestReference', () => String) requestReference: string,
  ): Promise<OfficialAccountPayload> {
    return changePayload(() => services.accounts.recordLeaving(viewer, official, leftAt, isLeader, requestReference));
  }

  @Mutation(() => OfficialAccountPayload, {
    description: 'Records an absence the agency notified, with its reason and period: not counted as inactivity (003 §6.2a)',
  })
  recordAbsence(
    @Ctx() { services, viewer }: HubContext,
    @Arg('official', () => ID) official: string,
    @Arg('reason', () => String) reason: string,
    @Arg('from', () => Date) from: Date,
    @Arg('until', () => Date) until: Date,
    @Arg('requestReference', () => String, { description: 'Reference of the agency’s notice' }) requestReference: string,
  ): Promise<OfficialAccountPayload> {
    return changePayload(() => services.accounts.recordAbsence(viewer, official, { reason, from, until, requestReference }));
  }

  @Mutation(() => OfficialAccountPayload, { description: 'Temporary lock for compromise or misuse (003 §6.2b–c)' })
  lockOfficial(
    @Ctx() { services, viewer }: HubContext,
    @Arg('official', () => ID) official: string,
    @Arg('reason', () => TemporaryLockReasonEnum) reason: TemporaryLockReason,
    @Arg('note', () => String) note: string,
  ): Promise<OfficialAccountPayload> {
    return changePayload(() => services.accounts.lockOfficial(viewer, official, reason, note));
  }

  @Mutation(() => OfficialAccountPayload, { description: 'Restores a temporarily locked account with a new password (003 §6.3)' })
  restoreOfficial(
    @Ctx() { services, viewer }: HubContext,
    @Arg('official', () => ID) official: string,
    @Arg('requestReference', () => String) requestReference: string,
  ): Promise<OfficialAccountPayload> {
    return changePayload(() => services.accounts.restoreOfficial(viewer, official, requestReference));
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

  @FieldResolver(() => String, { description: 'Account name @ the province’s domain (003 §4)' })
  email(@Root() official: Official, @Ctx() { services }: HubContext): Promise<string> {
    return services.accounts.emailOf(official);
  }
}

async function signInPayload(work: () => Promise<SignedIn>): Promise<SignInPayload> {
  try {
    const result = await payloadOf('signedIn', work);
    return { token: result.signedIn?.token, official: result.signedIn?.official, error: result.error };
  } catch (error) {
    if (!(error instanceof SignInRefusal)) throw error;
    return { retryAfterSeconds: error.retryAfterSeconds, error: { code: error.code, message: error.message, inputErrors: [] } };
  }
}

async function changePayload(work: () => Promise<OfficialChange>): Promise<OfficialAccountPayload> {
  const result = await payloadOf('change', work);
  return { official: result.change?.official, temporaryPassword: result.change?.temporaryPassword, error: result.error };
}

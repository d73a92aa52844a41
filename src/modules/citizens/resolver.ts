import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import { refusalAware } from '../../graphql/refusals';
import type { Citizen } from './service';
import { CitizenAccountPayload, CitizenRegistrationInputType, CitizenSignInPayload, CitizenType } from './types';

@Resolver(() => CitizenType)
export class CitizenResolver {
  @Mutation(() => CitizenAccountPayload, {
    description: 'Đăng ký tài khoản Công dân số (000 §8.2); an SMS code is sent to the phone (000 §9.1)',
  })
  registerCitizen(
    @Ctx() { services }: HubContext,
    @Arg('province', () => String) province: string,
    @Arg('input', () => CitizenRegistrationInputType) input: CitizenRegistrationInputType,
  ): Promise<CitizenAccountPayload> {
    return refusalAware(async () => {
      const result = await payloadOf('citizen', () => services.citizens.register(province, input));
      return { citizen: result.citizen, error: result.error };
    });
  }

  @Mutation(() => CitizenAccountPayload, {
    description: 'Sends a new SMS code to an account awaiting verification (3 per phone in 15 minutes)',
  })
  resendCitizenCode(
    @Ctx() { services }: HubContext,
    @Arg('province', () => String) province: string,
    @Arg('login', () => String, { description: 'Account name or phone number' }) login: string,
  ): Promise<CitizenAccountPayload> {
    return refusalAware(async () => {
      const result = await payloadOf('sent', () => services.citizens.resendCode(province, login));
      return { error: result.error };
    });
  }

  @Mutation(() => CitizenSignInPayload, { description: 'Xác thực bằng mã OTP (000 §9.1): activates the account and signs it in' })
  verifyCitizen(
    @Ctx() { services }: HubContext,
    @Arg('province', () => String) province: string,
    @Arg('login', () => String, { description: 'Account name or phone number' }) login: string,
    @Arg('code', () => String) code: string,
  ): Promise<CitizenSignInPayload> {
    return refusalAware(async () => {
      const result = await payloadOf('signedIn', () => services.citizens.verify(province, login, code));
      return { token: result.signedIn?.token, citizen: result.signedIn?.citizen, error: result.error };
    });
  }

  @Mutation(() => CitizenSignInPayload, { description: 'Đăng nhập Công dân số by account name or phone and password (000 §8.3)' })
  citizenSignIn(
    @Ctx() { services, address }: HubContext,
    @Arg('province', () => String) province: string,
    @Arg('login', () => String, { description: 'Account name or phone number' }) login: string,
    @Arg('password', () => String) password: string,
  ): Promise<CitizenSignInPayload> {
    return refusalAware(async () => {
      const result = await payloadOf('signedIn', () => services.citizens.signIn(province, login, password, address));
      return { token: result.signedIn?.token, citizen: result.signedIn?.citizen, error: result.error };
    });
  }

  @Query(() => CitizenType, { nullable: true, description: 'The signed-in citizen’s own account, or null' })
  myCitizenAccount(@Ctx() { services, viewer }: HubContext): Promise<Citizen | null> {
    return services.citizens.me(viewer);
  }
}

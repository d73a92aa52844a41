import type { EntityManager } from '@mikro-orm/postgresql';
import { CredentialThrottle } from '../../shared/credential-throttle';
import { SignInRefusal } from './errors';

/**
 * Password sign-in, officials' and citizens', throttled by growing delays per account and
 * source address (shared/credential-throttle.ts) rather than locked: failures from one
 * address never stop the owner signing in from another. Kept by name, whether or not the
 * account exists, so the throttle tells nobody which names are real.
 */
export class SignInGuard {
  private readonly throttle: CredentialThrottle;

  constructor(em: EntityManager, scope: string) {
    this.throttle = new CredentialThrottle(em, `sign-in:${scope}`);
  }

  /**
   * Runs `check` (the password comparison) unless a delay holds `account` for `address`;
   * a failed check is counted, a passed one ends the pair's count.
   */
  async attempt<T>(account: string, address: string, now: Date, check: () => Promise<T | null>): Promise<T> {
    const wait = await this.throttle.waitSeconds(account, address, now);
    if (wait > 0) throw throttled(wait);
    const passed = await check();
    if (passed === null) {
      const delay = await this.throttle.failed(account, address, now);
      if (delay > 0) throw throttled(delay);
      throw new SignInRefusal('INVALID_CREDENTIALS', 'Tên tài khoản hoặc mật khẩu không đúng (wrong account name or password)');
    }
    await this.throttle.succeeded(account, address);
    return passed;
  }

  /** A restored account starts afresh: its delays from every address end. */
  forgetAccount(account: string): Promise<void> {
    return this.throttle.forgetAccount(account);
  }
}

function throttled(seconds: number): SignInRefusal {
  const wait = seconds >= 60 ? `${Math.ceil(seconds / 60)} phút` : `${seconds} giây`;
  return new SignInRefusal(
    'SIGN_IN_THROTTLED',
    `Đăng nhập sai quá nhiều lần; thử lại sau ${wait} (too many failed sign-ins; retry in ${seconds} s)`,
    seconds,
  );
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { countFailure, delayRemaining, forget, type DelayRule } from './throttle-counters';

const minute = 60 * 1000;

/**
 * Growing delays instead of lockouts (OWASP Authentication Cheat Sheet): failures are counted
 * per account and source address together, per address, and per account, and each count
 * imposes its own delay from its `delayFrom`-th failure on.
 *
 * - pair: one address guessing one account is slowed first and most (from the 5th failure:
 *   1 min, doubling to 15 min). The owner elsewhere is not: the delay holds only for that address.
 * - address: one address spraying many account names (from the 20th: 1 min doubling to 1 h).
 * - account: guesses at one account from many addresses (from the 50th: 10 s doubling to 1 min):
 *   only slowed, never locked for long, since the owner shares this delay.
 *
 * A failure while a delay runs is refused before the password is checked, and not counted.
 * The right password ends the pair's count; the address's and the account's run out by time.
 */
export const credentialRules = {
  pair: { delayFrom: 5, firstDelayMs: minute, maxDelayMs: 15 * minute, forgetMs: 15 * minute },
  address: { delayFrom: 20, firstDelayMs: minute, maxDelayMs: 60 * minute, forgetMs: 15 * minute },
  account: { delayFrom: 50, firstDelayMs: 10 * 1000, maxDelayMs: minute, forgetMs: 15 * minute },
} satisfies Record<string, DelayRule>;

type Kind = keyof typeof credentialRules;

export class CredentialThrottle {
  /** `scope` separates what is guessed: officials' sign-in of a province, citizens', client secrets. */
  constructor(
    private readonly em: EntityManager,
    private readonly scope: string,
  ) {}

  /** Seconds until `address` may try `account` again; 0 when it may now. */
  async waitSeconds(account: string, address: string, now: Date): Promise<number> {
    return Math.ceil((await delayRemaining(this.em, Object.values(this.keys(account, address)), now)) / 1000);
  }

  /** Counts a failed attempt; returns the seconds of the delay it starts, or 0. */
  async failed(account: string, address: string, now: Date): Promise<number> {
    const keys = this.keys(account, address);
    let delayMs = 0;
    for (const kind of Object.keys(keys) as Kind[]) {
      delayMs = Math.max(delayMs, await countFailure(this.em, keys[kind], credentialRules[kind], now));
    }
    return Math.ceil(delayMs / 1000);
  }

  async succeeded(account: string, address: string): Promise<void> {
    await forget(this.em, this.keys(account, address).pair);
  }

  /** Ends every count of `account`: its own and each address's pair with it. */
  async forgetAccount(account: string): Promise<void> {
    const { pair, account: own } = this.keys(account, '');
    await this.em.execute('delete from throttle_counter where key = ? or starts_with(key, ?)', [own, pair]);
  }

  private keys(account: string, address: string): Record<Kind, string> {
    return {
      pair: `${this.scope}:pair:${account}|${address}`,
      address: `${this.scope}:address:${address}`,
      account: `${this.scope}:account:${account}`,
    };
  }
}

import type { AccountService } from '../../src/modules/accounts/service';
import { credentialRules } from '../../src/shared/credential-throttle';
import { deleteExpired } from '../../src/shared/throttle-counters';
import type { OfficialViewer } from '../../src/shared/viewer';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { accountsAt, activeOfficial, ManualClock, viewerOf } from './helpers';

const minute = 60 * 1000;
const guesser = '203.0.113.7';
const owner = '198.51.100.2';

describe('sign-in throttles slow guessing without locking the owner out (OWASP authentication guidance)', () => {
  let t: TestHub;
  let dic: OfficialViewer;
  // The hub's own sweep reads the same clock, so it deletes only what this clock says expired.
  const clock = new ManualClock(new Date());
  const accounts = (): AccountService => accountsAt(t, clock);
  const later = (ms: number) => clock.set(new Date(clock.now().getTime() + ms));
  const signIn = (name: string, password: string, address: string) => accounts().signIn('ninhthuan', name, password, address);
  const refusal = (name: string, password: string, address: string): Promise<{ code: string; retryAfterSeconds?: number }> =>
    signIn(name, password, address).then(
      () => ({ code: 'SIGNED_IN' }),
      (error: { code: string; retryAfterSeconds?: number }) => ({ code: error.code, retryAfterSeconds: error.retryAfterSeconds }),
    );

  beforeAll(async () => {
    // The hub's own sweep must see the same time as the throttles, or it deletes their rows early.
    t = await startTestHub({ seed: true, clock });
    dic = await viewerOf(t, 'ninhthuan', 'thunghiem');
  });

  afterAll(() => t.close());

  it('one address guessing one account waits 1, 2, 4, 8 then at most 15 minutes; the owner signs in from another address meanwhile', async () => {
    await activeOfficial(accounts, dic, 'Đoàn Văn Đoán', 'sotttt');
    for (let i = 0; i < 4; i += 1) expect(await refusal('vandoan', 'Sai-roi1!', guesser)).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    const waits = [];
    for (let i = 0; i < 6; i += 1) {
      const answer = await refusal('vandoan', 'Sai-roi1!', guesser);
      expect(answer.code).toBe('SIGN_IN_THROTTLED');
      waits.push(answer.retryAfterSeconds);
      // Trying again before the delay ends is refused unchecked, and does not lengthen it.
      expect(await refusal('vandoan', 'Dung-roi1!', guesser)).toMatchObject({ code: 'SIGN_IN_THROTTLED' });
      expect((await signIn('vandoan', 'Dung-roi1!', owner)).token).toEqual(expect.any(String));
      later(answer.retryAfterSeconds! * 1000);
    }
    expect(waits).toEqual([60, 120, 240, 480, 900, 900]);
    expect((await signIn('vandoan', 'Dung-roi1!', guesser)).token).toEqual(expect.any(String));
  });

  it('a delay set through one replica holds on another, and ends when it says', async () => {
    await activeOfficial(accounts, dic, 'Lý Văn Nhân', 'sotttt');
    const replicaA = accountsAt(t, clock);
    const replicaB = accountsAt(t, clock);
    for (let i = 0; i < 5; i += 1) await expect(replicaA.signIn('ninhthuan', 'vannhan', 'Sai-roi1!', guesser)).rejects.toThrow();
    await expect(replicaB.signIn('ninhthuan', 'vannhan', 'Dung-roi1!', guesser)).rejects.toMatchObject({ code: 'SIGN_IN_THROTTLED' });
    later(minute - 1000);
    await expect(replicaB.signIn('ninhthuan', 'vannhan', 'Dung-roi1!', guesser)).rejects.toMatchObject({ code: 'SIGN_IN_THROTTLED' });
    later(1000);
    expect((await replicaB.signIn('ninhthuan', 'vannhan', 'Dung-roi1!', guesser)).token).toEqual(expect.any(String));
  });

  it('failures spread over more than 15 minutes cause no delay', async () => {
    await activeOfficial(accounts, dic, 'Tạ Văn Chậm', 'sotttt');
    for (let i = 0; i < 8; i += 1) {
      expect(await refusal('vancham', 'Sai-roi1!', guesser)).toMatchObject({ code: 'INVALID_CREDENTIALS' });
      later(4 * minute);
    }
  });

  it('spraying many account names from one address is slowed after 20 failures; other addresses are not', async () => {
    await activeOfficial(accounts, dic, 'Phun Văn Rải', 'sotttt');
    const sprayer = '192.0.2.50';
    const answers = [];
    for (let i = 0; i < credentialRules.address.delayFrom; i += 1) answers.push((await refusal(`ten${i}`, 'Sai-roi1!', sprayer)).code);
    expect(answers.slice(0, -1).every((code) => code === 'INVALID_CREDENTIALS')).toBe(true);
    expect(answers.at(-1)).toBe('SIGN_IN_THROTTLED');
    expect(await refusal('tenmoi', 'Sai-roi1!', sprayer)).toMatchObject({ code: 'SIGN_IN_THROTTLED', retryAfterSeconds: 60 });
    expect(await refusal('vanrai', 'Dung-roi1!', sprayer)).toMatchObject({ code: 'SIGN_IN_THROTTLED' });
    expect((await signIn('vanrai', 'Dung-roi1!', owner)).token).toEqual(expect.any(String));
  });

  it('guesses at one account from many addresses slow it by a minute at most, and the owner gets in once it passes', async () => {
    await activeOfficial(accounts, dic, 'Vây Văn Bủa', 'sotttt');
    for (let i = 0; i < credentialRules.account.delayFrom - 1; i += 1) {
      expect(await refusal('vanbua', 'Sai-roi1!', `10.0.${Math.floor(i / 4)}.${i % 4}`)).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    }
    expect(await refusal('vanbua', 'Sai-roi1!', '10.9.9.9')).toMatchObject({ code: 'SIGN_IN_THROTTLED', retryAfterSeconds: 10 });
    expect(await refusal('vanbua', 'Dung-roi1!', owner)).toMatchObject({ code: 'SIGN_IN_THROTTLED', retryAfterSeconds: 10 });
    later(10 * 1000);
    expect((await signIn('vanbua', 'Dung-roi1!', owner)).token).toEqual(expect.any(String));
    for (let i = 0; i < 5; i += 1) {
      const answer = await refusal('vanbua', 'Sai-roi1!', `10.8.0.${i}`);
      later(answer.retryAfterSeconds! * 1000);
      expect(answer.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
  });

  it('throttle rows are deleted once they expire', async () => {
    const count = async () =>
      (await t.hub.database.orm.em.fork().getConnection().execute<{ n: number }[]>('select count(*)::int as n from throttle_counter'))[0].n;
    await refusal('khongco', 'Sai-roi1!', '192.0.2.99');
    expect(await count()).toBeGreaterThan(0);
    later(2 * 60 * minute);
    await deleteExpired(t.hub.database.orm.em.fork(), clock.now());
    expect(await count()).toBe(0);
  });
});

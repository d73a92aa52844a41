import { ResendCitizenCodeDocument, RegisterCitizenDocument, VerifyCitizenDocument } from '../generated/graphql';
import { ManualClock } from '../accounts/helpers';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { lastCodeSentTo, messagesTo, person } from './fixtures';

describe('SMS one-time codes (000 §9.1)', () => {
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub({ seed: true, clock });
  });

  afterAll(() => t.close());

  let serial = 0;
  /** A fresh pending account with its own phone and CCCD; returns its E.164 phone. */
  const registerSomeone = async (): Promise<{ login: string; phone: string }> => {
    serial += 1;
    const local = `09130${String(serial).padStart(5, '0')}`;
    const result = await t.gql(RegisterCitizenDocument, {
      province: 'ninhthuan',
      input: person({ accountName: `congdan${serial}`, phone: local, idNumber: `05809000${String(serial).padStart(4, '0')}` }),
    });
    const citizen = result.data?.registerCitizen.citizen;
    if (!citizen) throw new Error(JSON.stringify(result));
    return { login: citizen.accountName, phone: citizen.phone };
  };
  const verify = (login: string, code: string) => t.gql(VerifyCitizenDocument, { province: 'ninhthuan', login, code });
  const resend = (login: string) => t.gql(ResendCitizenCodeDocument, { province: 'ninhthuan', login });
  const later = (ms: number) => clock.set(new Date(clock.now().getTime() + ms));

  it('000 §9.1: the code is 6 digits, sent to the phone, kept only as a keyed hash, and activates the account', async () => {
    const { login, phone } = await registerSomeone();
    const code = await lastCodeSentTo(t, phone);
    expect(code).toMatch(/^\d{6}$/);
    const [row] = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute<{ code_hash: string }[]>('select code_hash from citizen_otp where phone = ?', [phone]);
    expect(row.code_hash).not.toContain(code);
    const verified = await verify(login, code);
    expect(verified.data?.verifyCitizen).toMatchObject({ token: expect.any(String), citizen: { status: 'ACTIVE' }, error: null });
  });

  it('000 §9.1: a code is single use', async () => {
    const { login, phone } = await registerSomeone();
    const code = await lastCodeSentTo(t, phone);
    expect((await verify(login, code)).data?.verifyCitizen.error).toBeNull();
    const again = await verify(login, code);
    expect(again.data?.verifyCitizen).toMatchObject({ token: null, error: { code: 'CONFLICT' } });
  });

  it('000 §9.1: a code expires after 5 minutes; a new one can be asked for and works', async () => {
    const { login, phone } = await registerSomeone();
    const first = await lastCodeSentTo(t, phone);
    later(5 * 60 * 1000 + 1000);
    expect((await verify(login, first)).data?.verifyCitizen.error?.code).toBe('CODE_EXPIRED');
    expect((await resend(login)).data?.resendCitizenCode.error).toBeNull();
    const second = await lastCodeSentTo(t, phone);
    // The new code replaces the old one.
    if (second !== first) expect((await verify(login, first)).data?.verifyCitizen.error?.code).toBe('CODE_INVALID');
    later(4 * 60 * 1000);
    expect((await verify(login, second)).data?.verifyCitizen.citizen?.status).toBe('ACTIVE');
  });

  it('000 §9.1: five wrong guesses end the code; even the right one is then refused', async () => {
    const { login, phone } = await registerSomeone();
    const code = await lastCodeSentTo(t, phone);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let left = 4; left >= 1; left -= 1) {
      const guess = await verify(login, wrong);
      expect(guess.data?.verifyCitizen.error).toMatchObject({
        code: 'CODE_INVALID',
        message: expect.stringContaining(`${left} attempts left`),
      });
    }
    expect((await verify(login, wrong)).data?.verifyCitizen.error?.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await verify(login, code)).data?.verifyCitizen.error?.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await resend(login)).data?.resendCitizenCode.error).toBeNull();
    expect((await verify(login, await lastCodeSentTo(t, phone))).data?.verifyCitizen.citizen?.status).toBe('ACTIVE');
  });

  it('000 §9.1: at most 3 codes per phone in 15 minutes; the fourth waits, and is sent once the window has passed', async () => {
    const { login, phone } = await registerSomeone();
    later(60 * 1000);
    expect((await resend(login)).data?.resendCitizenCode.error).toBeNull();
    later(60 * 1000);
    expect((await resend(login)).data?.resendCitizenCode.error).toBeNull();
    later(60 * 1000);
    const fourth = await resend(login);
    expect(fourth.data?.resendCitizenCode).toMatchObject({ error: { code: 'TOO_MANY_CODES' }, retryAfterSeconds: 12 * 60 });
    expect(await messagesTo(t, phone)).toBe(3);
    later(12 * 60 * 1000);
    expect((await resend(login)).data?.resendCitizenCode.error).toBeNull();
    expect(await messagesTo(t, phone)).toBe(4);
  });

  it('000 §9.1: codes asked for at the same moment still stop at 3 per phone', async () => {
    const { login, phone } = await registerSomeone();
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => resend(login)));
    expect(results.filter((result) => result.data?.resendCitizenCode.error === null)).toHaveLength(2);
    expect(await messagesTo(t, phone)).toBe(3);
  });

  it('000 §9.1: codes are asked for by account name or phone; unknown accounts are not found', async () => {
    const { phone } = await registerSomeone();
    later(60 * 60 * 1000);
    expect((await resend(phone.replace('+84', '0'))).data?.resendCitizenCode.error).toBeNull();
    expect((await resend('khongco')).data?.resendCitizenCode.error?.code).toBe('NOT_FOUND');
  });

  it('000 §8.4: an unverified registration holds its CCCD for a day; after that someone else may register it', async () => {
    const squatter = person({ accountName: 'giudan', phone: '0977000001', idNumber: '058090009999' });
    expect((await t.gql(RegisterCitizenDocument, { province: 'ninhthuan', input: squatter })).data?.registerCitizen.error).toBeNull();
    const owner = person({ accountName: 'chinhchu', phone: '0977000002', idNumber: '058090009999' });
    const early = await t.gql(RegisterCitizenDocument, { province: 'ninhthuan', input: owner });
    expect(early.data?.registerCitizen.error?.inputErrors[0].field).toBe('idNumber');
    later(25 * 60 * 60 * 1000);
    const afterADay = await t.gql(RegisterCitizenDocument, { province: 'ninhthuan', input: owner });
    expect(afterADay.data?.registerCitizen.citizen).toMatchObject({ accountName: 'chinhchu', status: 'PENDING_VERIFICATION' });
    expect((await verify('giudan', '123456')).data?.verifyCitizen.error?.code).toBe('NOT_FOUND');
  });
});

import {
  CitizenSignInDocument,
  MeDocument,
  MyCitizenAccountDocument,
  RegisterCitizenDocument,
  VerifyCitizenDocument,
  type CitizenRegistrationInput,
} from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { citizenPassword, enterprise, lastCodeSentTo, person } from './fixtures';

describe('Digital Citizen registration (000 §8)', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
  });

  afterAll(() => t.close());

  const register = (input: CitizenRegistrationInput) => t.gql(RegisterCitizenDocument, { province: 'ninhthuan', input });
  const fieldsIn = (result: Awaited<ReturnType<typeof register>>) =>
    result.data?.registerCitizen.error?.inputErrors.map((problem) => problem.field).sort();

  it('000 §8.2: a person registers with the listed fields; the phone is stored in E.164 and the account awaits its code', async () => {
    const result = await register(person());
    expect(result.data?.registerCitizen.error).toBeNull();
    expect(result.data?.registerCitizen.citizen).toMatchObject({
      accountType: 'INDIVIDUAL',
      accountName: 'nguyenvanan',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '1990-04-30',
      gender: 'MALE',
      phone: '+84912345678',
      email: null,
      identityKind: 'CCCD',
      identityNumber: '058090001234',
      status: 'PENDING_VERIFICATION',
    });
  });

  it('000 §8.2: every bad field is named at once: CCCD province code, landline phone, password, missing fields', async () => {
    const result = await register(
      person({
        accountName: 'An',
        password: 'short',
        phone: '0259 3822 222',
        idNumber: '003090001234',
        dateOfBirth: '30/04/1990',
        gender: null,
        addressCommune: ' ',
        email: 'not-an-email',
      }),
    );
    expect(result.data?.registerCitizen.error?.code).toBe('BAD_USER_INPUT');
    expect(fieldsIn(result)).toEqual(
      expect.arrayContaining(['accountName', 'addressCommune', 'dateOfBirth', 'email', 'gender', 'idNumber', 'password', 'phone']),
    );
  });

  it('000 §8.2: a CCCD whose birth year or century-and-gender digit contradicts the form is refused on idNumber', async () => {
    const yearMismatch = await register(person({ accountName: 'tranthib', phone: '0913000001', dateOfBirth: '1991-04-30' }));
    expect(yearMismatch.data?.registerCitizen.error?.inputErrors).toEqual([
      { field: 'idNumber', message: expect.stringContaining('1990') },
    ]);
    const genderMismatch = await register(person({ accountName: 'tranthib', phone: '0913000001', gender: 'FEMALE' }));
    expect(genderMismatch.data?.registerCitizen.error?.inputErrors).toEqual([
      { field: 'idNumber', message: expect.stringContaining('giới tính') },
    ]);
  });

  it('000 §8.2: a legacy 9-digit CMND is accepted', async () => {
    const result = await register(person({ accountName: 'lethic', phone: '0913000002', idNumber: '264 123 456', gender: 'FEMALE' }));
    expect(result.data?.registerCitizen.citizen).toMatchObject({ identityKind: 'CMND', identityNumber: '264123456' });
  });

  it('000 §8.4: an enterprise is identified by its tax code; a bad or missing tax code is refused on taxCode', async () => {
    const missing = await register(enterprise({ taxCode: null }));
    expect(fieldsIn(missing)).toEqual(['taxCode']);
    const bad = await register(enterprise({ taxCode: '45001234' }));
    expect(bad.data?.registerCitizen.error?.inputErrors[0]).toMatchObject({
      field: 'taxCode',
      message: expect.stringContaining('10 chữ số'),
    });
    const branch = await register(enterprise({ taxCode: '4500123456001' }));
    expect(branch.data?.registerCitizen.citizen).toMatchObject({ identityKind: 'TAX_CODE', identityNumber: '4500123456-001' });
  });

  it('000 §8.4: one person, one account — the same CCCD, tax code, account name or phone again is refused naming why', async () => {
    const sameCccd = await register(person({ accountName: 'anvan2', phone: '0913000003' }));
    expect(sameCccd.data?.registerCitizen.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('000 §8.4'),
      inputErrors: [{ field: 'idNumber', message: expect.stringContaining('one person, one account') }],
    });
    const sameTaxCode = await register(enterprise({ accountName: 'nangluong2', phone: '0913000004', taxCode: '4500123456-001' }));
    expect(sameTaxCode.data?.registerCitizen.error?.inputErrors[0].field).toBe('taxCode');
    const sameName = await register(person({ idNumber: '058301012345', dateOfBirth: '2001-01-15', gender: 'FEMALE', phone: '0913000005' }));
    expect(sameName.data?.registerCitizen.error?.inputErrors[0]).toMatchObject({ field: 'accountName' });
    const samePhone = await register(
      person({ accountName: 'phamthid', idNumber: '058301012345', dateOfBirth: '2001-01-15', gender: 'FEMALE', phone: '+84912345678' }),
    );
    expect(samePhone.data?.registerCitizen.error?.inputErrors[0]).toMatchObject({ field: 'phone' });
  });

  it('000 §8.3, §9.1: once verified the citizen signs in by name or phone and sees only their own account', async () => {
    const verified = await t.gql(VerifyCitizenDocument, {
      province: 'ninhthuan',
      login: 'nguyenvanan',
      code: await lastCodeSentTo(t, '+84912345678'),
    });
    expect(verified.data?.verifyCitizen.citizen?.status).toBe('ACTIVE');
    for (const login of ['nguyenvanan', '0912 345 678', '+84912345678']) {
      const signedIn = await t.gql(CitizenSignInDocument, { province: 'ninhthuan', login, password: citizenPassword });
      expect(signedIn.data?.citizenSignIn.error).toBeNull();
      const token = signedIn.data!.citizenSignIn.token!;
      const mine = await t.gql(MyCitizenAccountDocument, {}, token);
      expect(mine.data?.myCitizenAccount).toMatchObject({ accountName: 'nguyenvanan', identityNumber: '058090001234' });
      // A citizen is not an official.
      expect((await t.gql(MeDocument, {}, token)).data?.me).toBeNull();
    }
    expect((await t.gql(MyCitizenAccountDocument, {})).data?.myCitizenAccount).toBeNull();
  });

  it('000 §9.1: an account not yet verified cannot sign in, even with the right password', async () => {
    const result = await t.gql(CitizenSignInDocument, { province: 'ninhthuan', login: 'lethic', password: citizenPassword });
    expect(result.data?.citizenSignIn).toMatchObject({ token: null, error: { code: 'ACCOUNT_NOT_VERIFIED' } });
  });

  it('000 §8.3: wrong passwords get one answer for known and unknown names, and five in a row make that address wait, by name or phone', async () => {
    const wrong = (login: string) => t.gql(CitizenSignInDocument, { province: 'ninhthuan', login, password: 'Sai-roi1!' });
    expect((await wrong('khongco')).data?.citizenSignIn.error?.code).toBe('INVALID_CREDENTIALS');
    for (let i = 0; i < 4; i += 1) expect((await wrong('nguyenvanan')).data?.citizenSignIn.error?.code).toBe('INVALID_CREDENTIALS');
    const fifth = await wrong('nguyenvanan');
    expect(fifth.data?.citizenSignIn).toMatchObject({ error: { code: 'SIGN_IN_THROTTLED' }, retryAfterSeconds: 60 });
    const right = await t.gql(CitizenSignInDocument, { province: 'ninhthuan', login: 'nguyenvanan', password: citizenPassword });
    expect(right.data?.citizenSignIn.error?.code).toBe('SIGN_IN_THROTTLED');
    // One count per account: its phone number is throttled with it.
    const byPhone = await t.gql(CitizenSignInDocument, { province: 'ninhthuan', login: '0912345678', password: citizenPassword });
    expect(byPhone.data?.citizenSignIn.error?.code).toBe('SIGN_IN_THROTTLED');
  });
});

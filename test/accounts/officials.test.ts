import {
  AgenciesDocument,
  ChangePasswordDocument,
  CreateOfficialDocument,
  LockOfficialDocument,
  MeDocument,
  ProposeAccountNameDocument,
  RestoreOfficialDocument,
  SignInDocument,
  TransferOfficialDocument,
  type CreateOfficialInput,
} from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { request, viewerOf } from './helpers';

describe('officials’ accounts through GraphQL (003)', () => {
  let t: TestHub;
  let dic: string;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    dic = await t.signIn('ninhthuan', 'thunghiem');
  });

  afterAll(() => t.close());

  const create = async (input: Partial<CreateOfficialInput> & Pick<CreateOfficialInput, 'fullName' | 'agencyCode'>, token = dic) =>
    t.gql(CreateOfficialDocument, { input: { ...request, ...input } }, token);

  const createActive = async (fullName: string, agencyCode: string, password: string) => {
    const created = await create({ fullName, agencyCode, initialPassword: 'Tam-thoi1!' });
    const official = created.data!.createOfficial.official!;
    const changed = await t.gql(ChangePasswordDocument, {
      province: 'ninhthuan',
      accountName: official.accountName,
      currentPassword: 'Tam-thoi1!',
      newPassword: password,
    });
    expect(changed.data?.changePassword.error).toBeNull();
    return official;
  };

  it('003 §4.1: agency account names and e-mails: sotttt, ubnd_prtc, ubnd_phuochai, sonv_vp, ttcntttt, vhtt_ns', async () => {
    const result = await t.gql(AgenciesDocument, { province: 'ninhthuan' });
    const emails = new Map(result.data!.agencies.map((agency) => [agency.code, agency.email]));
    for (const code of ['sotttt', 'ubnd_prtc', 'ubnd_phuochai', 'sonv_vp', 'ttcntttt', 'vhtt_ns']) {
      expect(emails.get(code)).toBe(`${code}@ninhthuan.gov.vn`);
    }
  });

  it('003 §4.2a: Nguyễn Quốc Trạng of Sở TTTT is proposed and created as quoctrang, quoctrang@ninhthuan.gov.vn', async () => {
    const proposal = await t.gql(ProposeAccountNameDocument, { fullName: 'Nguyễn Quốc Trạng', agencyCode: 'sotttt' }, dic);
    expect(proposal.data?.proposeAccountName).toEqual({ accountName: 'quoctrang', email: 'quoctrang@ninhthuan.gov.vn' });
    const created = await create({ fullName: 'Nguyễn Quốc Trạng', agencyCode: 'sotttt' });
    expect(created.data?.createOfficial.official).toMatchObject({
      accountName: 'quoctrang',
      email: 'quoctrang@ninhthuan.gov.vn',
      status: 'ACTIVE',
      mustChangePassword: true,
      agency: { code: 'sotttt' },
    });
  });

  it('003 §4.2b: Lê Văn Tuấn in UBND Ninh Hải: vantuan, then tuanlv, tuanlv.nh, tuanlv2.nh (tuanlv2.nh@ninhthuan.gov.vn), tuanlv3.nh', async () => {
    const names: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const proposal = await t.gql(ProposeAccountNameDocument, { fullName: 'Lê Văn Tuấn', agencyCode: 'ubnd_nh' }, dic);
      const created = await create({ fullName: 'Lê Văn Tuấn', agencyCode: 'ubnd_nh' });
      expect(created.data?.createOfficial.official?.accountName).toBe(proposal.data?.proposeAccountName.accountName);
      names.push(created.data!.createOfficial.official!.email);
    }
    expect(names).toEqual(['vantuan', 'tuanlv', 'tuanlv.nh', 'tuanlv2.nh', 'tuanlv3.nh'].map((name) => `${name}@ninhthuan.gov.vn`));
  });

  it('003 §4.2 with an explicit surname: Tôn Nữ Thị Hà is thiha, then hatnt; a surname that does not begin the name is a field error', async () => {
    const tonNu = { fullName: 'Tôn Nữ Thị Hà', surname: 'Tôn Nữ', agencyCode: 'sotttt' };
    const proposal = await t.gql(ProposeAccountNameDocument, tonNu, dic);
    expect(proposal.data?.proposeAccountName).toEqual({ accountName: 'thiha', email: 'thiha@ninhthuan.gov.vn' });
    // Without the split, Nữ reads as a middle name: nuthiha, as before.
    const unsplit = await t.gql(ProposeAccountNameDocument, { fullName: 'Tôn Nữ Thị Hà', agencyCode: 'sotttt' }, dic);
    expect(unsplit.data?.proposeAccountName.accountName).toBe('nuthiha');
    expect((await create(tonNu)).data?.createOfficial.official).toMatchObject({ accountName: 'thiha', fullName: 'Tôn Nữ Thị Hà' });
    expect((await create(tonNu)).data?.createOfficial.official?.accountName).toBe('hatnt');
    const wrong = await create({ ...tonNu, surname: 'Nguyễn' });
    expect(wrong.data?.createOfficial.error?.inputErrors).toEqual([
      { field: 'surname', message: expect.stringContaining('how the full name begins') },
    ]);
    const whole = await t.gql(ProposeAccountNameDocument, { ...tonNu, surname: 'Tôn Nữ Thị Hà' }, dic);
    expect(whole.errors?.[0].extensions?.code ?? whole.data?.proposeAccountName).toBe('BAD_USER_INPUT');
  });

  it('003 §4.2b: the numbers go on (tuanlv4.nh), and the e-mail follows the name', async () => {
    const next = await t.gql(ProposeAccountNameDocument, { fullName: 'Lê Văn Tuấn', agencyCode: 'ubnd_nh' }, dic);
    expect(next.data?.proposeAccountName).toEqual({ accountName: 'tuanlv4.nh', email: 'tuanlv4.nh@ninhthuan.gov.vn' });
  });

  it('003 §4.2b: the suffix is the department or district the unit belongs to (sonv_vp → .sonv, vhtt_ns → .ns)', async () => {
    // maulv and maulv.nh are seeded (Lê Văn Mẫu); vanmau is the PPC Office reviewer.
    const inDivision = await t.gql(ProposeAccountNameDocument, { fullName: 'Lê Văn Mẫu', agencyCode: 'sonv_vp' }, dic);
    expect(inDivision.data?.proposeAccountName.accountName).toBe('maulv.sonv');
    const inDistrictDivision = await t.gql(ProposeAccountNameDocument, { fullName: 'Lê Văn Mẫu', agencyCode: 'vhtt_ns' }, dic);
    expect(inDistrictDivision.data?.proposeAccountName.accountName).toBe('maulv.ns');
  });

  it('003 §4.2: names are unique in the province, not per agency: the same person in another province starts over', async () => {
    const bpDic = await t.signIn('binhphuoc', 'thithunghiem');
    const proposal = await t.gql(ProposeAccountNameDocument, { fullName: 'Lê Văn Tuấn', agencyCode: 'sotttt' }, bpDic);
    expect(proposal.data?.proposeAccountName).toEqual({ accountName: 'vantuan', email: 'vantuan@binhphuoc.gov.vn' });
  });

  it('a name DIC gives is used when valid and free; a taken or malformed one is a field error', async () => {
    const chosen = await create({ fullName: 'Phan Thị Chọn', agencyCode: 'sotttt', accountName: 'thichon.tt' });
    expect(chosen.data?.createOfficial.official?.accountName).toBe('thichon.tt');
    const taken = await create({ fullName: 'Nguyễn Quốc Trạng', agencyCode: 'sotttt', accountName: 'quoctrang' });
    expect(taken.data?.createOfficial.error).toMatchObject({ code: 'CONFLICT', inputErrors: [{ field: 'accountName' }] });
    const agencyName = await create({ fullName: 'Ai Đó', agencyCode: 'sotttt', accountName: 'sotttt' });
    expect(agencyName.data?.createOfficial.error?.code).toBe('CONFLICT');
    const malformed = await create({ fullName: 'Ai Đó', agencyCode: 'sotttt', accountName: 'Ai Đó' });
    expect(malformed.data?.createOfficial.error?.inputErrors.map((p) => p.field)).toEqual(['accountName']);
  });

  it('003 §7 at creation: a weak initial password is refused naming each missing requirement', async () => {
    const result = await create({ fullName: 'Đỗ Văn Yếu', agencyCode: 'sotttt', initialPassword: 'abc' });
    const messages = result.data?.createOfficial.error?.inputErrors.filter((p) => p.field === 'initialPassword').map((p) => p.message);
    expect(messages).toHaveLength(4);
    expect(messages?.join(' ')).toMatch(/8 ký tự.*in hoa.*chữ số.*đặc biệt/);
  });

  it('003 §5.1: only DIC administrators manage accounts; anonymous callers must sign in', async () => {
    const steward = await t.signIn('ninhthuan', 'vankiemthu');
    const refused = await create({ fullName: 'Ai Đó', agencyCode: 'sotttt' }, steward);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(ProposeAccountNameDocument, { fullName: 'Ai Đó', agencyCode: 'sotttt' });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const platform = await t.signIn('ninhthuan', 'minhhethong');
    expect(
      (await t.gql(ProposeAccountNameDocument, { fullName: 'Ai Đó', agencyCode: 'sotttt' }, platform)).data?.proposeAccountName.accountName,
    ).toBe('do');
    expect((await create({ fullName: 'Ai Đó', agencyCode: 'sotttt' }, platform)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const otherProvince = await t.signIn('binhphuoc', 'thithunghiem');
    const quoctrang = (await viewerOf(t, 'ninhthuan', 'quoctrang')).officialId;
    const transfer = await t.gql(
      TransferOfficialDocument,
      { official: quoctrang, toAgencyCode: 'sonv', requestReference: 'x' },
      otherProvince,
    );
    expect(transfer.data?.transferOfficial.error?.code).toBe('NOT_FOUND');
  });

  it('003 §6.3c: the first sign-in must change the password set by DIC; until then there is no token', async () => {
    const created = await create({ fullName: 'Hồ Thị Mới', agencyCode: 'sotttt' });
    const { accountName } = created.data!.createOfficial.official!;
    const temporary = created.data!.createOfficial.temporaryPassword!;
    expect(temporary).toHaveLength(16);
    const first = await t.gql(SignInDocument, { province: 'ninhthuan', accountName, password: temporary });
    expect(first.data?.signIn).toMatchObject({ token: null, error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
    const weak = await t.gql(ChangePasswordDocument, {
      province: 'ninhthuan',
      accountName,
      currentPassword: temporary,
      newPassword: 'matkhau',
    });
    expect(weak.data?.changePassword.error?.inputErrors.map((p) => p.message).join(' ')).toMatch(/8 ký tự.*in hoa.*chữ số.*đặc biệt/);
    const changed = await t.gql(ChangePasswordDocument, {
      province: 'ninhthuan',
      accountName,
      currentPassword: temporary,
      newPassword: 'Mới-mật-khẩu1!',
    });
    expect(changed.data?.changePassword.official?.mustChangePassword).toBe(false);
    const me = await t.gql(MeDocument, {}, changed.data!.changePassword.token!);
    expect(me.data?.me?.accountName).toBe(accountName);
    const again = await t.gql(SignInDocument, { province: 'ninhthuan', accountName, password: 'Mới-mật-khẩu1!' });
    expect(again.data?.signIn.token).toEqual(expect.any(String));
    expect(again.data?.signIn.official?.lastActiveAt).toEqual(expect.any(String));
    // Signed in, changePassword needs no account name.
    const own = await t.gql(
      ChangePasswordDocument,
      { currentPassword: 'Mới-mật-khẩu1!', newPassword: 'Khác-nữa2@' },
      again.data!.signIn.token!,
    );
    expect(own.data?.changePassword.error).toBeNull();
  });

  it('a wrong password and an unknown account get the same answer (no account enumeration)', async () => {
    await createActive('Vũ Văn Sai', 'sotttt', 'Dung-roi1!');
    const wrong = await t.gql(SignInDocument, { province: 'ninhthuan', accountName: 'vansai', password: 'Sai-roi1!' });
    const unknown = await t.gql(SignInDocument, { province: 'ninhthuan', accountName: 'khongcoai', password: 'Sai-roi1!' });
    const seeded = await t.gql(SignInDocument, { province: 'ninhthuan', accountName: 'thunghiem', password: 'Sai-roi1!' });
    expect(wrong.data?.signIn.error).toEqual(unknown.data?.signIn.error);
    expect(seeded.data?.signIn.error).toEqual(unknown.data?.signIn.error);
    expect(wrong.data?.signIn.error?.code).toBe('INVALID_CREDENTIALS');
  });

  it('throttling: the fifth failure from one address makes it wait a minute, even with the right password, known name or not', async () => {
    await createActive('Mai Văn Chặn', 'sotttt', 'Dung-roi1!');
    const attempt = (accountName: string, password = 'Sai-roi1!') =>
      t.gql(SignInDocument, { province: 'ninhthuan', accountName, password });
    for (let i = 0; i < 4; i += 1) expect((await attempt('vanchan')).data?.signIn.error?.code).toBe('INVALID_CREDENTIALS');
    const fifth = await attempt('vanchan');
    expect(fifth.data?.signIn).toMatchObject({ error: { code: 'SIGN_IN_THROTTLED' }, retryAfterSeconds: 60 });
    expect((await attempt('vanchan', 'Dung-roi1!')).data?.signIn.error?.code).toBe('SIGN_IN_THROTTLED');
    for (let i = 0; i < 4; i += 1) await attempt('khongcoai2');
    expect((await attempt('khongcoai2')).data?.signIn.error?.code).toBe('SIGN_IN_THROTTLED');
  });

  it('003 §6.2b–c, §6.3: DIC locks for compromise with a note; the owner is told; restore resets the password', async () => {
    const official = await createActive('Chu Văn Lộ', 'sotttt', 'Dung-roi1!');
    const noNote = await t.gql(LockOfficialDocument, { official: official.id, reason: 'COMPROMISED', note: ' ' }, dic);
    expect(noNote.data?.lockOfficial.error?.inputErrors[0].field).toBe('note');
    const locked = await t.gql(
      LockOfficialDocument,
      { official: official.id, reason: 'COMPROMISED', note: 'Lộ mật khẩu, cảnh báo số 7' },
      dic,
    );
    expect(locked.data?.lockOfficial.official).toMatchObject({ status: 'LOCKED', lockReason: 'COMPROMISED' });
    const refused = await t.gql(SignInDocument, { province: 'ninhthuan', accountName: 'vanlo', password: 'Dung-roi1!' });
    expect(refused.data?.signIn.error).toMatchObject({ code: 'ACCOUNT_LOCKED', message: expect.stringContaining('tạm khóa') });
    // A wrong password on a locked account still says only "wrong".
    const wrong = await t.gql(SignInDocument, { province: 'ninhthuan', accountName: 'vanlo', password: 'Sai-roi1!' });
    expect(wrong.data?.signIn.error?.code).toBe('INVALID_CREDENTIALS');

    const restored = await t.gql(RestoreOfficialDocument, { official: official.id, requestReference: 'email 2026-11-23' }, dic);
    const temporary = restored.data!.restoreOfficial.temporaryPassword!;
    expect(restored.data?.restoreOfficial.official).toMatchObject({ status: 'ACTIVE', lockReason: null, mustChangePassword: true });
    const old = await t.gql(SignInDocument, { province: 'ninhthuan', accountName: 'vanlo', password: 'Dung-roi1!' });
    expect(old.data?.signIn.error?.code).toBe('INVALID_CREDENTIALS');
    const first = await t.gql(SignInDocument, { province: 'ninhthuan', accountName: 'vanlo', password: temporary });
    expect(first.data?.signIn.error?.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await t.gql(ChangePasswordDocument, {
      province: 'ninhthuan',
      accountName: 'vanlo',
      currentPassword: temporary,
      newPassword: 'Moi-hoan-toan3#',
    });
    expect(changed.data?.changePassword.token).toEqual(expect.any(String));
    const twice = await t.gql(RestoreOfficialDocument, { official: official.id, requestReference: 'x' }, dic);
    expect(twice.data?.restoreOfficial.error?.code).toBe('CONFLICT');
  });

  it('003 §5.2b: a transfer keeps the account, its name and its history; only the agency changes', async () => {
    const official = await createActive('Lâm Văn Chuyển', 'sotttt', 'Dung-roi1!');
    const moved = await t.gql(
      TransferOfficialDocument,
      { official: official.id, toAgencyCode: 'sonv_vp', requestReference: '45/QĐ-SNV' },
      dic,
    );
    expect(moved.data?.transferOfficial.official).toMatchObject({ id: official.id, accountName: 'vanchuyen', agency: { code: 'sonv_vp' } });
    const signedIn = await t.gql(SignInDocument, { province: 'ninhthuan', accountName: 'vanchuyen', password: 'Dung-roi1!' });
    expect(signedIn.data?.signIn.official?.agency.code).toBe('sonv_vp');
    const events = (await t.hub.services().audit.eventsOf('official', [official.id])).get(official.id)!;
    expect(events.map((event) => event.action)).toEqual(['official.created', 'official.password_changed', 'official.transferred']);
    expect(events[0].details).toMatchObject({ requestedBy: request.requestedBy, requestReference: request.requestReference });
    expect(events[2].details).toMatchObject({ from: 'sotttt', to: 'sonv_vp', requestReference: '45/QĐ-SNV' });
    expect(await t.hub.services().audit.verify()).toMatchObject({ intact: true });
  });
});

import {
  CitizenRecordsDocument,
  CitizenSignInDocument,
  GrantConsentDocument,
  MyConsentsDocument,
  MyDataAccessesDocument,
  PauseConsentDocument,
  ResumeConsentDocument,
  RevokeConsentDocument,
  type GrantConsentInput,
} from '../generated/graphql';
import { ManualClock } from '../accounts/helpers';
import { citizenPassword, signedInCitizen } from '../citizens/fixtures';
import { accessToken, registerClient, registerOrganisation, type RegisteredClient } from '../clients/fixtures';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const health = 'nt-ca-nhan-ho-so-suc-khoe';
const insurance = 'nt-ca-nhan-bao-hiem-xa-hoi';
const day = 86_400_000;

/** The whole story of REQUIREMENTS §6 for one citizen (and a neighbour) and two partners. */
describe('citizen-consented data (004 §2.5a, §7.2; REQUIREMENTS §6)', () => {
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));
  let t: TestHub;
  let clinic: RegisteredClient;
  let insurer: RegisteredClient;
  const citizens: Record<string, string> = {};

  /** Signed in now: session tokens are checked against the clock the hub runs on. */
  async function citizen(login: string): Promise<string> {
    const signedIn = await t.gql(CitizenSignInDocument, { province: 'ninhthuan', login, password: citizenPassword });
    const token = signedIn.data?.citizenSignIn.token;
    if (!token) throw new Error(JSON.stringify(signedIn));
    citizens[login] = token;
    return token;
  }

  const read = async (partner: RegisteredClient, consentId: string, more: { datasetSlug?: string; fields?: string[] } = {}) =>
    t.gql(CitizenRecordsDocument, { consentId, ...more }, await accessToken(t, partner));

  const consentFor = (clientId: string, overrides: Partial<GrantConsentInput> = {}): GrantConsentInput => ({
    clientId,
    purpose: 'Đặt lịch khám và xem nhóm máu trước khi hiến máu',
    scope: [{ datasetSlug: health, fields: ['ho_ten', 'nhom_mau'] }],
    validFrom: new Date(clock.now().getTime() - 1000).toISOString(),
    validTo: new Date(clock.now().getTime() + 30 * day).toISOString(),
    mode: 'PERIODIC',
    maxReads: 2,
    period: 'DAY',
    retentionDays: 7,
    agreed: true,
    ...overrides,
  });

  beforeAll(async () => {
    t = await startTestHub({ seed: true, clock });
    const dic = await t.signIn('ninhthuan', 'thunghiem');
    clinic = await registerClient(t, dic, await registerOrganisation(t, dic), ['CONSENT_READ']);
    insurer = await registerClient(
      t,
      dic,
      await registerOrganisation(t, dic, { name: 'Công ty Bảo hiểm Thử nghiệm', taxCode: '4500654321' }),
      ['CONSENT_READ'],
    );
    // Fictitious people of the seed, registered in the app and verified by SMS (000 §9.1).
    await signedInCitizen(t, 'vanthu', '058090000101', '0913000101', { dateOfBirth: '1990-03-15', gender: 'MALE' });
    await signedInCitizen(t, 'thimau', '058195000102', '0913000102', { dateOfBirth: '1995-08-02', gender: 'FEMALE' });
  });

  afterAll(() => t.close());

  it('nothing pre-ticked: without the citizen’s own “I agree”, there is no consent; fields must be chosen and exist', async () => {
    const silent = await t.gql(GrantConsentDocument, { input: consentFor(clinic.clientId, { agreed: false }) }, await citizen('vanthu'));
    expect(silent.data?.grantConsent.error?.inputErrors.map((problem) => problem.field)).toEqual(['agreed']);
    const vague = await t.gql(
      GrantConsentDocument,
      {
        input: consentFor(clinic.clientId, {
          scope: [
            { datasetSlug: health, fields: ['so_tai_khoan'] },
            { datasetSlug: 'nt-dich-vu-cong-truc-tuyen', fields: ['x'] },
          ],
        }),
      },
      citizens.vanthu,
    );
    expect(vague.data?.grantConsent.error?.inputErrors.map((problem) => problem.field)).toEqual(['scope.0.fields', 'scope.1.datasetSlug']);
    const officialTries = await t.gql(
      GrantConsentDocument,
      { input: consentFor(clinic.clientId) },
      await t.signIn('ninhthuan', 'thunghiem'),
    );
    expect(officialTries.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a partner reads only the consented fields of the one citizen, within the frequency, and every read is logged and audited', async () => {
    const granted = await t.gql(GrantConsentDocument, { input: consentFor(clinic.clientId) }, await citizen('vanthu'));
    const consent = granted.data!.grantConsent.consent!;
    expect(consent).toMatchObject({ state: 'ACTIVE', clientName: expect.stringContaining('Phan Rang'), maxReads: 2, period: 'DAY' });

    const first = await read(clinic, consent.id);
    expect(first.errors).toBeUndefined();
    expect(first.data?.citizenRecords.records).toEqual([
      {
        datasetSlug: health,
        updatedAt: expect.any(String),
        data: { ho_ten: 'Nguyễn Văn Thử', nhom_mau: 'O' },
        sourceAgency: { code: 'soyt' },
      },
    ]);
    // Never another citizen's data, in any part of the answer.
    expect(JSON.stringify(first)).not.toMatch(/Trần Thị Mẫu|058195000102|Lê Thị Ví Dụ|hen suyễn/);
    expect(new Date(first.data!.citizenRecords.retainUntil as string).getTime()).toBe(clock.now().getTime() + 7 * day);

    expect((await read(clinic, consent.id, { fields: ['nhom_mau'] })).data?.citizenRecords.records[0].data).toEqual({ nhom_mau: 'O' });
    expect((await read(clinic, consent.id)).errors?.[0].extensions?.code).toBe('CONSENT_FREQUENCY_EXCEEDED');
    clock.set(new Date(clock.now().getTime() + day + 1000));
    expect((await read(clinic, consent.id)).errors).toBeUndefined();

    const audited = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string }[]>(`select action from audit_event where subject_type = 'consent' and subject_id = ? order by seq`, [
        consent.id,
      ]);
    expect(audited.map((event) => event.action)).toEqual([
      'consent.granted',
      'consent.read',
      'consent.read',
      'consent.read.refused',
      'consent.read',
    ]);
  });

  it('out of scope, another partner’s consent, pause and revocation each have their own answer, on the very next request', async () => {
    const consent = (await t.gql(GrantConsentDocument, { input: consentFor(clinic.clientId) }, await citizen('vanthu'))).data!.grantConsent
      .consent!;
    expect((await read(clinic, consent.id, { fields: ['benh_man_tinh'] })).errors?.[0].extensions?.code).toBe('CONSENT_OUT_OF_SCOPE');
    expect((await read(clinic, consent.id, { datasetSlug: insurance })).errors?.[0].extensions?.code).toBe('CONSENT_OUT_OF_SCOPE');
    expect((await read(insurer, consent.id)).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    expect((await t.gql(PauseConsentDocument, { id: consent.id }, citizens.vanthu)).data?.pauseConsent.consent?.state).toBe('PAUSED');
    expect((await read(clinic, consent.id)).errors?.[0].extensions?.code).toBe('CONSENT_PAUSED');
    expect((await t.gql(ResumeConsentDocument, { id: consent.id }, citizens.vanthu)).data?.resumeConsent.consent?.state).toBe('ACTIVE');
    expect((await read(clinic, consent.id)).errors).toBeUndefined();

    // Revoked mid-use: the partner's next request is refused, with no cache in between.
    const token = await accessToken(t, clinic);
    expect((await t.gql(CitizenRecordsDocument, { consentId: consent.id }, token)).errors).toBeUndefined();
    expect((await t.gql(RevokeConsentDocument, { id: consent.id }, citizens.vanthu)).data?.revokeConsent.consent?.state).toBe('REVOKED');
    expect((await t.gql(CitizenRecordsDocument, { consentId: consent.id }, token)).errors?.[0].extensions?.code).toBe('CONSENT_REVOKED');
    // The neighbour cannot touch it.
    expect((await t.gql(RevokeConsentDocument, { id: consent.id }, await citizen('thimau'))).data?.revokeConsent.error?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('a one-time consent to the insurer: one read, then used up; an expired consent is refused and shown EXPIRED', async () => {
    const once = await t.gql(
      GrantConsentDocument,
      {
        input: consentFor(insurer.clientId, {
          purpose: 'Thẩm định hồ sơ bảo hiểm sức khỏe',
          scope: [{ datasetSlug: insurance, fields: ['han_the_bhyt', 'so_thang_dong'] }],
          mode: 'ONE_TIME',
          maxReads: null,
          period: null,
          validTo: new Date(clock.now().getTime() + 2 * day).toISOString(),
          retentionDays: 0,
        }),
      },
      await citizen('thimau'),
    );
    const consent = once.data!.grantConsent.consent!;
    expect((await read(insurer, consent.id)).data?.citizenRecords.records[0].data).toEqual({
      han_the_bhyt: '2027-06-30',
      so_thang_dong: 41,
    });
    clock.set(new Date(clock.now().getTime() + 1000));
    expect((await read(insurer, consent.id)).errors?.[0].extensions?.code).toBe('CONSENT_FREQUENCY_EXCEEDED');

    clock.set(new Date(clock.now().getTime() + 3 * day));
    expect((await read(insurer, consent.id)).errors?.[0].extensions?.code).toBe('CONSENT_EXPIRED');
    const mine = await t.gql(MyConsentsDocument, {}, await citizen('thimau'));
    expect(mine.data?.myConsents.find((each) => each.id === consent.id)?.state).toBe('EXPIRED');

    const seen = await t.gql(MyDataAccessesDocument, {}, citizens.thimau);
    expect(seen.data?.myDataAccesses.map((access) => [access.partnerName.includes('Bảo hiểm'), access.outcome, access.fields])).toEqual([
      [true, 'CONSENT_EXPIRED', []],
      [true, 'CONSENT_FREQUENCY_EXCEEDED', []],
      [true, 'ALLOWED', ['han_the_bhyt', 'so_thang_dong']],
    ]);
    expect(seen.data?.myDataAccesses[2].purpose).toBe('Thẩm định hồ sơ bảo hiểm sức khỏe');
  });

  it('the citizen downloads a Vietnamese receipt that names the partner, purpose and fields but not the full CCCD', async () => {
    const token = await citizen('vanthu');
    const [consent] = (await t.gql(MyConsentsDocument, {}, token)).data!.myConsents;
    const receipt = await t.hub.http.inject({
      method: 'GET',
      url: `/consents/${consent.id}/receipt`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(receipt.statusCode).toBe(200);
    expect(receipt.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(receipt.body).toContain('BIÊN NHẬN ĐỒNG Ý CHIA SẺ DỮ LIỆU CÁ NHÂN');
    expect(receipt.body).toContain(consent.clientName);
    expect(receipt.body).toContain('ho_ten, nhom_mau');
    expect(receipt.body).toContain('********0101');
    expect(receipt.body).not.toContain('058090000101');
    const stranger = await t.hub.http.inject({
      method: 'GET',
      url: `/consents/${consent.id}/receipt`,
      headers: { authorization: `Bearer ${citizens.thimau}` },
    });
    expect(stranger.statusCode).toBe(404);
  });
});

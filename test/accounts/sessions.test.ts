import {
  CitizenSignInDocument,
  LockOfficialDocument,
  MeDocument,
  MyCitizenAccountDocument,
  RegisterCitizenDocument,
  RestoreOfficialDocument,
  VerifyCitizenDocument,
} from '../generated/graphql';
import { citizenPassword, lastCodeSentTo, person } from '../citizens/fixtures';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { upload } from '../helpers/upload';
import { viewerOf } from './helpers';

describe('session tokens are re-checked against the account on every request', () => {
  let t: TestHub;
  let dic: string;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    dic = await t.signIn('ninhthuan', 'thunghiem');
  });

  afterAll(() => t.close());

  const meWith = (token: string) => t.postGraphQL({ query: '{ me { accountName } }' }, { authorization: `Bearer ${token}` });

  it('003 §6.2b: a lock takes effect on the very next request, and a restore does not revive tokens from before it', async () => {
    const token = await t.signIn('ninhthuan', 'thividu');
    expect((await t.gql(MeDocument, {}, token)).data?.me?.accountName).toBe('thividu');
    const { officialId } = await viewerOf(t, 'ninhthuan', 'thividu');

    const locked = await t.gql(LockOfficialDocument, { official: officialId, reason: 'COMPROMISED', note: 'Lộ mật khẩu' }, dic);
    expect(locked.data?.lockOfficial.error).toBeNull();
    const refused = await meWith(token);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await upload(t, 'nt-kiem-tra', 'a,b\n1,2\n', { token })).status).toBe(401);

    const restored = await t.gql(RestoreOfficialDocument, { official: officialId, requestReference: 'CV 12/STTTT' }, dic);
    expect(restored.data?.restoreOfficial.official?.status).toBe('ACTIVE');
    expect((await meWith(token)).status).toBe(401);
    // Other officials' sessions are untouched.
    expect((await meWith(dic)).body.data).toEqual({ me: { accountName: 'thunghiem' } });
  });

  it('000 §9.1: a citizen’s token stops working as soon as the account is locked', async () => {
    await t.gql(RegisterCitizenDocument, { province: 'ninhthuan', input: person() });
    await t.gql(VerifyCitizenDocument, { province: 'ninhthuan', login: 'nguyenvanan', code: await lastCodeSentTo(t, '+84912345678') });
    const signedIn = await t.gql(CitizenSignInDocument, { province: 'ninhthuan', login: 'nguyenvanan', password: citizenPassword });
    const token = signedIn.data!.citizenSignIn.token!;
    expect((await t.gql(MyCitizenAccountDocument, {}, token)).data?.myCitizenAccount?.accountName).toBe('nguyenvanan');

    await t.hub.database.orm.em.fork().getConnection().execute(`update citizen set status = 'LOCKED' where account_name = 'nguyenvanan'`);
    const refused = await t.postGraphQL({ query: '{ myCitizenAccount { accountName } }' }, { authorization: `Bearer ${token}` });
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

import { generateKeyPairSync } from 'node:crypto';
import { createAdmin } from '../../src/cli/create-admin';
import { anonymous } from '../../src/shared/viewer';
import { seed } from '../../src/seed';
import { startTestHub, type TestHub } from '../helpers/test-hub';

/** A production installation: the catalogue's provinces and agencies, and no official at all. */
describe('hub create-admin: the first DIC administrator of a new installation', () => {
  let t: TestHub;
  const gatewayToken = 'g'.repeat(40);
  beforeAll(async () => {
    // Production refuses to start without the audit log's signing key, as an operator would give it.
    const auditKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    t = await startTestHub({
      env: {
        NODE_ENV: 'production',
        HUB_PUBLIC_URL: 'https://hub.example',
        HUB_TOKEN_SECRET: 'x'.repeat(32),
        HUB_AUDIT_SIGNING_KEY: auditKey,
        HUB_GATEWAY_TOKEN: gatewayToken,
      },
    });
    await seed(t.hub, { withDemoOfficials: false });
  });
  afterAll(() => t.close());

  const accounts = () => t.hub.services().accounts;
  const operatorAddress = '127.0.0.1';

  it('003 §6.3c: prints a one-time password that signs in only after it is changed, to a DIC_ADMIN session', async () => {
    const outcome = await createAdmin(t.hub, ['--province', 'ninhthuan', '--account', 'quantri', '--name', 'Nguyễn Quản Trị']);
    expect(outcome.exitCode).toBe(0);
    const password = /one-time password[^:]*: (\S+)/.exec(outcome.message)?.[1];
    expect(password).toBeDefined();

    await expect(accounts().signIn('ninhthuan', 'quantri', password!, operatorAddress)).rejects.toMatchObject({
      code: 'PASSWORD_CHANGE_REQUIRED',
    });
    const { official } = await accounts().changePassword(
      anonymous,
      { provinceCode: 'ninhthuan', accountName: 'quantri' },
      password!,
      'Quan#tri2026moi',
      operatorAddress,
    );
    expect(official.roles).toEqual(['DIC_ADMIN']);
    const dic = (await t.hub.services().agencies.list('ninhthuan')).find((agency) => agency.kind === 'DIC');
    expect(official.agencyId).toBe(dic?.id);
    await expect(accounts().signIn('ninhthuan', 'quantri', 'Quan#tri2026moi', operatorAddress)).resolves.toMatchObject({
      official: { accountName: 'quantri' },
    });
  });

  it('issue 17 item 4: in production the schema is shown only to the gateway (HUB_GATEWAY_TOKEN): introspection off, _service refused to others, officials included', async () => {
    const introspection = await t.postGraphQL({ query: '{ __schema { queryType { name } } }' });
    expect(introspection.body.errors?.[0].message).toMatch(/introspection/i);
    const sdlFor = (headers: Record<string, string>) => t.postGraphQL({ query: '{ _service { sdl } }' }, headers);
    const anonymousSdl = await sdlFor({});
    expect(anonymousSdl.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymousSdl.body.data).toBeNull();
    const { token } = await accounts().signIn('ninhthuan', 'quantri', 'Quan#tri2026moi', operatorAddress);
    expect((await sdlFor({ authorization: `Bearer ${token}` })).body.data).toBeNull();
    expect((await sdlFor({ 'x-hub-gateway-token': 'h'.repeat(40) })).body.data).toBeNull();
    const gateway = await sdlFor({ 'x-hub-gateway-token': gatewayToken });
    expect((gateway.body.data as { _service: { sdl: string } })._service.sdl).toContain('type Dataset @key');
  });

  it('refuses a second first administrator once the province has one, naming it', async () => {
    const outcome = await createAdmin(t.hub, ['--province', 'ninhthuan', '--account', 'quantri2', '--name', 'Trần Thứ Hai']);
    expect(outcome).toMatchObject({ exitCode: 1, message: expect.stringContaining('quantri') });
    await expect(accounts().signIn('ninhthuan', 'quantri2', 'anything', operatorAddress)).rejects.toBeDefined();
  });

  it('names a province without a DIC agency, and a missing argument', async () => {
    expect(await createAdmin(t.hub, ['--province', 'khongco', '--account', 'a', '--name', 'A'])).toMatchObject({
      exitCode: 1,
      message: expect.stringContaining('khongco'),
    });
    expect(await createAdmin(t.hub, ['--province', 'binhphuoc', '--account', 'a'])).toMatchObject({
      exitCode: 2,
      message: expect.stringContaining('usage'),
    });
  });
});

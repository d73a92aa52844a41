import { PassThrough } from 'node:stream';
import {
  ApiClientsDocument,
  PartnerOrganisationsDocument,
  RegisterApiClientDocument,
  RegisterPartnerOrganisationDocument,
  RevokeApiClientDocument,
  RotateApiClientSecretDocument,
} from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { basic, registerClient, registerOrganisation, requestToken, type RegisteredClient } from './fixtures';

describe('partner organisations and API clients (002 §27.1b, RFC 6749 §4.4)', () => {
  let t: TestHub;
  let log = '';
  const token = { dic: '', steward: '', otherDic: '' };
  let organisationId = '';
  let client: RegisteredClient;
  const secretsSeen: string[] = [];

  beforeAll(async () => {
    const logStream = new PassThrough();
    logStream.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
    t = await startTestHub({ seed: true, env: { LOG_LEVEL: 'info' }, logStream });
    token.dic = await t.signIn('ninhthuan', 'thunghiem');
    token.steward = await t.signIn('ninhthuan', 'vankiemthu');
    token.otherDic = await t.signIn('binhphuoc', 'thithunghiem');
    organisationId = await registerOrganisation(t, token.dic);
    client = await registerClient(t, token.dic, organisationId, ['DATASETS_READ', 'ROWS_READ']);
    secretsSeen.push(client.clientSecret);
  });

  afterAll(() => t.close());

  it('DIC registers a partner organisation: tax code validated and normalised, unique in the province', async () => {
    const input = {
      name: 'Chi nhánh Công ty Dữ liệu Phan Rang',
      taxCode: ' 4500.123.456-001 ',
      contactName: 'Chị Lan',
      contactPhone: '0259 3822 111',
    };
    const branch = await t.gql(RegisterPartnerOrganisationDocument, { input }, token.dic);
    expect(branch.data?.registerPartnerOrganisation.organisation).toMatchObject({ taxCode: '4500123456-001', provinceCode: 'ninhthuan' });
    const again = await t.gql(RegisterPartnerOrganisationDocument, { input: { ...input, taxCode: '4500123456001' } }, token.dic);
    expect(again.data?.registerPartnerOrganisation.error).toMatchObject({ code: 'CONFLICT', inputErrors: [{ field: 'taxCode' }] });
    const bad = await t.gql(RegisterPartnerOrganisationDocument, { input: { ...input, taxCode: '12345', contactPhone: null } }, token.dic);
    expect(bad.data?.registerPartnerOrganisation.error?.inputErrors.map((problem) => problem.field)).toEqual(['taxCode', 'contactEmail']);
    const listed = await t.gql(PartnerOrganisationsDocument, {}, token.dic);
    expect(listed.data?.partnerOrganisations.map((organisation) => organisation.taxCode).sort()).toEqual(['4500123456', '4500123456-001']);
  });

  it('the client secret is shown once, stored only as a scrypt hash, and no query can read it', async () => {
    expect(client.clientSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row] = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute<{ secret_hash: string }[]>('select secret_hash from api_client where id = ?', [client.clientId]);
    expect(row.secret_hash).toMatch(/^scrypt\$/);
    expect(row.secret_hash).not.toContain(client.clientSecret);
    const listed = await t.gql(ApiClientsDocument, {}, token.dic);
    expect(listed.data?.apiClients).toEqual([
      expect.objectContaining({
        id: client.clientId,
        status: 'ACTIVE',
        scopes: ['DATASETS_READ', 'ROWS_READ'],
        organisation: expect.objectContaining({ taxCode: '4500123456' }),
      }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(client.clientSecret);
    const probe = await t.postGraphQL({ query: '{ apiClients { id clientSecret } }' }, { authorization: `Bearer ${token.dic}` });
    expect(probe.status).toBe(400);
  });

  it('only DIC of the province registers, rotates and revokes: others are FORBIDDEN', async () => {
    const input = { organisationId, name: 'Cổng thử', scopes: ['DATASETS_READ' as const] };
    const bySteward = await t.gql(RegisterApiClientDocument, { input }, token.steward);
    expect(bySteward.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await t.gql(RegisterPartnerOrganisationDocument, {
      input: { name: 'X', taxCode: '0101234567', contactName: 'Y', contactEmail: 'y@x.vn' },
    });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const otherProvince = await t.gql(RegisterApiClientDocument, { input }, token.otherDic);
    expect(otherProvince.data?.registerApiClient.error?.inputErrors).toEqual([{ field: 'organisationId', message: expect.any(String) }]);
    const rotate = await t.gql(RotateApiClientSecretDocument, { id: client.clientId }, token.otherDic);
    expect(rotate.data?.rotateApiClientSecret.error?.code).toBe('NOT_FOUND');
    const revoke = await t.gql(RevokeApiClientDocument, { id: client.clientId, reason: 'thử' }, token.steward);
    expect(revoke.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('RFC 6749 §4.4.3: credentials by HTTP Basic or in the form give a short-lived Bearer token, never cached', async () => {
    const byBasic = await requestToken(t, { grant_type: 'client_credentials' }, basic(client.clientId, client.clientSecret));
    expect(byBasic.status).toBe(200);
    expect(byBasic.body).toEqual({
      access_token: expect.any(String),
      token_type: 'Bearer',
      expires_in: 600,
      scope: 'datasets:read rows:read',
    });
    expect(byBasic.headers['cache-control']).toBe('no-store');
    const byForm = await requestToken(t, {
      grant_type: 'client_credentials',
      client_id: client.clientId,
      client_secret: client.clientSecret,
      scope: 'datasets:read',
    });
    expect(byForm.body).toMatchObject({ token_type: 'Bearer', scope: 'datasets:read' });
    const withCharset = await t.hub.http.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: {
        'content-type': 'application/x-www-form-urlencoded; charset=UTF-8',
        authorization: basic(client.clientId, client.clientSecret),
      },
      payload: 'grant_type=client_credentials',
    });
    expect(withCharset.statusCode).toBe(200);
    const listed = await t.gql(ApiClientsDocument, {}, token.dic);
    expect(listed.data?.apiClients[0].lastUsedAt).not.toBeNull();
  });

  it('RFC 6749 §5.2: wrong secret or unknown client → invalid_client 401; bad grant type or scope → 400, all in JSON', async () => {
    const wrong = await requestToken(t, { grant_type: 'client_credentials' }, basic(client.clientId, `${client.clientSecret}x`));
    expect(wrong).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    expect(wrong.headers['www-authenticate']).toMatch(/^Basic/);
    const unknown = await requestToken(t, {
      grant_type: 'client_credentials',
      client_id: '00000000-0000-4000-8000-000000000000',
      client_secret: client.clientSecret,
    });
    expect(unknown).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    const credentials = basic(client.clientId, client.clientSecret);
    expect(await requestToken(t, { grant_type: 'password', username: 'a', password: 'b' }, credentials)).toMatchObject({
      status: 400,
      body: { error: 'unsupported_grant_type' },
    });
    expect(await requestToken(t, { grant_type: 'client_credentials', scope: 'rows:read consent:read' }, credentials)).toMatchObject({
      status: 400,
      body: { error: 'invalid_scope', error_description: expect.stringContaining('consent:read') },
    });
    expect(await requestToken(t, { scope: 'rows:read' }, credentials)).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const both = await requestToken(
      t,
      { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret },
      credentials,
    );
    expect(both).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const json = await t.hub.http.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { 'content-type': 'application/json', authorization: credentials },
      payload: JSON.stringify({ grant_type: 'client_credentials' }),
    });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('failed attempts slow the client id from that address: after 5, even the right secret waits there (429, Retry-After), not elsewhere', async () => {
    const victim = await registerClient(t, token.dic, organisationId, ['DATASETS_READ']);
    secretsSeen.push(victim.clientSecret);
    const guesser = '203.0.113.7';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const failed = await requestToken(t, { grant_type: 'client_credentials' }, basic(victim.clientId, 'doan-mo'), guesser);
      expect(failed.status).toBe(401);
    }
    const blocked = await requestToken(t, { grant_type: 'client_credentials' }, basic(victim.clientId, victim.clientSecret), guesser);
    expect(blocked).toMatchObject({ status: 429, body: { error: 'invalid_client' } });
    // A minute from the failure that started it (less the time the requests themselves took).
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(50);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    const owner = await requestToken(t, { grant_type: 'client_credentials' }, basic(victim.clientId, victim.clientSecret), '198.51.100.2');
    expect(owner.status).toBe(200);
    const other = await requestToken(t, { grant_type: 'client_credentials' }, basic(client.clientId, client.clientSecret));
    expect(other.status).toBe(200);
  });

  it('rotation shows the new secret once and refuses the old one; revocation refuses every secret; each is audited', async () => {
    const rotated = await t.gql(RotateApiClientSecretDocument, { id: client.clientId }, token.dic);
    const fresh = rotated.data!.rotateApiClientSecret.clientSecret!;
    secretsSeen.push(fresh);
    expect(fresh).not.toBe(client.clientSecret);
    expect((await requestToken(t, { grant_type: 'client_credentials' }, basic(client.clientId, client.clientSecret))).status).toBe(401);
    expect((await requestToken(t, { grant_type: 'client_credentials' }, basic(client.clientId, fresh))).status).toBe(200);
    const noReason = await t.gql(RevokeApiClientDocument, { id: client.clientId, reason: ' ' }, token.dic);
    expect(noReason.data?.revokeApiClient.error?.inputErrors[0].field).toBe('reason');
    const revoked = await t.gql(RevokeApiClientDocument, { id: client.clientId, reason: 'Hợp đồng chấm dứt (contract ended)' }, token.dic);
    expect(revoked.data?.revokeApiClient.client).toMatchObject({ status: 'REVOKED', revokeReason: 'Hợp đồng chấm dứt (contract ended)' });
    expect(await requestToken(t, { grant_type: 'client_credentials' }, basic(client.clientId, fresh))).toMatchObject({
      status: 401,
      body: { error: 'invalid_client' },
    });
    const again = await t.gql(RotateApiClientSecretDocument, { id: client.clientId }, token.dic);
    expect(again.data?.rotateApiClientSecret.error?.code).toBe('CONFLICT');
    const events = (await t.hub.services().audit.eventsOf('api_client', [client.clientId])).get(client.clientId)!;
    expect(events.map((event) => event.action)).toEqual(['client.registered', 'client.secret_rotated', 'client.revoked']);
  });

  it('no client secret ever appears in the HTTP log or the audit log', async () => {
    expect(log).toContain('/oauth/token');
    const audit = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string; details: unknown; reason: string | null }[]>('select action, details, reason from audit_event');
    const auditText = JSON.stringify(audit);
    expect(auditText).toContain('client.');
    for (const secret of secretsSeen) {
      expect(log).not.toContain(secret);
      expect(auditText).not.toContain(secret);
    }
  });
});

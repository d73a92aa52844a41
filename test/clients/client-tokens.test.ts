import { createHmac } from 'node:crypto';
import { SignJWT } from 'jose';
import { TokenService } from '../../src/modules/accounts/service';
import { ClientTokenService } from '../../src/modules/clients/service';
import { eForm, datasetWithVersion, TestClock } from '../access/fixtures';
import {
  DatasetRowsDocument,
  DecideAccessRequestDocument,
  GrantUsageReportDocument,
  InboxWithOrganisationsDocument,
  MyAccessRequestsDocument,
  RevokeApiClientDocument,
  RevokeGrantDocument,
  RotateApiClientSecretDocument,
  SubmitAccessRequestDocument,
} from '../generated/graphql';
import { publishThroughCouncil } from '../helpers/publish';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { upload } from '../helpers/upload';
import { accessToken, basic, registerClient, registerOrganisation, requestToken, type RegisteredClient } from './fixtures';

const restricted = 'nt-ho-so-doi-tac';
const open = 'nt-diem-wifi-mo';
const csv = 'xa,so_ho_so,can_bo_xu_ly\nPhan Rang,12,Nguyễn Văn An\nNinh Hải,7,Trần Thị Bình\nThuận Bắc,3,Lê Văn Cường\n';

describe('partner clients’ access tokens as viewers (002 §27.1b, §27.2)', () => {
  const clock = new TestClock();
  let t: TestHub;
  const token = { dic: '', owner: '', police: '' };
  let organisationId = '';
  let reader: RegisteredClient;
  let catalogOnly: RegisteredClient;
  let grantId = '';
  const t0 = new Date(Math.floor(Date.now() / 1000) * 1000);

  beforeAll(async () => {
    t = await startTestHub({ seed: true, clock });
    token.dic = await t.signIn('ninhthuan', 'thunghiem');
    token.owner = await t.signIn('ninhthuan', 'vankiemthu');
    token.police = await t.signIn('ninhthuan', 'thividu');
    await datasetWithVersion(t, token.owner, restricted, csv);
    await datasetWithVersion(t, token.owner, open, 'xa,so_diem\nPhan Rang,40\n', {
      accessLevel: 'PUBLIC',
      updateFrequency: 'monthly',
      temporalFrom: '2024-01-01',
      temporalTo: '2024-06-30',
    });
    await publishThroughCouncil(t, open);
    organisationId = await registerOrganisation(t, token.dic);
    reader = await registerClient(t, token.dic, organisationId, ['DATASETS_READ', 'ROWS_READ']);
    catalogOnly = await registerClient(t, token.dic, organisationId, ['DATASETS_READ']);
    clock.set(t0);
  });

  afterAll(() => t.close());

  function gql(query: string, bearer: string, variables: Record<string, unknown> = {}) {
    return t.postGraphQL({ query, variables }, { authorization: `Bearer ${bearer}` });
  }

  async function readRows(bearer: string, slug = restricted) {
    return t.gql(DatasetRowsDocument, { slug }, bearer);
  }

  it('a client token reaches only what its scopes allow: open data with datasets:read, no official’s field', async () => {
    const bearer = await accessToken(t, catalogOnly);
    const query = '{ datasets(first: 100) { edges { node { slug } } } }';
    const listed = await gql(query, bearer);
    const slugs = (listed.body.data as { datasets: { edges: { node: { slug: string } }[] } }).datasets.edges.map((edge) => edge.node.slug);
    expect(slugs).toContain(open);
    expect(slugs).not.toContain(restricted);
    expect(listed.body).toEqual((await t.postGraphQL({ query })).body);
    const rows = await readRows(bearer, open);
    expect(rows.data?.datasetRows.rows).toEqual([['Phan Rang', 40]]);
    for (const query of ['{ myAccessRequests { id } }', '{ me { id } }', '{ apiClients { id } }', '{ accessRequestInbox { id } }']) {
      const refused = await gql(query, bearer);
      expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(Object.values(refused.body.data ?? {}).every((value) => value === null)).toBe(true);
    }
    const submitted = await t.gql(SubmitAccessRequestDocument, { input: eForm(restricted) }, bearer);
    expect(submitted.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const narrowed = await accessToken(t, reader, 'datasets:read');
    expect((await gql('{ myAccessRequests { id } }', narrowed)).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // A root field open to everyone is still gated for a client: rows:read alone is no catalogue.
    const rowsOnly = await accessToken(t, reader, 'rows:read');
    expect((await gql('{ agencies { code } }', rowsOnly)).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('RESTRICTED rows stay hidden from a client until its organisation holds a grant', async () => {
    const rows = await readRows(await accessToken(t, reader));
    expect(rows.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('002 §27.2: a client with rows:read submits the e-form for its organisation; the owner sees its tax code and decides', async () => {
    const bearer = await accessToken(t, reader);
    const submitted = await t.gql(SubmitAccessRequestDocument, { input: eForm(restricted) }, bearer);
    const request = submitted.data?.submitAccessRequest.request;
    expect(request).toMatchObject({ requesterKind: 'ORGANISATION', requesterAgency: null, state: 'PENDING' });
    const inbox = await t.gql(InboxWithOrganisationsDocument, {}, token.owner);
    expect(inbox.data?.accessRequestInbox).toEqual([
      {
        id: request!.id,
        requesterKind: 'ORGANISATION',
        requesterAgency: null,
        requesterOrganisation: { name: 'Công ty Cổ phần Dữ liệu Phan Rang', taxCode: '4500123456' },
      },
    ]);
    const decided = await t.gql(
      DecideAccessRequestDocument,
      {
        id: request!.id,
        input: {
          decision: 'APPROVE',
          validFrom: t0.toISOString(),
          validTo: new Date(t0.getTime() + 30 * 86_400_000).toISOString(),
          allowedColumns: ['xa', 'so_ho_so'],
        },
      },
      token.owner,
    );
    grantId = decided.data!.decideAccessRequest.grant!.id;
    const [grant] = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute<{ grantee_agency_id: string | null; grantee_organisation_id: string }[]>(
        'select grantee_agency_id, grantee_organisation_id from access_grant where id = ?',
        [grantId],
      );
    expect(grant).toEqual({ grantee_agency_id: null, grantee_organisation_id: organisationId });
    const mine = await t.gql(MyAccessRequestsDocument, {}, bearer);
    expect(mine.data?.myAccessRequests.map((own) => own.state)).toEqual(['APPROVED']);
    const policeSees = await t.gql(MyAccessRequestsDocument, {}, token.police);
    expect(policeSees.data?.myAccessRequests).toEqual([]);
  });

  it('rows through the organisation’s grant: only its columns, one audit entry per read naming the client', async () => {
    const before = (await t.hub.services().audit.eventsOf('access_grant', [grantId])).get(grantId)?.length ?? 0;
    const rows = await readRows(await accessToken(t, reader));
    expect(rows.data?.datasetRows.columns.map((column) => column.name)).toEqual(['xa', 'so_ho_so']);
    expect(rows.data?.datasetRows.rows).toHaveLength(3);
    const events = (await t.hub.services().audit.eventsOf('access_grant', [grantId])).get(grantId)!;
    expect(events).toHaveLength(before + 1);
    expect(events.at(-1)).toMatchObject({
      actor: reader.clientId,
      action: 'access.grant_read',
      details: { organisation: organisationId, columns: ['xa', 'so_ho_so'], rows: 3 },
    });
    expect((await readRows(await accessToken(t, catalogOnly))).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await readRows(token.police)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('002 §31.8: DIC’s usage report names the partner organisation and the client that read through its grant', async () => {
    const report = await t.gql(GrantUsageReportDocument, {}, token.dic);
    expect(report.errors).toBeUndefined();
    const ofOrganisation = report.data!.grantUsageReport.filter((row) => row.granteeKind === 'ORGANISATION');
    expect(ofOrganisation).toEqual([
      {
        datasetSlug: restricted,
        granteeKind: 'ORGANISATION',
        granteeAgency: null,
        granteeOrganisation: { name: 'Công ty Cổ phần Dữ liệu Phan Rang', taxCode: '4500123456' },
        clientIds: [reader.clientId],
        reads: 1,
        rowsReturned: 3,
        lastAccessAt: expect.any(String),
        // The client's read before its organisation held a grant (the first test here).
        deniedAttempts: 1,
        lastDeniedAt: expect.any(String),
      },
    ]);
    const page = await t.hub.http.inject({ method: 'GET', url: '/usage', headers: { cookie: `hub_session=${token.dic}` } });
    expect(page.body).toContain(`Công ty Cổ phần Dữ liệu Phan Rang (${reader.clientId})`);
  });

  it('the grant is checked at request time: its period, then its revocation', async () => {
    clock.set(new Date(t0.getTime() + 31 * 86_400_000));
    const late = await readRows(await accessToken(t, reader));
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('expired') });
    clock.set(t0);
    const revoked = await t.gql(RevokeGrantDocument, { id: grantId, reason: 'Vi phạm điều khoản (terms breached)' }, token.owner);
    expect(revoked.data?.revokeGrant.grant?.revokedAt).not.toBeNull();
    expect((await readRows(await accessToken(t, reader))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('a forged, expired or alg:none token is UNAUTHENTICATED, never anonymous', async () => {
    const bearer = await accessToken(t, catalogOnly);
    const [header, payload, signature] = bearer.split('.');
    const forged = `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`;
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url')}.${payload}.`;
    for (const bad of [forged, none]) {
      const refused = await gql('{ datasets(first: 1) { totalCount } }', bad);
      expect(refused.status).toBe(401);
      expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    clock.set(new Date(t0.getTime() + 599_000));
    expect((await gql('{ datasets(first: 1) { totalCount } }', bearer)).status).toBe(200);
    clock.set(new Date(t0.getTime() + 601_000));
    expect((await gql('{ datasets(first: 1) { totalCount } }', bearer)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    clock.set(t0);
  });

  it('under the clients’ own key, a token with another audience or type is UNAUTHENTICATED', async () => {
    const key = createHmac('sha256', t.config.tokenSecret).update('partner-api client access token').digest();
    const craft = (audience: string, typ: string) =>
      new SignJWT({ scope: 'datasets:read' })
        .setProtectedHeader({ alg: 'HS256', typ })
        .setSubject(catalogOnly.clientId)
        .setIssuer('provincial-data-hub')
        .setAudience(audience)
        .setIssuedAt(Math.floor(clock.now().getTime() / 1000))
        .setExpirationTime(Math.floor(clock.now().getTime() / 1000) + 300)
        .sign(key);
    const query = '{ datasets(first: 1) { totalCount } }';
    // The control: with the right audience and type the crafted token is taken, so the key is the hub's.
    expect((await gql(query, await craft('provincial-data-hub/partner-api', 'at+jwt'))).status).toBe(200);
    for (const [audience, typ] of [
      ['provincial-data-hub', 'at+jwt'],
      ['provincial-data-hub/partner-api', 'JWT'],
    ]) {
      const refused = await gql(query, await craft(audience, typ));
      expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('an official’s session token is never a client token, nor a client token an official’s', async () => {
    const secret = t.config.tokenSecret;
    const clientTokens = new ClientTokenService(secret, clock, 600);
    const bearer = await accessToken(t, reader);
    expect(await clientTokens.verify(token.dic)).toBeNull();
    expect(await new TokenService(secret).verify(bearer)).toBeNull();
    // A client-shaped token under the officials' key, and an official's id under the clients' key.
    const underSessionKey = await new SignJWT({ scope: 'datasets:read rows:read' })
      .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt' })
      .setSubject(reader.clientId)
      .setIssuer('provincial-data-hub')
      .setAudience('provincial-data-hub/partner-api')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(secret));
    const [dic] = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>("select id from official where account_name = 'thunghiem'");
    const officialUnderClientKey = await clientTokens.sign(dic.id, ['datasets:read']);
    for (const bad of [underSessionKey, officialUnderClientKey]) {
      expect((await gql('{ datasets(first: 1) { totalCount } }', bad)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    const uploaded = await upload(t, open, 'xa,so_diem\nNinh Sơn,9\n', { token: bearer });
    expect(uploaded.status).toBe(401);
  });

  it('checking a client on every request costs two reads, and no write while its last use is under a minute old', async () => {
    const bearer = await accessToken(t, catalogOnly);
    const query = '{ provinces { code } }';
    const statementsOf = async (work: () => Promise<unknown>) => {
      const before = t.hub.database.statements.total;
      await work();
      return t.hub.database.statements.total - before;
    };
    const anonymous = await statementsOf(() => t.postGraphQL({ query }));
    const asClient = await statementsOf(() => gql(query, bearer));
    expect(asClient - anonymous).toBe(2);
  });

  it('revocation refuses the client’s still-unexpired token on its very next request', async () => {
    const doomed = await registerClient(t, token.dic, organisationId, ['DATASETS_READ']);
    const bearer = await accessToken(t, doomed);
    expect((await gql('{ datasets(first: 1) { totalCount } }', bearer)).status).toBe(200);
    await t.gql(RevokeApiClientDocument, { id: doomed.clientId, reason: 'Lộ khoá (secret leaked)' }, token.dic);
    const refused = await gql('{ datasets(first: 1) { totalCount } }', bearer);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rotation: the old secret and the tokens issued before it are refused, the new secret works', async () => {
    const rotating = await registerClient(t, token.dic, organisationId, ['DATASETS_READ']);
    const before = await accessToken(t, rotating);
    clock.set(new Date(t0.getTime() + 2_000));
    const rotated = await t.gql(RotateApiClientSecretDocument, { id: rotating.clientId }, token.dic);
    const fresh = rotated.data!.rotateApiClientSecret.clientSecret!;
    expect(await requestToken(t, { grant_type: 'client_credentials' }, basic(rotating.clientId, rotating.clientSecret))).toMatchObject({
      status: 401,
      body: { error: 'invalid_client' },
    });
    expect((await gql('{ datasets(first: 1) { totalCount } }', before)).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const after = await accessToken(t, { ...rotating, clientSecret: fresh });
    expect((await gql('{ datasets(first: 1) { totalCount } }', after)).status).toBe(200);
    clock.set(t0);
  });
});

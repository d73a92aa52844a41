import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyBody } from '../../src/modules/consent/service';
import {
  ApproveConsentRequestDocument,
  CitizenRecordsDocument,
  CitizenSignInDocument,
  ConsentPurposesDocument,
  MyConsentRequestDocument,
  MyConsentRequestsDocument,
  MyConsentsDocument,
  PartnerConsentRequestDocument,
  RejectConsentRequestDocument,
  RequestConsentDocument,
  RevokeApiClientDocument,
  SendConsentRequestCodeDocument,
  SetConsentWebhookDocument,
  type RequestConsentInput,
} from '../generated/graphql';
import { ManualClock } from '../accounts/helpers';
import { citizenPassword, lastCodeSentTo, signedInCitizen } from '../citizens/fixtures';
import { accessToken, registerClient, registerOrganisation, type RegisteredClient } from '../clients/fixtures';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const health = 'nt-ca-nhan-ho-so-suc-khoe';
const day = 86_400_000;
const vanthu = { login: 'vanthu', cccd: '058090000101', phone: '0913000101', e164: '+84913000101' };
const thimau = { login: 'thimau', cccd: '058195000102', phone: '0913000102', e164: '+84913000102' };

/** A partner's web server, as real as the partner's: what it received, byte for byte. */
interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  /** What the partner answered. */
  status: number;
}

/** The partner's server; `failures.left` deliveries are answered 500, as by a partner that is down. */
async function webhookReceiver(): Promise<{ server: Server; url: string; received: Received[]; failures: { left: number } }> {
  const received: Received[] = [];
  const failures = { left: 0 };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const status = failures.left > 0 ? 500 : 204;
      if (status === 500) failures.left--;
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), status });
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/consent`, received, failures };
}

async function eventually<T>(look: () => T | undefined, what: string): Promise<T> {
  for (let tries = 0; tries < 100; tries++) {
    const found = look();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`never arrived: ${what}`);
}

/** Issue 19 item 2: partner-initiated consent requests, after India's Account Aggregator. */
describe('issue 19: partner-initiated consent requests', () => {
  const clock = new ManualClock(new Date('2026-11-23T08:00:00Z'));
  let t: TestHub;
  let clinic: RegisteredClient;
  let readerOnly: RegisteredClient;
  let hooks: Awaited<ReturnType<typeof webhookReceiver>>;
  let hookSecret: string;

  const citizen = async (login: string): Promise<string> => {
    const signedIn = await t.gql(CitizenSignInDocument, { province: 'ninhthuan', login, password: citizenPassword });
    const token = signedIn.data?.citizenSignIn.token;
    if (!token) throw new Error(JSON.stringify(signedIn));
    return token;
  };

  const terms = (citizenCccd: string, overrides: Partial<RequestConsentInput> = {}): RequestConsentInput => ({
    citizenCccd,
    purposeCode: 'HEALTH_CARE',
    scope: [{ datasetSlug: health, fields: ['ho_ten', 'nhom_mau'] }],
    validFrom: clock.now().toISOString(),
    validTo: new Date(clock.now().getTime() + 30 * day).toISOString(),
    mode: 'PERIODIC',
    maxReads: 5,
    period: 'DAY',
    retentionDays: 7,
    answerBy: new Date(clock.now().getTime() + 3 * day).toISOString(),
    ...overrides,
  });

  const ask = async (input: RequestConsentInput, client = clinic) =>
    (await t.gql(RequestConsentDocument, { input }, await accessToken(t, client))).data?.requestConsent;

  const poll = async (id: string, client = clinic) => t.gql(PartnerConsentRequestDocument, { id }, await accessToken(t, client));

  const auditOf = async (subjectId: string) =>
    (
      await t.hub.database.orm.em
        .fork()
        .getConnection()
        .execute<{ action: string; actor: string }[]>(`select action, actor from audit_event where subject_id = ? order by seq`, [
          subjectId,
        ])
    ).map((event) => event.action);

  beforeAll(async () => {
    // A second apart, not five minutes: the retry of a webhook is waited for.
    t = await startTestHub({ seed: true, clock, env: { HUB_CONSENT_WEBHOOK_RETRY_SECONDS: '1' } });
    hooks = await webhookReceiver();
    const dic = await t.signIn('ninhthuan', 'thunghiem');
    clinic = await registerClient(t, dic, await registerOrganisation(t, dic), ['CONSENT_REQUEST', 'CONSENT_READ']);
    readerOnly = await registerClient(
      t,
      dic,
      await registerOrganisation(t, dic, { name: 'Công ty Bảo hiểm Thử nghiệm', taxCode: '4500654321' }),
      ['CONSENT_READ'],
    );
    await signedInCitizen(t, vanthu.login, vanthu.cccd, vanthu.phone, { dateOfBirth: '1990-03-15', gender: 'MALE' });
    await signedInCitizen(t, thimau.login, thimau.cccd, thimau.phone, { dateOfBirth: '1995-08-02', gender: 'FEMALE' });
    const set = await t.gql(SetConsentWebhookDocument, { url: hooks.url }, await accessToken(t, clinic));
    hookSecret = set.data!.setConsentWebhook.webhook!.secret;
  });

  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => hooks.server.close(resolve));
  });

  it('issue 19: a partner’s consent request approved in the citizen’s app with an SMS code, then read under the consent', async () => {
    const purposes = await t.gql(ConsentPurposesDocument, {}, await accessToken(t, clinic));
    expect(purposes.data?.consentPurposes.map((purpose) => purpose.code)).toContain('HEALTH_CARE');

    const asked = await ask(terms(vanthu.cccd));
    expect(asked?.error).toBeNull();
    const request = asked!.consentRequest!;
    expect(request).toMatchObject({ state: 'PENDING', purpose: 'Khám, chữa bệnh và chăm sóc sức khỏe', consentId: null });
    expect(request.deeplink).toBe(`${t.config.publicUrl}/my-data/consent-requests/${request.id}`);

    // The citizen sees it, with the partner's name, as the app's webview would.
    const token = await citizen(vanthu.login);
    const pending = await t.gql(MyConsentRequestsDocument, { state: 'PENDING' }, token);
    expect(pending.data?.myConsentRequests).toEqual([
      expect.objectContaining({ id: request.id, clientName: expect.stringContaining('Phan Rang') }),
    ]);
    expect((await t.gql(MyConsentRequestsDocument, {}, await citizen(thimau.login))).data?.myConsentRequests).toEqual([]);

    expect((await t.gql(SendConsentRequestCodeDocument, { id: request.id }, token)).data?.sendConsentRequestCode.error).toBeNull();
    const code = await lastCodeSentTo(t, vanthu.e164);
    const wrong = await t.gql(ApproveConsentRequestDocument, { id: request.id, code: code === '000000' ? '111111' : '000000' }, token);
    expect(wrong.data?.approveConsentRequest.error?.code).toBe('CODE_INVALID');
    expect((await poll(request.id)).data?.consentRequest.state).toBe('PENDING');

    const approved = await t.gql(ApproveConsentRequestDocument, { id: request.id, code }, token);
    expect(approved.data?.approveConsentRequest.error).toBeNull();
    const consentId = approved.data!.approveConsentRequest.consentRequest!.consentId!;
    expect(approved.data?.approveConsentRequest.consentRequest).toMatchObject({ state: 'APPROVED', consentId: expect.any(String) });

    // The partner polls, then reads under the very consent a direct grant would have made.
    expect((await poll(request.id)).data?.consentRequest).toMatchObject({ state: 'APPROVED', consentId });
    const read = await t.gql(CitizenRecordsDocument, { consentId }, await accessToken(t, clinic));
    expect(read.errors).toBeUndefined();
    expect(read.data?.citizenRecords.records.map((record) => Object.keys(record.data as object).sort())).toEqual([['ho_ten', 'nhom_mau']]);
    const mine = (await t.gql(MyConsentsDocument, {}, token)).data?.myConsents;
    expect(mine).toEqual([
      expect.objectContaining({ id: consentId, state: 'ACTIVE', purpose: 'Khám, chữa bệnh và chăm sóc sức khỏe', maxReads: 5 }),
    ]);
    // Answered once: a second approval is refused.
    expect((await t.gql(ApproveConsentRequestDocument, { id: request.id, code }, token)).data?.approveConsentRequest.error?.code).toBe(
      'CONFLICT',
    );

    expect(await auditOf(request.id)).toEqual(['consent_request.filed', 'consent_request.approved']);
    expect(await auditOf(consentId)).toEqual(['consent.granted', 'consent.read']);

    // The webhook, signed with the client's secret over the exact bytes received.
    const delivered = await eventually(
      () => hooks.received.find((hook) => (JSON.parse(hook.body) as { consentRequest: { id: string } }).consentRequest.id === request.id),
      'the approval webhook',
    );
    const signature = delivered.headers['x-hub-signature-256'] as string;
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyBody(hookSecret, delivered.body, signature)).toBe(true);
    expect(verifyBody('another secret', delivered.body, signature)).toBe(false);
    expect(JSON.parse(delivered.body)).toMatchObject({
      type: 'consent_request.approved',
      consentRequest: { id: request.id, state: 'APPROVED', consentId },
    });
  });

  it('issue 19: a rejected request gives no access, and the partner reads the reason', async () => {
    const request = (await ask(terms(thimau.cccd)))!.consentRequest!;
    const token = await citizen(thimau.login);
    const rejected = await t.gql(RejectConsentRequestDocument, { id: request.id, reason: 'Tôi không dùng dịch vụ này' }, token);
    expect(rejected.data?.rejectConsentRequest.consentRequest).toMatchObject({ state: 'REJECTED', consentId: null });
    expect((await poll(request.id)).data?.consentRequest).toMatchObject({
      state: 'REJECTED',
      rejectionReason: 'Tôi không dùng dịch vụ này',
      consentId: null,
    });
    expect((await t.gql(MyConsentsDocument, {}, token)).data?.myConsents).toEqual([]);
    await t
      .gql(SendConsentRequestCodeDocument, { id: request.id }, token)
      .then((sent) => expect(sent.data?.sendConsentRequestCode.error?.code).toBe('CONFLICT'));
    expect(await auditOf(request.id)).toEqual(['consent_request.filed', 'consent_request.rejected']);
    const delivered = await eventually(() => hooks.received.find((hook) => hook.body.includes(request.id)), 'the rejection webhook');
    expect(JSON.parse(delivered.body)).toMatchObject({ type: 'consent_request.rejected' });
  });

  it('issue 19: field-named errors for a malformed request', async () => {
    const asked = await ask(
      terms('05809000020', {
        purposeCode: 'MARKETING',
        scope: [
          { datasetSlug: health, fields: ['so_tai_khoan'] },
          { datasetSlug: 'nt-dich-vu-cong-truc-tuyen', fields: ['x'] },
        ],
        answerBy: new Date(clock.now().getTime() + 31 * day).toISOString(),
      }),
    );
    expect(asked?.error?.inputErrors.map((problem) => problem.field)).toEqual([
      'citizenCccd',
      'purposeCode',
      'answerBy',
      'scope.0.fields',
      'scope.1.datasetSlug',
    ]);
  });

  it('issue 19: a CCCD with no account is filed like any other and expires unanswered: the partner cannot tell who has an account', async () => {
    const nobody = (await ask(terms('058090009999')))!.consentRequest!;
    const ignored = (await ask(terms(vanthu.cccd)))!.consentRequest!;
    const shape = (request: typeof nobody) => ({ state: request.state, consentId: request.consentId, clientName: request.clientName });
    expect(shape(nobody)).toEqual(shape(ignored));

    clock.set(new Date(clock.now().getTime() + 3 * day + 1000));
    for (const id of [nobody.id, ignored.id]) expect((await poll(id)).data?.consentRequest.state).toBe('EXPIRED');
    const token = await citizen(vanthu.login);
    expect((await t.gql(MyConsentRequestDocument, { id: ignored.id }, token)).data?.myConsentRequest.state).toBe('EXPIRED');
    expect((await t.gql(SendConsentRequestCodeDocument, { id: ignored.id }, token)).data?.sendConsentRequestCode.error?.code).toBe(
      'CONFLICT',
    );

    // The sweep stores it, audits it and tells the partner.
    expect(await t.hub.services().trusted.consentRequests.expireUnanswered()).toBe(2);
    expect(await t.hub.services().trusted.consentRequests.expireUnanswered()).toBe(0);
    expect(await auditOf(nobody.id)).toEqual(['consent_request.filed', 'consent_request.expired']);
    await eventually(
      () => hooks.received.find((hook) => hook.body.includes(nobody.id) && hook.body.includes('expired')),
      'the expiry webhook',
    );
  });

  it('issue 19: a client without consent:request is refused, and no partner sees another’s request', async () => {
    const refused = await t.gql(RequestConsentDocument, { input: terms(vanthu.cccd) }, await accessToken(t, readerOnly));
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const request = (await ask(terms(vanthu.cccd)))!.consentRequest!;
    expect((await poll(request.id, readerOnly)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dic = await t.signIn('ninhthuan', 'thunghiem');
    const other = await registerClient(t, dic, await registerOrganisation(t, dic, { name: 'Công ty Khác', taxCode: '4500111222' }), [
      'CONSENT_REQUEST',
    ]);
    expect((await poll(request.id, other)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(MyConsentRequestDocument, { id: request.id }, await citizen(thimau.login))).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('issue 19: a partner keeps at most three requests awaiting one person, whether or not the person has an account', async () => {
    for (let n = 0; n < 3; n++) expect((await ask(terms('058090008888')))?.consentRequest?.state).toBe('PENDING');
    const fourth = await ask(terms('058090008888'));
    expect(fourth?.error).toMatchObject({ code: 'CONFLICT', inputErrors: [{ field: 'citizenCccd' }] });
  });

  it('issue 19: a webhook the partner fails to take is sent again, the same body with the same signature', async () => {
    const request = (await ask(terms(thimau.cccd)))!.consentRequest!;
    hooks.failures.left = 1;
    await t.gql(RejectConsentRequestDocument, { id: request.id }, await citizen(thimau.login));
    const tries = await eventually(() => {
      const mine = hooks.received.filter((hook) => hook.body.includes(request.id));
      return mine.length >= 2 ? mine : undefined;
    }, 'the retried webhook');
    expect(tries.map((hook) => hook.status)).toEqual([500, 204]);
    expect(tries[1].body).toBe(tries[0].body);
    expect(verifyBody(hookSecret, tries[1].body, tries[1].headers['x-hub-signature-256'] as string)).toBe(true);
  });

  it('issue 19: a request from a client DIC revoked since cannot be approved, and the citizen’s code is not spent', async () => {
    const dic = await t.signIn('ninhthuan', 'thunghiem');
    const shortLived = await registerClient(
      t,
      dic,
      await registerOrganisation(t, dic, { name: 'Công ty Sắp Thu Hồi', taxCode: '4500333444' }),
      ['CONSENT_REQUEST'],
    );
    const request = (await ask(terms(vanthu.cccd), shortLived))!.consentRequest!;
    const token = await citizen(vanthu.login);
    await t.gql(SendConsentRequestCodeDocument, { id: request.id }, token);
    const code = await lastCodeSentTo(t, vanthu.e164);
    await t.gql(RevokeApiClientDocument, { id: shortLived.clientId, reason: 'Vi phạm điều khoản sử dụng' }, dic);
    const refused = await t.gql(ApproveConsentRequestDocument, { id: request.id, code }, token);
    expect(refused.data?.approveConsentRequest.error?.code).toBe('CONFLICT');
    expect((await t.gql(MyConsentRequestDocument, { id: request.id }, token)).data?.myConsentRequest.state).toBe('PENDING');
    const [latest] = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute<{ used_at: Date | null }[]>('select used_at from citizen_otp where phone = ? order by created_at desc limit 1', [
        vanthu.e164,
      ]);
    expect(latest.used_at).toBeNull();
  });
});

import { RegisterApiClientDocument, RegisterPartnerOrganisationDocument, type ClientScope } from '../generated/graphql';
import type { TestHub } from '../helpers/test-hub';

export interface TokenResponse {
  status: number;
  headers: Record<string, unknown>;
  body: { access_token?: string; token_type?: string; expires_in?: number; scope?: string; error?: string; error_description?: string };
}

/** POST /oauth/token with a form body (RFC 6749 §4.4.2), optionally with an Authorization header. */
export async function requestToken(
  t: TestHub,
  form: Record<string, string>,
  authorization?: string,
  remoteAddress = '127.0.0.1',
): Promise<TokenResponse> {
  const response = await t.hub.http.inject({
    method: 'POST',
    url: '/oauth/token',
    remoteAddress,
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(authorization ? { authorization } : {}) },
    payload: new URLSearchParams(form).toString(),
  });
  return { status: response.statusCode, headers: response.headers, body: response.json() };
}

/** RFC 6749 §2.3.1: each part form-urlencoded, then base64. */
export function basic(clientId: string, clientSecret: string): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString('base64')}`;
}

export interface RegisteredClient {
  organisationId: string;
  clientId: string;
  clientSecret: string;
}

export const phanRangData = { name: 'Công ty Cổ phần Dữ liệu Phan Rang', taxCode: '4500123456' };

/** DIC registers a partner organisation of its province. */
export async function registerOrganisation(t: TestHub, dic: string, organisation = phanRangData): Promise<string> {
  const registered = await t.gql(
    RegisterPartnerOrganisationDocument,
    { input: { ...organisation, contactName: 'Phòng Kỹ thuật', contactEmail: 'kythuat@dulieuphanrang.vn' } },
    dic,
  );
  const id = registered.data?.registerPartnerOrganisation.organisation?.id;
  if (!id) throw new Error(`organisation not registered: ${JSON.stringify(registered)}`);
  return id;
}

/** DIC registers a client of the organisation with these scopes; the secret is in this answer only. */
export async function registerClient(t: TestHub, dic: string, organisationId: string, scopes: ClientScope[]): Promise<RegisteredClient> {
  const client = await t.gql(RegisterApiClientDocument, { input: { organisationId, name: `Cổng ${scopes.join('+')}`, scopes } }, dic);
  const payload = client.data?.registerApiClient;
  if (!payload?.client || !payload.clientSecret) throw new Error(`client not registered: ${JSON.stringify(client)}`);
  return { organisationId, clientId: payload.client.id, clientSecret: payload.clientSecret };
}

/** A fresh access token for a registered client, by HTTP Basic. */
export async function accessToken(t: TestHub, client: RegisteredClient, scope?: string): Promise<string> {
  const response = await requestToken(
    t,
    { grant_type: 'client_credentials', ...(scope ? { scope } : {}) },
    basic(client.clientId, client.clientSecret),
  );
  if (!response.body.access_token) throw new Error(`no token: ${JSON.stringify(response)}`);
  return response.body.access_token;
}

import type { Browser, Page } from 'playwright-core';
import { CitizenRecordsDocument, GrantConsentDocument, RequestConsentDocument } from '../generated/graphql';
import { citizenPassword, signedInCitizen } from '../citizens/fixtures';
import { accessToken, registerClient, registerOrganisation, type RegisteredClient } from '../clients/fixtures';
import type { TestHub } from '../helpers/test-hub';
import { province } from './fixtures';

export const healthRecords = 'nt-ca-nhan-ho-so-suc-khoe';
const day = 86_400_000;

/** Fictitious people of seeds/personal-data.yaml, as they register in the Digital Citizen app. */
export const people = {
  vanthu: { accountName: 'vanthu', idNumber: '058090000101', phone: '0913000101', dateOfBirth: '1990-03-15', gender: 'MALE' },
  thimau: { accountName: 'thimau', idNumber: '058195000102', phone: '0913000102', dateOfBirth: '1995-08-02', gender: 'FEMALE' },
} as const;

export interface Citizen {
  login: string;
  password: string;
  /** A session token, as the app gets it after the SMS code. */
  token: string;
}

/** Registered and verified by SMS (000 §9.1). */
export async function verifiedCitizen(t: TestHub, who: (typeof people)[keyof typeof people]): Promise<Citizen> {
  const { accountName, idNumber, phone, dateOfBirth, gender } = who;
  const token = await signedInCitizen(t, accountName, idNumber, phone, { dateOfBirth, gender });
  return { login: accountName, password: citizenPassword, token };
}

/** DIC registers a partner organisation and its client allowed to read under consents. */
export async function consentPartner(t: TestHub): Promise<RegisteredClient> {
  const dic = await t.signIn(province, 'thunghiem');
  return registerClient(t, dic, await registerOrganisation(t, dic), ['CONSENT_READ']);
}

/** The citizen agrees, in the app, that the partner may read their name and blood group for a month. */
export async function grantedConsent(t: TestHub, citizen: Citizen, partner: RegisteredClient): Promise<string> {
  const now = Date.now();
  const granted = await t.gql(
    GrantConsentDocument,
    {
      input: {
        clientId: partner.clientId,
        purpose: 'Đặt lịch hiến máu và xem nhóm máu',
        scope: [{ datasetSlug: healthRecords, fields: ['ho_ten', 'nhom_mau'] }],
        validFrom: new Date(now).toISOString(),
        validTo: new Date(now + 30 * day).toISOString(),
        mode: 'PERIODIC',
        maxReads: 3,
        period: 'DAY',
        retentionDays: 7,
        agreed: true,
      },
    },
    citizen.token,
  );
  const id = granted.data?.grantConsent.consent?.id;
  if (!id) throw new Error(JSON.stringify(granted));
  return id;
}

/** The partner reads under the consent with a fresh access token: the GraphQL answer as is. */
export async function partnerReads(t: TestHub, partner: RegisteredClient, consentId: string) {
  return t.gql(CitizenRecordsDocument, { consentId }, await accessToken(t, partner));
}

/** A citizen's page asks a stranger to sign in, and the citizen's form (by phone number) brings them back to it. */
export async function citizenSignedIn(browser: Browser, base: string, next: string, citizen: Citizen, phone: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}${next}`);
  await page.waitForURL(/\/sign-in/);
  const form = page.locator('form[action="/citizen-sign-in"]');
  await form.getByLabel('Tỉnh').selectOption(province);
  await form.getByLabel('Tên tài khoản hoặc số điện thoại').fill(phone);
  await form.getByLabel('Mật khẩu').fill(citizen.password);
  await form.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(`${base}${next}`);
  return page;
}

/** The partner asks the citizen, through the API, for their name and blood group once for care: the request as the API answers it. */
export async function askedConsent(t: TestHub, partner: RegisteredClient, citizenCccd: string): Promise<{ id: string; deeplink: string }> {
  const now = Date.now();
  const asked = await t.gql(
    RequestConsentDocument,
    {
      input: {
        citizenCccd,
        purposeCode: 'HEALTH_CARE',
        scope: [{ datasetSlug: healthRecords, fields: ['ho_ten', 'nhom_mau'] }],
        validFrom: new Date(now - 60_000).toISOString(),
        validTo: new Date(now + 30 * day).toISOString(),
        mode: 'ONE_TIME',
        retentionDays: 7,
      },
    },
    await accessToken(t, partner),
  );
  const request = asked.data?.requestConsent.consentRequest;
  if (!request) throw new Error(JSON.stringify(asked));
  return request;
}

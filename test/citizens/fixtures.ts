import { OutboxSmsGateway } from '../../src/modules/citizens/service';
import { systemClock } from '../../src/shared/clock';
import { RegisterCitizenDocument, VerifyCitizenDocument, type CitizenRegistrationInput } from '../generated/graphql';
import type { TestHub } from '../helpers/test-hub';

export const citizenPassword = 'Cong-dan1!';

/** A person's registration (000 §8.2) as the app sends it. */
export function person(overrides: Partial<CitizenRegistrationInput> = {}): CitizenRegistrationInput {
  return {
    accountType: 'INDIVIDUAL',
    accountName: 'nguyenvanan',
    password: citizenPassword,
    fullName: 'Nguyễn Văn An',
    dateOfBirth: '1990-04-30',
    gender: 'MALE',
    phone: '0912 345 678',
    idNumber: '058090001234',
    idIssuedOn: '2021-06-01',
    idIssuedPlace: 'Cục Cảnh sát QLHC về TTXH',
    addressProvince: 'Ninh Thuận',
    addressDistrict: 'Phan Rang - Tháp Chàm',
    addressCommune: 'Phường Phước Mỹ',
    houseNumber: '12',
    street: 'Thống Nhất',
    ...overrides,
  };
}

/** An enterprise's registration: its tax code instead of a CCCD. */
export function enterprise(overrides: Partial<CitizenRegistrationInput> = {}): CitizenRegistrationInput {
  return {
    accountType: 'ENTERPRISE',
    accountName: 'nangluongxanh',
    password: citizenPassword,
    fullName: 'Công ty TNHH Năng lượng Xanh',
    phone: '0987 654 321',
    taxCode: '4500123456',
    addressProvince: 'Ninh Thuận',
    addressDistrict: 'Thuận Nam',
    addressCommune: 'Xã Phước Nam',
    ...overrides,
  };
}

/** The last one-time code the development SMS gateway sent to a phone (E.164). */
export async function lastCodeSentTo(t: TestHub, phone: string): Promise<string> {
  const sent = await new OutboxSmsGateway(t.hub.database.orm.em.fork(), systemClock).sentTo(phone);
  const code = /\b(\d{6})\b/.exec(sent.at(-1)?.body ?? '')?.[1];
  if (!code) throw new Error(`no code was sent to ${phone}`);
  return code;
}

export async function messagesTo(t: TestHub, phone: string): Promise<number> {
  return (await new OutboxSmsGateway(t.hub.database.orm.em.fork(), systemClock).sentTo(phone)).length;
}

/** A person registered in the app and verified by SMS (000 §9.1); returns their session token. */
export async function signedInCitizen(
  t: TestHub,
  accountName: string,
  idNumber: string,
  phone = '0913000999',
  more: Partial<CitizenRegistrationInput> = {},
): Promise<string> {
  const registered = await t.gql(RegisterCitizenDocument, {
    province: 'ninhthuan',
    input: person({ accountName, idNumber, phone, ...more }),
  });
  const citizen = registered.data?.registerCitizen.citizen;
  if (!citizen) throw new Error(`registration failed: ${JSON.stringify(registered)}`);
  const verified = await t.gql(VerifyCitizenDocument, {
    province: 'ninhthuan',
    login: accountName,
    code: await lastCodeSentTo(t, citizen.phone),
  });
  const token = verified.data?.verifyCitizen.token;
  if (!token) throw new Error(`verification failed: ${JSON.stringify(verified)}`);
  return token;
}

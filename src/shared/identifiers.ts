import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

/**
 * Vietnamese identifiers: tax codes (partner organisations, organisation accounts), CCCD/CMND
 * numbers and mobile phones (citizens' accounts). Each `…Problem` check returns a message naming
 * what is wrong, or null when the value is valid.
 */

/** Enterprise / tax code (mã số doanh nghiệp): 10 digits, or 13 for a branch written 10-3. */
export function normaliseTaxCode(value: string): string | null {
  const compact = value.trim().replace(/[\s.]/g, '');
  const match = /^(\d{10})(?:-?(\d{3}))?$/.exec(compact);
  if (!match) return null;
  return match[2] ? `${match[1]}-${match[2]}` : match[1];
}

export function taxCodeProblem(value: string): string | null {
  return normaliseTaxCode(value) === null
    ? 'Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số với đơn vị phụ thuộc (tax code must be 10 digits, or 13 as 0123456789-001)'
    : null;
}

/**
 * Province and centrally-run city codes that open a CCCD number (Circular 07/2016/TT-BCA,
 * Annex: mã tỉnh nơi đăng ký khai sinh), the 63 units as they stood when the cards were issued.
 */
const cccdProvinceCodes = new Set(
  (
    '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 ' +
    '040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 ' +
    '083 084 086 087 089 091 092 093 094 095 096'
  ).split(' '),
);

export type CardGender = 'MALE' | 'FEMALE';

export interface CccdFacts {
  provinceCode: string;
  gender: CardGender;
  birthYear: number;
}

/**
 * What a 12-digit CCCD number says: province of birth registration, then one digit for century
 * and gender (0/1 = 1900s male/female, 2/3 = 2000s, … up to 8/9 = 2200s), then the last two
 * digits of the birth year. Null when the shape or the province code is wrong.
 */
export function readCccd(value: string): CccdFacts | null {
  const match = /^(\d{3})(\d)(\d{2})\d{6}$/.exec(value);
  if (!match || !cccdProvinceCodes.has(match[1])) return null;
  const centuryGender = Number(match[2]);
  return {
    provinceCode: match[1],
    gender: centuryGender % 2 === 0 ? 'MALE' : 'FEMALE',
    birthYear: 1900 + Math.floor(centuryGender / 2) * 100 + Number(match[3]),
  };
}

/** 000 §8.2: a CCCD (12 digits) checked against the holder's date of birth and gender, or a legacy CMND (9 digits). */
export function personalIdProblem(value: string, dateOfBirth?: Date | null, gender?: string | null): string | null {
  if (/^\d{9}$/.test(value)) return null;
  if (!/^\d{12}$/.test(value)) {
    return 'Số CMND gồm 9 chữ số hoặc số CCCD gồm 12 chữ số (a 9-digit CMND or a 12-digit CCCD number)';
  }
  const facts = readCccd(value);
  if (!facts) return `Mã tỉnh ${value.slice(0, 3)} không có trong danh mục (unknown province code in the CCCD number)`;
  if (dateOfBirth && dateOfBirth.getUTCFullYear() !== facts.birthYear) {
    return `Số CCCD ghi năm sinh ${facts.birthYear}, khác ngày sinh đã khai (the CCCD number says born in ${facts.birthYear})`;
  }
  if ((gender === 'MALE' || gender === 'FEMALE') && gender !== facts.gender) {
    return 'Chữ số thế kỷ và giới tính trong số CCCD không khớp giới tính đã khai (the century-and-gender digit does not match the gender)';
  }
  return null;
}

/** A Vietnamese mobile number in E.164 (`0912 345 678` → `+84912345678`), or null for anything else. */
export function normaliseMobile(value: string): string | null {
  const phone = parsePhoneNumberFromString(value.trim(), 'VN');
  if (!phone?.isValid() || phone.country !== 'VN' || phone.getType() !== 'MOBILE') return null;
  return phone.number;
}

export function mobileProblem(value: string): string | null {
  return normaliseMobile(value) === null
    ? 'Cần số điện thoại di động Việt Nam hợp lệ, ví dụ 0912 345 678 (a valid Vietnamese mobile number)'
    : null;
}

/** A UUID as the hub's ids are written: anything else cannot name a row and is not looked up. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

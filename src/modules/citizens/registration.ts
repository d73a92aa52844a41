import type { FieldProblem } from '../../shared/errors';
import { mobileProblem, normaliseMobile, normaliseTaxCode, personalIdProblem, taxCodeProblem } from '../../shared/identifiers';
import type { CitizenAccountType, Gender, IdentityKind } from './entities';

/** The fields of 000 §8.2. People give their CCCD/CMND; organisations and enterprises their tax code. */
export interface RegistrationInput {
  accountType: CitizenAccountType;
  accountName: string;
  password: string;
  fullName: string;
  dateOfBirth?: string | null;
  gender?: Gender | null;
  phone: string;
  email?: string | null;
  idNumber?: string | null;
  taxCode?: string | null;
  idIssuedOn?: string | null;
  idIssuedPlace?: string | null;
  addressProvince?: string | null;
  addressDistrict?: string | null;
  addressCommune?: string | null;
  houseNumber?: string | null;
  street?: string | null;
}

/** What a valid registration stores, normalised. */
export interface Registration {
  accountType: CitizenAccountType;
  accountName: string;
  fullName: string;
  dateOfBirth: string | null;
  gender: Gender | null;
  phone: string;
  email: string | null;
  identityKind: IdentityKind;
  identityNumber: string;
  idIssuedOn: string | null;
  idIssuedPlace: string | null;
  addressProvince: string | null;
  addressDistrict: string | null;
  addressCommune: string | null;
  houseNumber: string | null;
  street: string | null;
}

export const citizenAccountNamePattern = /^[a-z0-9][a-z0-9._]{3,31}$/;

const required = 'Bắt buộc (required)';

/** Every problem with the input, each naming its field; the normalised registration when there are none. */
export function readRegistration(input: RegistrationInput, today: Date): { problems: FieldProblem[]; registration?: Registration } {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string | null) => {
    if (message) problems.push({ field, message });
  };
  const text = (value: string | null | undefined) => value?.trim().normalize('NFC') || null;
  const person = input.accountType === 'INDIVIDUAL';

  const accountName = input.accountName.trim().toLowerCase();
  problem(
    'accountName',
    citizenAccountNamePattern.test(accountName)
      ? null
      : '4–32 ký tự thường không dấu, chữ số, dấu chấm hoặc gạch dưới (4–32 of a-z 0-9 . _)',
  );
  problem('fullName', text(input.fullName) ? null : required);
  problem('phone', mobileProblem(input.phone));
  const email = text(input.email);
  problem('email', !email || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? null : 'Địa chỉ thư điện tử không hợp lệ (invalid e-mail address)');

  const dateOfBirth = dateField('dateOfBirth', input.dateOfBirth, person, today, problem);
  const idIssuedOn = dateField('idIssuedOn', input.idIssuedOn, person, today, problem);
  if (dateOfBirth && idIssuedOn && idIssuedOn < dateOfBirth)
    problem('idIssuedOn', 'Ngày cấp trước ngày sinh (issued before the date of birth)');
  if (person && !input.gender) problem('gender', required);

  let identityKind: IdentityKind;
  let identityNumber: string;
  if (person) {
    identityNumber = input.idNumber?.replace(/\s/g, '') ?? '';
    identityKind = identityNumber.length === 9 ? 'CMND' : 'CCCD';
    problem(
      'idNumber',
      identityNumber ? personalIdProblem(identityNumber, dateOfBirth ? new Date(dateOfBirth) : null, input.gender) : required,
    );
    problem('idIssuedPlace', text(input.idIssuedPlace) ? null : required);
  } else {
    identityKind = 'TAX_CODE';
    identityNumber = normaliseTaxCode(input.taxCode ?? '') ?? '';
    problem('taxCode', input.taxCode?.trim() ? taxCodeProblem(input.taxCode) : required);
  }
  for (const field of ['addressProvince', 'addressDistrict', 'addressCommune'] as const)
    problem(field, text(input[field]) ? null : required);
  if (problems.length > 0) return { problems };

  return {
    problems,
    registration: {
      accountType: input.accountType,
      accountName,
      fullName: text(input.fullName)!,
      dateOfBirth,
      gender: input.gender ?? null,
      phone: normaliseMobile(input.phone)!,
      email: email?.toLowerCase() ?? null,
      identityKind,
      identityNumber,
      idIssuedOn,
      idIssuedPlace: text(input.idIssuedPlace),
      addressProvince: text(input.addressProvince),
      addressDistrict: text(input.addressDistrict),
      addressCommune: text(input.addressCommune),
      // Many rural addresses have neither a house number nor a street.
      houseNumber: text(input.houseNumber),
      street: text(input.street),
    },
  };
}

/** A calendar date `YYYY-MM-DD`, not in the future; null when absent (and not required). */
function dateField(
  field: string,
  value: string | null | undefined,
  isRequired: boolean,
  today: Date,
  problem: (field: string, message: string | null) => void,
): string | null {
  const trimmed = value?.trim();
  if (!trimmed) {
    problem(field, isRequired ? required : null);
    return null;
  }
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(trimmed) ? new Date(`${trimmed}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== trimmed) {
    problem(field, 'Ngày phải theo dạng YYYY-MM-DD (a date as YYYY-MM-DD)');
    return null;
  }
  if (parsed > today) {
    problem(field, 'Ngày không được ở tương lai (cannot be in the future)');
    return null;
  }
  return trimmed;
}

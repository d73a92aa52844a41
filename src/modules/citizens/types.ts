import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';
import { MutationError } from '../../graphql/payload';
import {
  citizenAccountTypes,
  citizenStatuses,
  genders,
  identityKinds,
  type Citizen,
  type CitizenAccountType,
  type CitizenStatus,
  type Gender,
  type IdentityKind,
} from './service';

export const CitizenAccountTypeEnum = enumFrom('CitizenAccountType', citizenAccountTypes, {
  INDIVIDUAL: 'Cá nhân (a person)',
  ORGANISATION: 'Tổ chức (an organisation)',
  ENTERPRISE: 'Doanh nghiệp (an enterprise)',
});

export const GenderEnum = enumFrom('Gender', genders, {
  MALE: 'Nam (male)',
  FEMALE: 'Nữ (female)',
  OTHER: 'Khác (other)',
});

export const IdentityKindEnum = enumFrom('IdentityKind', identityKinds, {
  CCCD: 'Căn cước công dân, 12 chữ số (citizen identity card)',
  CMND: 'Chứng minh nhân dân, 9 chữ số (legacy identity card)',
  TAX_CODE: 'Mã số doanh nghiệp / mã số thuế (enterprise or tax code)',
});

export const CitizenStatusEnum = enumFrom('CitizenStatus', citizenStatuses, {
  PENDING_VERIFICATION: 'Chờ xác thực mã OTP (000 §9.1: awaiting the SMS code)',
  ACTIVE: 'Đang hoạt động (active)',
  LOCKED: 'Bị khóa (locked)',
});

@ObjectType('Citizen', { description: 'Tài khoản Công dân số (a Digital Citizen account, 000 §8)' })
export class CitizenType {
  @Field(() => ID)
  id!: string;

  @Field()
  provinceCode!: string;

  @Field(() => CitizenAccountTypeEnum)
  accountType!: CitizenAccountType;

  @Field()
  accountName!: string;

  @Field({ description: 'The person’s or the organisation’s name' })
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dateOfBirth?: string | null;

  @Field(() => GenderEnum, { nullable: true })
  gender?: Gender | null;

  @Field({ description: 'E.164, e.g. +84912345678' })
  phone!: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => IdentityKindEnum)
  identityKind!: IdentityKind;

  @Field({ description: 'CCCD, CMND or tax code (000 §8.4)' })
  identityNumber!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  idIssuedOn?: string | null;

  @Field(() => String, { nullable: true })
  idIssuedPlace?: string | null;

  @Field(() => String, { nullable: true })
  addressProvince?: string | null;

  @Field(() => String, { nullable: true })
  addressDistrict?: string | null;

  @Field(() => String, { nullable: true })
  addressCommune?: string | null;

  @Field(() => String, { nullable: true })
  houseNumber?: string | null;

  @Field(() => String, { nullable: true })
  street?: string | null;

  @Field(() => CitizenStatusEnum)
  status!: CitizenStatus;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  verifiedAt?: Date | null;
}

@InputType('CitizenRegistrationInput', { description: 'The fields of 000 §8.2' })
export class CitizenRegistrationInputType {
  @Field(() => CitizenAccountTypeEnum)
  accountType!: CitizenAccountType;

  @Field()
  accountName!: string;

  @Field({ description: 'At least 8 characters with upper and lower case, a digit and one of ! @ # % $ * &' })
  password!: string;

  @Field({ description: 'The person’s name, or the organisation’s' })
  fullName!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required for a person' })
  dateOfBirth?: string | null;

  @Field(() => GenderEnum, { nullable: true, description: 'Required for a person' })
  gender?: Gender | null;

  @Field({ description: 'A Vietnamese mobile number; the OTP is sent to it' })
  phone!: string;

  @Field(() => String, { nullable: true, description: 'Optional (000 §8.2)' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'A person’s CCCD (12 digits) or CMND (9 digits)' })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'An organisation’s enterprise or tax code (10 digits, or 10-3)' })
  taxCode?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; required for a person' })
  idIssuedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for a person' })
  idIssuedPlace?: string | null;

  @Field(() => String, { nullable: true })
  addressProvince?: string | null;

  @Field(() => String, { nullable: true })
  addressDistrict?: string | null;

  @Field(() => String, { nullable: true })
  addressCommune?: string | null;

  @Field(() => String, { nullable: true })
  houseNumber?: string | null;

  @Field(() => String, { nullable: true })
  street?: string | null;
}

const refusalCodes =
  'BAD_USER_INPUT, CONFLICT, NOT_FOUND, INVALID_CREDENTIALS, SIGN_IN_THROTTLED, ACCOUNT_NOT_VERIFIED, ACCOUNT_LOCKED, ' +
  'CODE_INVALID, CODE_EXPIRED, CODE_USED, TOO_MANY_ATTEMPTS, TOO_MANY_CODES';

@ObjectType()
export class CitizenAccountPayload {
  @Field(() => CitizenType, { nullable: true, description: 'Awaiting its SMS code (000 §9.1)' })
  citizen?: Citizen;

  @Field(() => Int, { nullable: true, description: 'With TOO_MANY_CODES: seconds until a code may be sent again' })
  retryAfterSeconds?: number;

  @Field(() => MutationError, { nullable: true, description: refusalCodes })
  error?: MutationError;
}

@ObjectType()
export class CitizenSignInPayload {
  @Field(() => String, { nullable: true, description: 'Bearer token for the Authorization header' })
  token?: string;

  @Field(() => CitizenType, { nullable: true })
  citizen?: Citizen;

  @Field(() => Int, { nullable: true, description: 'With SIGN_IN_THROTTLED or TOO_MANY_CODES: seconds until the next try' })
  retryAfterSeconds?: number;

  @Field(() => MutationError, { nullable: true, description: refusalCodes })
  error?: MutationError;
}

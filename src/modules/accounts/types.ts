import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';
import { MutationError } from '../../graphql/payload';
import { officialRoles, type OfficialRole } from '../../shared/viewer';
import { lockReasons, officialStatuses, type LockReason, type Official, type OfficialStatus } from './service';

export const OfficialRoleEnum = enumFrom('OfficialRole', officialRoles, {
  DATA_STEWARD: 'Cán bộ quản lý dữ liệu của cơ quan (data steward)',
  AGENCY_VIEWER: 'Cán bộ xem dữ liệu của cơ quan (agency viewer)',
  DIC_ADMIN: 'Quản trị của Sở Thông tin và Truyền thông (DIC administrator)',
  PPC_OFFICE_REVIEWER: 'Thẩm định viên Văn phòng UBND tỉnh (PPC Office reviewer)',
  PLATFORM_ADMIN: 'Quản trị nền tảng (platform administrator)',
});

export const OfficialStatusEnum = enumFrom('OfficialStatus', officialStatuses, {
  ACTIVE: 'Đang hoạt động (active)',
  LOCKED: 'Bị khóa, vẫn nhận được văn bản và thư (003 §6.1: locked; still receives documents and mail)',
  REVOKED: 'Đã thu hồi (003 §5.2c: revoked)',
});

export const AccountLockReasonEnum = enumFrom('AccountLockReason', lockReasons, {
  LEFT: 'Nghỉ hưu, nghỉ việc hoặc chuyển công tác ra ngoài tỉnh (003 §5.2c: left)',
  INACTIVITY: 'Không phát sinh giao dịch trong 06 tháng (003 §6.2a: no activity for 6 months)',
  COMPROMISED: 'Bị virus chiếm dụng, lộ lọt mật khẩu, phát tán thư rác (003 §6.2b: compromised)',
  MISUSE: 'Tham gia hoạt động bị cấm (003 §6.2c, §3.2: prohibited use)',
});

export type TemporaryLockReason = Extract<LockReason, 'COMPROMISED' | 'MISUSE'>;
export const TemporaryLockReasonEnum = enumFrom('TemporaryLockReason', ['COMPROMISED', 'MISUSE'] as const, {
  COMPROMISED: 'Bị chiếm dụng hoặc lộ lọt mật khẩu (003 §6.2b: compromised)',
  MISUSE: 'Sử dụng vào hoạt động bị cấm (003 §6.2c: prohibited use)',
});

@ObjectType('Official', { description: 'Tài khoản cán bộ (an official’s account, 003)' })
export class OfficialType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Personal account name per 003 §4.2' })
  accountName!: string;

  @Field()
  fullName!: string;

  @Field()
  provinceCode!: string;

  @Field(() => [OfficialRoleEnum])
  roles!: OfficialRole[];

  @Field(() => OfficialStatusEnum)
  status!: OfficialStatus;

  @Field(() => AccountLockReasonEnum, { nullable: true })
  lockReason?: LockReason | null;

  @Field({ description: 'True until the password set by DIC is changed (003 §6.3c)' })
  mustChangePassword!: boolean;

  @Field(() => Date, { nullable: true, description: 'Last sign-in (003 §6.2a counts inactivity from it)' })
  lastActiveAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the official left (003 §5.2c)' })
  leftAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'The last notified absence’s reason (003 §6.2a)' })
  absenceReason?: string | null;

  @Field(() => Date, { nullable: true })
  absentFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Inactivity (003 §6.2a) counts from here when it is later than the last sign-in' })
  absentUntil?: Date | null;

  @Field(() => Date, { nullable: true })
  lockDueAt?: Date | null;

  @Field(() => Date, { nullable: true })
  revokeDueAt?: Date | null;
}

@ObjectType()
export class SignInPayload {
  @Field(() => String, { nullable: true, description: 'Bearer token for the Authorization header' })
  token?: string;

  @Field(() => OfficialType, { nullable: true })
  official?: Official;

  @Field(() => Int, { nullable: true, description: 'With SIGN_IN_THROTTLED: seconds until the next try' })
  retryAfterSeconds?: number;

  @Field(() => MutationError, {
    nullable: true,
    description:
      'INVALID_CREDENTIALS, SIGN_IN_THROTTLED, ACCOUNT_LOCKED, ACCOUNT_REVOKED, PASSWORD_CHANGE_REQUIRED (use changePassword), BAD_USER_INPUT',
  })
  error?: MutationError;
}

@ObjectType('AccountNameProposal', { description: 'The account name 003 §4.2 gives, free in the province' })
export class AccountNameProposalType {
  @Field()
  accountName!: string;

  @Field()
  email!: string;
}

@InputType('CreateOfficialInput')
export class CreateOfficialInputType {
  @Field()
  fullName!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The surname when it has more than one word (Tôn Nữ): its initials all go in the account name; absent: the first word',
  })
  surname?: string | null;

  @Field({ description: 'Account name (003 §4.1) of the official’s agency' })
  agencyCode!: string;

  @Field(() => String, { nullable: true, description: 'Absent: the 003 §4.2 proposal' })
  accountName?: string | null;

  @Field(() => String, { nullable: true, description: 'Meets 003 §7; absent: a temporary password is generated and shown once' })
  initialPassword?: string | null;

  @Field(() => [OfficialRoleEnum], { nullable: true })
  roles?: OfficialRole[] | null;

  @Field({ description: 'The requesting agency head (003 §5.2a)' })
  requestedBy!: string;

  @Field({ description: 'Reference of the request letter (003 §5.1)' })
  requestReference!: string;
}

@ObjectType()
export class OfficialAccountPayload {
  @Field(() => OfficialType, { nullable: true })
  official?: Official;

  @Field(() => String, { nullable: true, description: 'Shown once; must be changed at the first sign-in (003 §6.3c)' })
  temporaryPassword?: string;

  @Field(() => MutationError, { nullable: true })
  error?: MutationError;
}

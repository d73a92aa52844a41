import { Field, ID, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';
import { MutationError } from '../../graphql/payload';
import { officialRoles, type OfficialRole } from '../../shared/viewer';
import type { Official } from './service';

export const OfficialRoleEnum = enumFrom('OfficialRole', officialRoles, {
  DATA_STEWARD: 'Cán bộ quản lý dữ liệu của cơ quan (data steward)',
  AGENCY_VIEWER: 'Cán bộ xem dữ liệu của cơ quan (agency viewer)',
  DIC_ADMIN: 'Quản trị của Sở Thông tin và Truyền thông (DIC administrator)',
  PPC_OFFICE_REVIEWER: 'Thẩm định viên Văn phòng UBND tỉnh (PPC Office reviewer)',
  PLATFORM_ADMIN: 'Quản trị nền tảng (platform administrator)',
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
}

@ObjectType()
export class SignInPayload {
  @Field(() => String, { nullable: true, description: 'Bearer token for the Authorization header' })
  token?: string;

  @Field(() => OfficialType, { nullable: true })
  official?: Official;

  @Field(() => MutationError, { nullable: true })
  error?: MutationError;
}

import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { payloadType, type PayloadOf } from '../../graphql/payload';
import { enumFrom } from '../../graphql/enum';
import { agencyKinds, type Agency, type AgencyKind } from './entities';
import type { NewAgencyInput } from './service';

export const AgencyKindEnum = enumFrom('AgencyKind', agencyKinds, {
  PPC: 'Ủy ban nhân dân tỉnh (Provincial People’s Committee)',
  PPC_OFFICE: 'Văn phòng UBND tỉnh (PPC Office)',
  DIC: 'Sở Thông tin và Truyền thông (Department of Information and Communications)',
  DEPARTMENT: 'Sở, ban, ngành (department)',
  DEPARTMENT_DIVISION: 'Phòng thuộc sở (division of a department)',
  DEPARTMENT_UNIT: 'Đơn vị trực thuộc sở (unit under a department)',
  DISTRICT_PPC: 'UBND cấp huyện (district People’s Committee)',
  DISTRICT_DIVISION: 'Phòng thuộc UBND cấp huyện (division of a district)',
  COMMUNE_PPC: 'UBND cấp xã (commune People’s Committee)',
  POLICE: 'Công an (police)',
  OTHER: 'Cơ quan khác (other)',
});

@Directive('@key(fields: "code")')
@ObjectType('Province', { description: 'Tỉnh (a province whose agencies share data through the hub)' })
export class ProvinceType {
  @Field({ description: 'Short code without diacritics, e.g. ninhthuan' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'National administrative code, e.g. 58' })
  administrativeCode?: string | null;

  @Field()
  emailDomain!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Agency', { description: 'Cơ quan, đơn vị (a state body that may own datasets)' })
export class AgencyType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Agency account name per 003 §4.1, e.g. sotttt, ubnd_prtc' })
  code!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => String, { nullable: true })
  abbreviation?: string | null;

  @Field(() => AgencyKindEnum)
  kind!: AgencyKind;

  @Field()
  provinceCode!: string;

  @Field(() => String, { nullable: true, description: 'Where the source documents name this agency' })
  source?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  validFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the last day, e.g. before a merger' })
  validTo?: string | null;
}

@InputType('NewAgencyInput', { description: 'Một cơ quan mới (a new agency); its account name is derived by 003 §4.1' })
export class NewAgencyInputType implements NewAgencyInput {
  @Field(() => String, { nullable: true, description: 'Default: your own province' })
  provinceCode?: string | null;

  @Field(() => AgencyKindEnum)
  kind!: AgencyKind;

  @Field({ description: 'Full Vietnamese name, e.g. Ủy ban nhân dân xã Phước Hải' })
  name!: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'The abbreviation the agency uses; derived from the name when absent' })
  abbreviation?: string | null;

  @Field(() => String, { nullable: true, description: 'Parent department or district PPC, by account name (required for divisions)' })
  parentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  validFrom?: string | null;
}

@ObjectType('AgencyNameProposal', { description: 'Tên tài khoản cơ quan đề xuất (the 003 §4.1 account name and e-mail)' })
export class AgencyNameProposalType {
  @Field()
  accountName!: string;

  @Field()
  email!: string;

  @Field(() => AgencyType, { nullable: true, description: 'The agency that already holds this name' })
  takenBy?: Agency | null;
}

export const AgencyPayload = payloadType('AgencyPayload', 'agency', () => AgencyType);
export type AgencyPayload = PayloadOf<'agency', Agency>;

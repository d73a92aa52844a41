import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';
import { agencyKinds, type AgencyKind } from './entities';

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
}

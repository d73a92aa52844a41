import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Agency, Province, type AgencyKind } from './entities';

export type { Agency, AgencyKind, Province } from './entities';
export { agencyKinds } from './entities';

export interface ProvinceSpec {
  code: string;
  name: string;
  nameEn?: string;
  administrativeCode?: string;
  emailDomain: string;
  validFrom?: string;
  validTo?: string;
}

export interface AgencySpec {
  provinceCode: string;
  code: string;
  name: string;
  nameEn?: string;
  abbreviation?: string;
  kind: AgencyKind;
  parentCode?: string;
  source?: string;
  validFrom?: string;
  validTo?: string;
}

/** Provinces and their agencies: who can own data (002 §4.2a) and where accounts live. */
export class AgencyService {
  constructor(private readonly em: EntityManager) {}

  findByIds(ids: readonly string[]): Promise<Agency[]> {
    return this.em.find(Agency, { id: { $in: [...ids] } });
  }

  findByCode(provinceCode: string, code: string): Promise<Agency | null> {
    return this.em.findOne(Agency, { provinceCode, code });
  }

  list(provinceCode?: string): Promise<Agency[]> {
    return this.em.find(Agency, provinceCode ? { provinceCode } : {}, { orderBy: { provinceCode: 'asc', code: 'asc' } });
  }

  listProvinces(): Promise<Province[]> {
    return this.em.find(Province, {}, { orderBy: { code: 'asc' } });
  }

  findProvincesByCodes(codes: readonly string[]): Promise<Province[]> {
    return this.em.find(Province, { code: { $in: [...codes] } });
  }

  async hasAnyProvince(): Promise<boolean> {
    return (await this.em.count(Province, {})) > 0;
  }

  /** Catalogue-as-code import: creates or updates by code, so a second import changes nothing. */
  async upsertProvince(spec: ProvinceSpec): Promise<Province> {
    const province = (await this.em.findOne(Province, { code: spec.code })) ?? this.em.create(Province, { code: spec.code } as Province);
    this.em.assign(province, {
      name: spec.name,
      nameEn: spec.nameEn ?? null,
      administrativeCode: spec.administrativeCode ?? null,
      emailDomain: spec.emailDomain,
      validFrom: spec.validFrom ?? null,
      validTo: spec.validTo ?? null,
    });
    await this.em.flush();
    return province;
  }

  async upsertAgency(spec: AgencySpec): Promise<Agency> {
    const parent = spec.parentCode ? await this.findByCode(spec.provinceCode, spec.parentCode) : null;
    if (spec.parentCode && !parent) {
      throw new Error(`agency ${spec.code}: parent ${spec.parentCode} is not known in ${spec.provinceCode}`);
    }
    const agency =
      (await this.findByCode(spec.provinceCode, spec.code)) ??
      this.em.create(Agency, { id: randomUUID(), provinceCode: spec.provinceCode, code: spec.code } as Agency);
    this.em.assign(agency, {
      name: spec.name,
      nameEn: spec.nameEn ?? null,
      abbreviation: spec.abbreviation ?? null,
      kind: spec.kind,
      parentId: parent?.id ?? null,
      source: spec.source ?? null,
      validFrom: spec.validFrom ?? null,
      validTo: spec.validTo ?? null,
    });
    await this.em.flush();
    return agency;
  }
}

import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../shared/errors';
import { administersProvince } from '../../shared/policy';
import { requireOfficial, type Viewer } from '../../shared/viewer';
import { agencyAccountName } from './account-name';
import { Agency, AgencySuccession, Province, type AgencyKind } from './entities';

export type { Agency, AgencyKind, AgencySuccession, Province } from './entities';
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

/** A new agency as its founding decision names it; its account name is derived (003 §4.1). */
export interface NewAgencyInput {
  provinceCode?: string | null;
  kind: AgencyKind;
  name: string;
  nameEn?: string | null;
  abbreviation?: string | null;
  /** The department or district PPC it belongs to, by account name; required for divisions. */
  parentCode?: string | null;
  validFrom?: string | null;
}

export interface AgencyNameProposal {
  accountName: string;
  email: string;
  /** The agency already holding this name in the province, if any. */
  takenBy: Agency | null;
}

/**
 * What AgencyService answers to resolvers, routes, pages and jobs: all but the methods that change state
 * without a viewer (provinces and agencies written by the catalogue import or a succession), which are behind `services.trusted`.
 */
export type AgencyApi = Omit<AgencyService, 'upsertProvince' | 'upsertAgency' | 'recordSuccession'>;

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

  /**
   * The province a sign-in form offers first when the visitor has not chosen one: the one most
   * of the hub's agencies belong to, which is the province a provincial hub serves (the others
   * are its neighbours in a federation); alphabetical order picked a neighbour.
   */
  async homeProvinceCode(): Promise<string | null> {
    const [row] = await this.em
      .getConnection()
      .execute<{ province_code: string }[]>(
        'select province_code from agency group by province_code order by count(*) desc, province_code limit 1',
      );
    return row?.province_code ?? null;
  }

  findProvincesByCodes(codes: readonly string[]): Promise<Province[]> {
    return this.em.find(Province, { code: { $in: [...codes] } });
  }

  async hasAnyProvince(): Promise<boolean> {
    return (await this.em.count(Province, {})) > 0;
  }

  /** 003 §4.1: the account name and e-mail the agency would get, and who already has that name. */
  async proposeAccountName(viewer: Viewer, input: NewAgencyInput): Promise<AgencyNameProposal> {
    return (await this.nameFor(viewer, input)).proposal;
  }

  /** The proposal, and the parent agency it was derived from (registration records it). */
  private async nameFor(viewer: Viewer, input: NewAgencyInput): Promise<{ proposal: AgencyNameProposal; parent: Agency | null }> {
    const provinceCode = input.provinceCode ?? requireOfficial(viewer).provinceCode;
    const province = await this.em.findOne(Province, { code: provinceCode });
    if (!province) throw new NotFoundError(`Không có tỉnh "${provinceCode}" (no such province)`);
    if (!input.name.trim()) throw new InputError([{ field: 'name', message: 'Cần tên cơ quan (agency name required)' }]);
    const parent = input.parentCode ? await this.findByCode(provinceCode, input.parentCode) : null;
    if (input.parentCode && !parent)
      throw new InputError([{ field: 'parentCode', message: `Không có cơ quan "${input.parentCode}" (no such agency)` }]);
    if (!parent && (input.kind === 'DEPARTMENT_DIVISION' || input.kind === 'DISTRICT_DIVISION')) {
      throw new InputError([
        { field: 'parentCode', message: 'Phòng thuộc sở/huyện cần cơ quan cấp trên (a division needs its parent agency, 003 §4.1d, f)' },
      ]);
    }
    const accountName = agencyAccountName(input, parent);
    if (!/^[a-z0-9_]{2,40}$/.test(accountName)) {
      throw new InputError([
        {
          field: 'abbreviation',
          message: `Không tạo được tên tài khoản từ "${input.name}" (cannot derive an account name; give an abbreviation)`,
        },
      ]);
    }
    const takenBy = await this.findByCode(provinceCode, accountName);
    return { proposal: { accountName, email: `${accountName}@${province.emailDomain}`, takenBy }, parent };
  }

  /** DIC of the province (or the platform administrator) registers an agency under its 003 §4.1 name. */
  async registerAgency(viewer: Viewer, input: NewAgencyInput): Promise<Agency> {
    const admin = requireOfficial(viewer);
    const provinceCode = input.provinceCode ?? admin.provinceCode;
    if (!administersProvince(admin, provinceCode)) throw new ForbiddenError();
    const { proposal, parent } = await this.nameFor(viewer, { ...input, provinceCode });
    if (proposal.takenBy) {
      throw new ConflictError(
        `Tên tài khoản "${proposal.accountName}" đã thuộc ${proposal.takenBy.name}; hãy cho tên viết tắt khác (account name taken: give another abbreviation)`,
        'abbreviation',
      );
    }
    const agency = this.em.create(Agency, {
      id: randomUUID(),
      provinceCode,
      code: proposal.accountName,
      name: input.name.trim(),
      nameEn: input.nameEn ?? null,
      abbreviation: input.abbreviation ?? null,
      kind: input.kind,
      parentId: parent?.id ?? null,
      validFrom: input.validFrom ?? null,
    });
    await this.em.flush();
    return agency;
  }

  /** Trusted: the succession module checked who decides and moves what the agency held. */
  async recordSuccession(predecessor: Agency, succession: Omit<AgencySuccession, 'id' | 'predecessorId'>): Promise<AgencySuccession> {
    predecessor.successorId = succession.successorId;
    predecessor.validTo = dayBefore(succession.effectiveOn);
    const recorded = this.em.create(AgencySuccession, { id: randomUUID(), predecessorId: predecessor.id, ...succession });
    await this.em.flush();
    return recorded;
  }

  /** Batch for DataLoaders: the successions an agency took part in, either side, oldest first. */
  async successionsOf(agencyIds: readonly string[]): Promise<Map<string, AgencySuccession[]>> {
    const ids = [...agencyIds];
    const rows = await this.em.find(
      AgencySuccession,
      { $or: [{ predecessorId: { $in: ids } }, { successorId: { $in: ids } }] },
      { orderBy: { effectiveOn: 'asc', decidedAt: 'asc' } },
    );
    return new Map(ids.map((id) => [id, rows.filter((row) => row.predecessorId === id || row.successorId === id)]));
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

function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

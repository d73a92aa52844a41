import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, NotFoundError } from '../../shared/errors';
import type { OfficialRole, OfficialViewer } from '../../shared/viewer';
import type { AgencyService } from '../agencies/service';
import { Official } from './entities';
import type { TokenService } from './tokens';

export type { Official } from './entities';
export { TokenService } from './tokens';

export interface OfficialSpec {
  provinceCode: string;
  accountName: string;
  fullName: string;
  agencyCode: string;
  roles: OfficialRole[];
}

export interface SignedIn {
  token: string;
  official: Official;
}

/** Officials' accounts. Until the accounts issue lands, only seeded officials and a dev sign-in. */
export class AccountService {
  constructor(
    private readonly em: EntityManager,
    private readonly agencies: AgencyService,
    private readonly tokens: TokenService,
    private readonly devSignInEnabled: boolean,
  ) {}

  findByIds(ids: readonly string[]): Promise<Official[]> {
    return this.em.find(Official, { id: { $in: [...ids] } });
  }

  /**
   * Signs in a seeded official by account name alone. A stand-in for real sign-in that the
   * configuration refuses to enable in production.
   */
  async devSignIn(provinceCode: string, accountName: string): Promise<SignedIn> {
    if (!this.devSignInEnabled) throw new ForbiddenError('Đăng nhập phát triển đã tắt (development sign-in is disabled)');
    const official = await this.em.findOne(Official, { provinceCode, accountName });
    if (!official) throw new NotFoundError(`Không có tài khoản ${accountName} tại ${provinceCode} (no such official)`);
    return { token: await this.tokens.sign(viewerOf(official)), official };
  }

  async upsertOfficial(spec: OfficialSpec): Promise<Official> {
    const agency = await this.agencies.findByCode(spec.provinceCode, spec.agencyCode);
    if (!agency) throw new Error(`official ${spec.accountName}: agency ${spec.agencyCode} is not known in ${spec.provinceCode}`);
    const official =
      (await this.em.findOne(Official, { provinceCode: spec.provinceCode, accountName: spec.accountName })) ??
      this.em.create(Official, { id: randomUUID(), provinceCode: spec.provinceCode, accountName: spec.accountName } as Official);
    this.em.assign(official, { fullName: spec.fullName, agencyId: agency.id, roles: spec.roles });
    await this.em.flush();
    return official;
  }
}

function viewerOf(official: Official): OfficialViewer {
  return {
    kind: 'official',
    officialId: official.id,
    accountName: official.accountName,
    agencyId: official.agencyId,
    provinceCode: official.provinceCode,
    roles: official.roles,
  };
}

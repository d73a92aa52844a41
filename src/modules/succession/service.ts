import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { ConflictError, ForbiddenError, InputError } from '../../shared/errors';
import { inTransaction } from '../../shared/transaction';
import { isPlatformAdmin, isProvinceDic } from '../../shared/policy';
import { requireOfficial, type Viewer } from '../../shared/viewer';
import type { AccessService } from '../access/service';
import type { AccountService } from '../accounts/service';
import type { Agency, AgencyService, AgencySuccession } from '../agencies/service';
import type { CatalogService } from '../catalog/service';

export interface SucceedAgencyInput {
  /** The predecessor's province; default the decider's own. */
  provinceCode?: string | null;
  agencyCode: string;
  /** The successor may be in another province (the 2025 mergers of provinces). */
  successorProvinceCode?: string | null;
  successorCode: string;
  /** YYYY-MM-DD, on or before today: the hub records a merger that has taken effect. */
  effectiveOn: string;
  /** The decision that merged them, e.g. its number and date. */
  reason: string;
}

/**
 * Agency mergers (REQUIREMENTS §10): from a date an agency is succeeded by another, which
 * takes over its datasets, pending requests, live grants and officials, in one transaction,
 * with the history kept on both sides (successions, ownership transfers, the audit log).
 */
export class SuccessionService {
  constructor(
    private readonly em: EntityManager,
    private readonly agencies: AgencyService,
    private readonly catalog: CatalogService,
    private readonly access: AccessService,
    private readonly accounts: AccountService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async succeedAgency(viewer: Viewer, input: SucceedAgencyInput): Promise<AgencySuccession> {
    const admin = requireOfficial(viewer);
    const provinceCode = input.provinceCode ?? admin.provinceCode;
    const successorProvinceCode = input.successorProvinceCode ?? provinceCode;
    // DIC acts within its province only: a successor in another province takes the platform administrator.
    const mayDecide = isPlatformAdmin(admin) || (isProvinceDic(admin, { provinceCode }) && successorProvinceCode === provinceCode);
    if (!mayDecide) throw new ForbiddenError();
    this.checkInput(input);
    const predecessor = await this.agencyOf(provinceCode, input.agencyCode, 'agencyCode');
    const successor = await this.agencyOf(successorProvinceCode, input.successorCode, 'successorCode');
    if (predecessor.id === successor.id)
      throw new ConflictError('Cơ quan không thể kế thừa chính nó (an agency cannot succeed itself)', 'successorCode');
    if (predecessor.successorId) throw new ConflictError(`${predecessor.name} đã được kế thừa (already succeeded)`, 'agencyCode');
    if (successor.successorId)
      throw new ConflictError(`${successor.name} đã được kế thừa bởi cơ quan khác (the successor was itself succeeded)`, 'successorCode');

    return inTransaction(this.em, async () => {
      const reason = input.reason.trim();
      const datasetsMoved = await this.catalog.transferOwnership(predecessor.id, successor, input.effectiveOn, reason);
      const moved = await this.access.transferAgency(predecessor.id, successor);
      // Account names are unique per province: officials follow only within it (003 §4.2).
      const officialsMoved =
        successor.provinceCode === predecessor.provinceCode
          ? await this.accounts.transferAgencyOfficials(predecessor, successor, admin.officialId, reason)
          : 0;
      const succession = await this.agencies.recordSuccession(predecessor, {
        successorId: successor.id,
        effectiveOn: input.effectiveOn,
        reason,
        decidedBy: admin.officialId,
        decidedAt: this.clock.now(),
        datasetsMoved,
        requestsMoved: moved.requests,
        grantsMoved: moved.grants,
        officialsMoved,
      });
      await this.audit.append({
        actor: admin.officialId,
        action: 'agency.succeeded',
        subjectType: 'agency',
        subjectId: predecessor.id,
        details: {
          successor: `${successor.provinceCode}/${successor.code}`,
          effectiveOn: input.effectiveOn,
          reason,
          datasetsMoved,
          ...moved,
          officialsMoved,
        },
      });
      return succession;
    });
  }

  private checkInput(input: SucceedAgencyInput): void {
    const problems = [];
    const date = /^\d{4}-\d{2}-\d{2}$/.test(input.effectiveOn) ? new Date(`${input.effectiveOn}T00:00:00Z`) : null;
    if (!date || Number.isNaN(date.getTime())) {
      problems.push({ field: 'effectiveOn', message: 'Ngày dạng YYYY-MM-DD (a date as YYYY-MM-DD)' });
    } else if (input.effectiveOn > this.clock.now().toISOString().slice(0, 10)) {
      problems.push({
        field: 'effectiveOn',
        message: 'Ghi nhận việc kế thừa từ ngày có hiệu lực (record a succession once it has taken effect)',
      });
    }
    if (!input.reason.trim())
      problems.push({ field: 'reason', message: 'Cần căn cứ (quyết định sáp nhập) (the merger decision is required)' });
    if (problems.length > 0) throw new InputError(problems);
  }

  private async agencyOf(provinceCode: string, code: string, field: string): Promise<Agency> {
    const agency = await this.agencies.findByCode(provinceCode, code);
    if (!agency) throw new InputError([{ field, message: `Không có cơ quan "${code}" ở ${provinceCode} (no such agency)` }]);
    return agency;
  }
}

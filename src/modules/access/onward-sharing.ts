import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { ConflictError, ForbiddenError, InputError, NotFoundError, type FieldProblem } from '../../shared/errors';
import { inTransaction } from '../../shared/transaction';
import { isDic, isOwnerSteward, isProvinceDic } from '../../shared/policy';
import { hasRole, requireOfficial, type OfficialViewer, type Viewer } from '../../shared/viewer';
import type { CatalogService } from '../catalog/service';
import { AccessGrant } from './entities';
import { OnwardSharingRequest, type ConsentAnswer, type ConsentParty } from './onward-sharing-entity';

export interface RequestOnwardSharingInput {
  grantId: string;
  thirdPartyName: string;
  thirdPartyTaxCode?: string | null;
  purpose: string;
  /** Within the grant's allowed columns. */
  columns: string[];
}

export interface DecideOnwardSharingInput {
  /** Which consent this is: an official may be both DIC and the owner's steward (DIC is often the owner). */
  party: ConsentParty;
  answer: ConsentAnswer;
  /** Mandatory with REFUSE. */
  reason?: string | null;
}

const subject = 'onward_sharing_request';
const required = 'bắt buộc (required)';

/**
 * Onward sharing (002 §26.3): data received under a grant goes to a third party only with the
 * consent of both DIC of the province and the owning agency; either may refuse with a reason.
 * Its own request type, beside the e-form, audited at each step.
 */
export class OnwardSharing {
  constructor(
    private readonly em: EntityManager,
    private readonly catalog: CatalogService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** An official of the grantee agency asks, for a grant in force, to pass some of its columns on. */
  async request(viewer: Viewer, input: RequestOnwardSharingInput): Promise<OnwardSharingRequest> {
    const official = requireOfficial(viewer);
    const grant = await this.em.findOne(AccessGrant, { id: input.grantId });
    if (!grant) throw new NotFoundError(`Không có quyền truy cập ${input.grantId} (no such grant)`);
    if (grant.granteeAgencyId !== official.agencyId) {
      throw new ForbiddenError('Chỉ cơ quan được cấp quyền mới đề nghị chia sẻ tiếp (only the grantee agency may ask to share onward)');
    }
    const now = this.clock.now().getTime();
    if (grant.revokedAt || now < grant.validFrom.getTime() || now > grant.validTo.getTime()) {
      throw new ConflictError('Quyền truy cập không còn hiệu lực (the grant is not in force)', 'grantId');
    }
    const problems = requestProblems(input, grant.allowedColumns);
    if (problems.length > 0) throw new InputError(problems);
    const [dataset] = await this.catalog.findByIds([grant.datasetId]);
    return inTransaction(this.em, async () => {
      const request = this.em.create(OnwardSharingRequest, {
        id: randomUUID(),
        grantId: grant.id,
        datasetId: grant.datasetId,
        ownerAgencyId: dataset.ownerAgencyId,
        provinceCode: dataset.provinceCode,
        requesterAgencyId: official.agencyId,
        submittedBy: official.officialId,
        thirdPartyName: input.thirdPartyName.trim(),
        thirdPartyTaxCode: input.thirdPartyTaxCode?.trim() || null,
        purpose: input.purpose.trim(),
        columns: [...new Set(input.columns)],
        state: 'PENDING',
        submittedAt: this.clock.now(),
      });
      await this.em.flush();
      await this.audit.append({
        actor: official.officialId,
        action: 'access.onward_sharing_requested',
        subjectType: subject,
        subjectId: request.id,
        details: {
          agency: official.agencyId,
          dataset: request.datasetId,
          grant: grant.id,
          thirdParty: request.thirdPartyName,
          columns: request.columns,
        },
        reason: request.purpose,
      });
      return request;
    });
  }

  /**
   * DIC of the province or the owner's steward answers for their party, once. A refusal ends
   * the request (with its reason); the second consent makes it effective.
   */
  async decide(viewer: Viewer, id: string, input: DecideOnwardSharingInput): Promise<OnwardSharingRequest> {
    const official = requireOfficial(viewer);
    const found = await this.em.findOne(OnwardSharingRequest, { id });
    if (!found) throw new NotFoundError(`Không có đề nghị chia sẻ tiếp ${id} (no such onward sharing request)`);
    if (!mayAnswerFor(official, input.party, found)) {
      throw new ForbiddenError(
        input.party === 'DIC'
          ? 'Chỉ Sở TTTT của tỉnh được cho ý kiến thay DIC (only DIC of the province answers as DIC)'
          : 'Chỉ cán bộ quản lý dữ liệu của cơ quan chủ quản được cho ý kiến (only a steward of the owning agency answers as the owner)',
      );
    }
    const reason = input.reason?.trim() || null;
    if (input.answer === 'REFUSE' && !reason) {
      throw new InputError([{ field: 'reason', message: 'từ chối phải nêu lý do (a refusal needs its reason, 002 §26.3)' }]);
    }
    return inTransaction(this.em, async () => {
      const request = await this.em.findOneOrFail(OnwardSharingRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (request.state !== 'PENDING') throw new ConflictError(`Đề nghị đã ${request.state} (already ${request.state})`, 'id');
      const now = this.clock.now();
      if (input.party === 'DIC') {
        if (request.dicConsent) throw new ConflictError('Sở TTTT đã cho ý kiến (DIC has already answered)', 'party');
        Object.assign(request, { dicConsent: input.answer, dicDecidedBy: official.officialId, dicDecidedAt: now, dicReason: reason });
      } else {
        if (request.ownerConsent) throw new ConflictError('Cơ quan chủ quản đã cho ý kiến (the owner has already answered)', 'party');
        Object.assign(request, {
          ownerConsent: input.answer,
          ownerDecidedBy: official.officialId,
          ownerDecidedAt: now,
          ownerReason: reason,
        });
      }
      if (input.answer === 'REFUSE') request.state = 'REJECTED';
      else if (request.dicConsent === 'CONSENT' && request.ownerConsent === 'CONSENT') {
        request.state = 'APPROVED';
        request.effectiveAt = now;
      }
      await this.em.flush();
      await this.audit.append({
        actor: official.officialId,
        action: input.answer === 'CONSENT' ? 'access.onward_sharing_consented' : 'access.onward_sharing_refused',
        subjectType: subject,
        subjectId: request.id,
        details: { agency: official.agencyId, party: input.party, dataset: request.datasetId, state: request.state },
        reason,
      });
      return request;
    });
  }

  /** The requesting agency's onward sharing requests, newest first, with both answers. */
  mine(viewer: Viewer): Promise<OnwardSharingRequest[]> {
    const official = requireOfficial(viewer);
    return this.em.find(OnwardSharingRequest, { requesterAgencyId: official.agencyId }, { orderBy: { submittedAt: 'desc', id: 'desc' } });
  }

  /** PENDING requests still waiting for an answer this viewer may give, as DIC or as the owner, oldest first. */
  async inbox(viewer: Viewer): Promise<OnwardSharingRequest[]> {
    const official = requireOfficial(viewer);
    const asDic = isDic(official);
    const asOwner = hasRole(official, 'DATA_STEWARD');
    if (!asDic && !asOwner) throw new ForbiddenError();
    return this.em.find(
      OnwardSharingRequest,
      {
        state: 'PENDING',
        $or: [
          ...(asDic ? [{ provinceCode: official.provinceCode, dicConsent: null }] : []),
          ...(asOwner ? [{ ownerAgencyId: official.agencyId, ownerConsent: null }] : []),
        ],
      },
      { orderBy: { submittedAt: 'asc', id: 'asc' } },
    );
  }
}

function mayAnswerFor(official: OfficialViewer, party: ConsentParty, request: OnwardSharingRequest): boolean {
  return party === 'DIC' ? isProvinceDic(official, request) : isOwnerSteward(official, request);
}

function requestProblems(input: RequestOnwardSharingInput, allowedColumns: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.thirdPartyName?.trim()) problems.push({ field: 'thirdPartyName', message: required });
  if (!input.purpose?.trim()) problems.push({ field: 'purpose', message: required });
  if (input.columns.length === 0) problems.push({ field: 'columns', message: 'chọn ít nhất một cột (choose at least one column)' });
  const outside = input.columns.filter((column) => !allowedColumns.includes(column));
  if (outside.length > 0) {
    problems.push({
      field: 'columns',
      message: `chỉ trong các cột đã được cấp (only columns of the grant): ${outside.map((column) => JSON.stringify(column)).join(', ')}`,
    });
  }
  return problems;
}

import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../shared/errors';
import { isOwnerSteward, isProvinceDic, requireDic, requireProvinceDic } from '../../shared/policy';
import { groupBy } from '../../shared/group';
import { inTransaction } from '../../shared/transaction';
import type { Viewer } from '../../shared/viewer';
import { agreementDetails, type Agreement } from './agreement';
import { AccessRequest, type AccessGrant, type AccessRequestState } from './entities';
import type { Negotiation } from './negotiation';
import { AccessRequestComment, type CommentAuthorRole } from './negotiation-entities';
import { requesterOrNull, sameRequester } from './requester';

export const dicDecisions = ['CONFIRM', 'REFUSE'] as const;
export type DicDecision = (typeof dicDecisions)[number];

export interface DicConfirmationInput {
  decision: DicDecision;
  /** REFUSE: the mandatory written reason; CONFIRM: an optional note. */
  reason?: string | null;
}

export interface DicConfirmation {
  request: AccessRequest;
  /** Created by CONFIRM. */
  grant: AccessGrant | null;
}

/** Long enough for a reasoned note, short enough that a comment is not a document store. */
const commentMaxLength = 4000;
const subject = 'access_request';

/**
 * 002 §27.1d: for data asked by request form, "DIC together with the data owner reviews and
 * confirms". So DIC of the province sees every e-form request of its province from the day it
 * is filed (not only overdue ones), comments where both parties read it, and — in a province
 * that requires it (HUB_ACCESS_DIC_CONFIRMATION) — confirms the agreed terms before the grant
 * exists, or refuses in writing.
 */
export class DicReview {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly agreement: Agreement,
    private readonly negotiation: Negotiation,
  ) {}

  /** DIC: the province's requests, newest first, optionally in some states (AWAITING_DIC: its confirmations to give). */
  async provinceRequests(viewer: Viewer, states?: readonly AccessRequestState[] | null): Promise<AccessRequest[]> {
    const dic = requireDic(viewer);
    await this.negotiation.expireDue();
    return this.em.find(
      AccessRequest,
      { provinceCode: dic.provinceCode, ...(states && states.length > 0 ? { state: { $in: [...states] } } : {}) },
      { orderBy: { submittedAt: 'desc', id: 'desc' } },
    );
  }

  /** DIC of the request's province confirms the agreed terms (the grant exists from now) or refuses with a reason. */
  async confirm(viewer: Viewer, id: string, input: DicConfirmationInput): Promise<DicConfirmation> {
    const found = await this.em.findOne(AccessRequest, { id });
    if (!found) throw new NotFoundError(`Không có đề nghị ${id} (no such access request)`);
    const dic = requireProvinceDic(viewer, found, 'Chỉ Sở TTTT của tỉnh được xác nhận (only DIC of the province confirms, 002 §27.1d)');
    const reason = input.reason?.trim() || null;
    if (input.decision === 'REFUSE' && !reason) {
      throw new InputError([{ field: 'reason', message: 'từ chối phải nêu rõ lý do bằng văn bản (a refusal needs its written reason)' }]);
    }
    return inTransaction(this.em, async () => {
      const request = await this.em.findOneOrFail(AccessRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (request.state !== 'AWAITING_DIC') {
        throw new ConflictError(`Đề nghị không chờ Sở TTTT xác nhận: ${request.state} (not awaiting DIC)`, 'id');
      }
      const now = this.clock.now();
      Object.assign(request, { dicDecidedBy: dic.officialId, dicDecidedAt: now, dicReason: reason });
      let grant: AccessGrant | null = null;
      if (input.decision === 'CONFIRM') grant = this.agreement.grant(request, now);
      else request.state = 'DIC_REFUSED';
      await this.em.flush();
      await this.audit.append({
        actor: dic.officialId,
        action: input.decision === 'CONFIRM' ? 'access.dic_confirmed' : 'access.dic_refused',
        subjectType: subject,
        subjectId: request.id,
        details: { agency: dic.agencyId, dataset: request.datasetId, ...agreementDetails(request, grant) },
        reason,
      });
      return { request, grant };
    });
  }

  /** The requester, the owner's steward or DIC of the province comments; the others read it on the request. */
  async comment(viewer: Viewer, id: string, body: string): Promise<AccessRequestComment> {
    const text = body.trim();
    const found = await this.em.findOne(AccessRequest, { id });
    if (!found) throw new NotFoundError(`Không có đề nghị ${id} (no such access request)`);
    const role = roleOn(viewer, found);
    if (!role) throw new ForbiddenError('Chỉ hai bên và Sở TTTT của tỉnh được góp ý (only the two parties and DIC comment)');
    if (!text) throw new InputError([{ field: 'body', message: 'bắt buộc (required)' }]);
    if (text.length > commentMaxLength) {
      throw new InputError([{ field: 'body', message: `tối đa ${commentMaxLength} ký tự (at most ${commentMaxLength} characters)` }]);
    }
    const author = viewer.kind === 'official' ? viewer.officialId : requesterOrNull(viewer)!.actor;
    return inTransaction(this.em, async () => {
      const comment = this.em.create(AccessRequestComment, {
        id: randomUUID(),
        requestId: found.id,
        authorId: author,
        authorRole: role,
        body: text,
        createdAt: this.clock.now(),
      });
      await this.em.flush();
      await this.audit.append({
        actor: author,
        action: 'access.commented',
        subjectType: subject,
        subjectId: found.id,
        details: { role, comment: comment.id, dataset: found.datasetId },
      });
      return comment;
    });
  }

  /** Batch for DataLoaders: each request's comments, oldest first. */
  async commentsOf(requestIds: readonly string[]): Promise<Map<string, AccessRequestComment[]>> {
    const comments = await this.em.find(
      AccessRequestComment,
      { requestId: { $in: [...requestIds] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return groupBy(requestIds, comments, (comment) => comment.requestId);
  }
}

/** In which capacity the viewer takes part in the request, if any: its own request first, then DIC, then the owner. */
function roleOn(viewer: Viewer, request: AccessRequest): CommentAuthorRole | null {
  const requester = requesterOrNull(viewer);
  if (requester && sameRequester(requester, request)) return 'REQUESTER';
  if (isProvinceDic(viewer, request)) return 'DIC';
  if (isOwnerSteward(viewer, request)) return 'OWNER';
  return null;
}

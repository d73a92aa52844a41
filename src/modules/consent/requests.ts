import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { ConflictError, InputError, NotFoundError } from '../../shared/errors';
import { isUuid } from '../../shared/identifiers';
import { readText } from '../../shared/text-input';
import { inTransaction } from '../../shared/transaction';
import type { CatalogService } from '../catalog/service';
import { createConsentArtefact, frequencyOf } from './artefact';
import { consentPurpose } from './purposes';
import { ConsentRequest, type ConsentRequestState } from './request-entities';
import { answerByOf, requestProblems, type RequestConsentInput } from './request-input';
import { consentScopeOf } from './scope-check';
import type { CitizenRef, PartnerDirectory, PartnerRef } from './parties';
import { consentRequestEvent, type WebhookQueue } from './webhooks';

const subjectType = 'consent_request';
const longestReason = 500;
/** Requests one client may have awaiting one CCCD's answer: a partner cannot flood a person's app. */
const mostPendingPerCitizen = 3;

/** What ConsentRequestService answers to resolvers and pages: all but the expiry sweep, which is behind `services.trusted`. */
export type ConsentRequestApi = Omit<ConsentRequestService, 'expireUnanswered'>;

/**
 * Partner-initiated consent requests (issue 19 item 2): a partner asks a citizen, known by CCCD,
 * for a consent on stated terms; the citizen approves it in the app with an SMS code — which
 * makes the same consent artefact a direct grant makes — or rejects it; unanswered, it expires.
 * The partner learns the outcome by asking, or by its webhook. Whether a CCCD has an account is
 * never told to the partner: a request for a CCCD nobody holds is filed and expires like any other.
 */
export class ConsentRequestService {
  constructor(
    private readonly em: EntityManager,
    private readonly catalog: CatalogService,
    private readonly partners: PartnerDirectory,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly webhooks: WebhookQueue,
    private readonly publicUrl: string,
  ) {}

  async requestConsent(partner: PartnerRef, input: RequestConsentInput): Promise<ConsentRequest> {
    const now = this.clock.now();
    const problems = requestProblems(input, now);
    const scope = await consentScopeOf(this.catalog, input, problems);
    if (problems.length > 0) throw new InputError(problems);
    // Counts only this client's own requests, so it tells the partner nothing about the person.
    const pending = await this.em.count(ConsentRequest, {
      clientId: partner.clientId,
      citizenCccd: input.citizenCccd,
      state: 'PENDING',
      answerBy: { $gt: now },
    });
    if (pending >= mostPendingPerCitizen) {
      throw new ConflictError(
        `Đã có ${mostPendingPerCitizen} yêu cầu đang chờ người này trả lời (${mostPendingPerCitizen} requests already await this person's answer)`,
        'citizenCccd',
      );
    }
    // The token was checked ACTIVE a moment ago; a name is what the citizen will read.
    const clientName = (await this.partners.activeClientName(partner.clientId)) ?? '';
    const purpose = consentPurpose(input.purposeCode)!;
    return inTransaction(this.em, async () => {
      const request = this.em.create(ConsentRequest, {
        id: randomUUID(),
        clientId: partner.clientId,
        clientName,
        citizenCccd: input.citizenCccd,
        purposeCode: purpose.code,
        purpose: purpose.label,
        scope,
        validFrom: input.validFrom,
        validTo: input.validTo,
        mode: input.mode,
        ...frequencyOf(input),
        retentionDays: input.retentionDays,
        answerBy: answerByOf(input, now),
        state: 'PENDING',
        createdAt: now,
      });
      await this.em.flush();
      await this.audit.append({
        actor: partner.clientId,
        action: 'consent_request.filed',
        subjectType,
        subjectId: request.id,
        details: { purposeCode: request.purposeCode, datasets: scope.map((item) => item.datasetSlug), answerBy: request.answerBy },
      });
      return request;
    });
  }

  /** The partner polls its own request; another partner's id is as unknown as a made-up one. */
  async requestOfPartner(partner: PartnerRef, id: string): Promise<ConsentRequest> {
    const request = isUuid(id) ? await this.em.findOne(ConsentRequest, { id }) : null;
    if (!request || request.clientId !== partner.clientId) throw new NotFoundError('Không có yêu cầu này (no such consent request)');
    return request;
  }

  /** The citizen's requests, newest first. */
  async requestsOf(citizen: CitizenRef, state?: ConsentRequestState | null): Promise<ConsentRequest[]> {
    const requests = await this.em.find(
      ConsentRequest,
      { citizenCccd: citizen.cccd },
      { orderBy: { createdAt: 'desc', id: 'asc' }, limit: 200 },
    );
    return state ? requests.filter((request) => this.stateOf(request) === state) : requests;
  }

  async requestOf(citizen: CitizenRef, id: string): Promise<ConsentRequest> {
    const request = isUuid(id) ? await this.em.findOne(ConsentRequest, { id }) : null;
    if (!request || request.citizenCccd !== citizen.cccd) throw new NotFoundError('Không có yêu cầu này (no such consent request)');
    return request;
  }

  /** The portal page where the citizen answers: the Digital Citizen app opens it in a webview. */
  deeplinkOf(request: ConsentRequest): string {
    return `${this.publicUrl}/my-data/consent-requests/${request.id}`;
  }

  /** As stored, except that a PENDING request past its answer-by time is EXPIRED, sweep or no sweep. */
  stateOf(request: ConsentRequest): ConsentRequestState {
    return request.state === 'PENDING' && this.clock.now() >= request.answerBy ? 'EXPIRED' : request.state;
  }

  /** An SMS code (sent by `sendCode`) for approving a request that is the citizen's and still pending. */
  async sendApprovalCode(citizen: CitizenRef, id: string, sendCode: () => Promise<void>): Promise<ConsentRequest> {
    const request = await this.requestOf(citizen, id);
    this.assertPending(request);
    await sendCode();
    return request;
  }

  /**
   * The citizen approves with the SMS code `proveCode` spends (000 §9.1): the consent artefact is
   * made on the request's terms. The code is checked before the transaction, so a wrong guess
   * stays counted.
   */
  async approve(citizen: CitizenRef, id: string, proveCode: () => Promise<void>): Promise<ConsentRequest> {
    const pending = await this.requestOf(citizen, id);
    this.assertPending(pending);
    // A client DIC revoked since it asked gets no consent (checked before the code is spent).
    if (!(await this.partners.activeClientName(pending.clientId))) {
      throw new ConflictError('Dịch vụ đối tác này không còn hoạt động (the partner service is no longer active)', 'id');
    }
    await proveCode();
    const request = await inTransaction(this.em, async () => {
      const request = await this.lockPending(citizen, id);
      const now = this.clock.now();
      const consent = createConsentArtefact(this.em, request, now);
      Object.assign(request, { state: 'APPROVED', decidedAt: now, consentId: consent.id });
      await this.em.flush();
      await this.auditChange(citizen, 'consent_request.approved', request, { consentId: consent.id });
      await this.audit.append({
        actor: citizenActor(citizen),
        action: 'consent.granted',
        subjectType: 'consent',
        subjectId: consent.id,
        details: { consentId: consent.id, clientId: consent.clientId, purpose: consent.purpose, consentRequestId: request.id },
      });
      return request;
    });
    await this.notify(request);
    return request;
  }

  /** The citizen says no, optionally saying why: the partner reads the reason. */
  async reject(citizen: CitizenRef, id: string, reason?: string | null): Promise<ConsentRequest> {
    const problems: { field: string; message: string }[] = [];
    const why = reason?.trim() ? readText(problems, 'reason', reason, longestReason) : null;
    if (problems.length > 0) throw new InputError(problems);
    const request = await inTransaction(this.em, async () => {
      const request = await this.lockPending(citizen, id);
      Object.assign(request, { state: 'REJECTED', decidedAt: this.clock.now(), rejectionReason: why });
      await this.em.flush();
      await this.auditChange(citizen, 'consent_request.rejected', request, {});
      return request;
    });
    await this.notify(request);
    return request;
  }

  /** The sweep: stores EXPIRED on unanswered requests past their time, audits each and tells its partner. */
  async expireUnanswered(batch = 200): Promise<number> {
    const now = this.clock.now();
    const expired = await inTransaction(this.em, async () => {
      const due = await this.em.find(
        ConsentRequest,
        { state: 'PENDING', answerBy: { $lte: now } },
        { orderBy: { answerBy: 'asc' }, limit: batch, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      for (const request of due) Object.assign(request, { state: 'EXPIRED', decidedAt: now });
      await this.em.flush();
      for (const request of due) {
        await this.audit.append({
          actor: 'system',
          action: 'consent_request.expired',
          subjectType,
          subjectId: request.id,
          details: { answerBy: request.answerBy },
        });
      }
      return due;
    });
    for (const request of expired) await this.notify(request);
    return expired.length;
  }

  private assertPending(request: ConsentRequest): void {
    const state = this.stateOf(request);
    if (state === 'EXPIRED') throw new ConflictError('Yêu cầu đã hết hạn trả lời (the request has expired)', 'id');
    if (state !== 'PENDING') throw new ConflictError('Yêu cầu đã được trả lời (the request was already answered)', 'id');
  }

  private async lockPending(citizen: CitizenRef, id: string): Promise<ConsentRequest> {
    const request = await this.em.findOne(ConsentRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!request || request.citizenCccd !== citizen.cccd) throw new NotFoundError('Không có yêu cầu này (no such consent request)');
    this.assertPending(request);
    return request;
  }

  private auditChange(citizen: CitizenRef, action: string, request: ConsentRequest, details: Record<string, unknown>): Promise<unknown> {
    return this.audit.append({
      actor: citizenActor(citizen),
      action,
      subjectType,
      subjectId: request.id,
      details: { clientId: request.clientId, ...details },
    });
  }

  /**
   * After the commit: a webhook for an outcome that did not happen would be worse than a late
   * one. Should the queue be unreachable the partner still learns the outcome by asking.
   */
  private async notify(request: ConsentRequest): Promise<void> {
    const event = consentRequestEvent(request, this.clock.now());
    await this.webhooks
      .enqueue({ clientId: request.clientId, body: JSON.stringify(event) })
      .catch((error: Error) => console.error(`consent webhook ${event.id} not queued:`, error.message));
  }
}

/** As consents are audited: only the last four digits of the CCCD. */
function citizenActor(citizen: CitizenRef): string {
  return `citizen:${citizen.cccd.slice(-4)}`;
}

import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../shared/errors';
import { isOwnerSteward } from '../../shared/policy';
import { groupBy } from '../../shared/group';
import { inTransaction } from '../../shared/transaction';
import { requireOfficial, type Viewer } from '../../shared/viewer';
import { counterOfferProblems } from './agreed-terms';
import { agreementDetails, type Agreement } from './agreement';
import { AccessRequest, type AccessGrant } from './entities';
import { CounterOffer, type CounterOfferState } from './negotiation-entities';
import { requesterDetails, requesterOf, sameRequester } from './requester';
import { addWorkingDays } from './working-days';

/** The owner's other terms (002 §27.2): a period and/or columns, with a note saying why. */
export interface CounterOfferInput {
  validFrom?: Date | null;
  validTo?: Date | null;
  columns?: string[] | null;
  note?: string | null;
}

export interface Acceptance {
  request: AccessRequest;
  offer: CounterOffer;
  /** Null while DIC must still confirm (002 §27.1d). */
  grant: AccessGrant | null;
}

const subject = 'access_request';

/**
 * 002 §27.2: "the sharing period is agreed by both sides". When the owner will not share what was
 * asked, it proposes other terms; only the requester's acceptance makes them the agreed terms
 * (and the grant, through Agreement). A declined offer hands the request back to the owner, who
 * may offer again or refuse in writing; an offer left unanswered for the configured working days
 * expires, and the request with it. Every step is audited on the request.
 */
export class Negotiation {
  constructor(
    private readonly em: EntityManager,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly agreement: Agreement,
    private readonly answerWorkingDays: number,
  ) {}

  /** A steward of the owning agency proposes other terms for a PENDING request. */
  async offer(viewer: Viewer, id: string, input: CounterOfferInput): Promise<AccessRequest> {
    const steward = requireOfficial(viewer);
    const found = await this.em.findOne(AccessRequest, { id });
    if (!found) throw new NotFoundError(`Không có đề nghị ${id} (no such access request)`);
    if (!isOwnerSteward(viewer, found)) {
      throw new ForbiddenError(
        'Chỉ cán bộ quản lý dữ liệu của cơ quan chủ quản được đề xuất lại (only a steward of the owning agency counter-offers)',
      );
    }
    const problems = counterOfferProblems({ validFrom: input.validFrom, validTo: input.validTo, columns: input.columns }, found);
    if (problems.length > 0) throw new InputError(problems);
    return inTransaction(this.em, async () => {
      const request = await this.lock(id);
      if (request.state !== 'PENDING') {
        throw new ConflictError(
          `Chỉ đề xuất lại khi đề nghị đang chờ: ${request.state} (only a PENDING request; it is ${request.state})`,
          'id',
        );
      }
      const now = this.clock.now();
      const offer = this.em.create(CounterOffer, {
        id: randomUUID(),
        requestId: request.id,
        validFrom: input.validFrom!,
        validTo: input.validTo!,
        columns: [...new Set(input.columns!)],
        note: input.note?.trim() || null,
        offeredBy: steward.officialId,
        offeredAt: now,
        expiresAt: addWorkingDays(now, this.answerWorkingDays),
        state: 'OPEN',
      });
      request.state = 'COUNTER_OFFERED';
      await this.em.flush();
      await this.audit.append({
        actor: steward.officialId,
        action: 'access.counter_offered',
        subjectType: subject,
        subjectId: request.id,
        details: {
          agency: steward.agencyId,
          dataset: request.datasetId,
          offer: offer.id,
          columns: offer.columns,
          validFrom: offer.validFrom.toISOString(),
          validTo: offer.validTo.toISOString(),
          expiresAt: offer.expiresAt.toISOString(),
        },
        reason: offer.note,
      });
      return request;
    });
  }

  /** The requester accepts the open offer before it expires: its terms become the agreed ones. */
  async accept(viewer: Viewer, id: string): Promise<Acceptance> {
    const requester = requesterOf(viewer);
    await this.requireRequester(requester, id);
    await this.expireDue();
    return inTransaction(this.em, async () => {
      const request = await this.lock(id);
      const offer = await this.openOffer(request);
      const now = this.clock.now();
      Object.assign(offer, { state: 'ACCEPTED', answeredBy: requester.actor, answeredAt: now });
      const grant = this.agreement.settle(
        request,
        { validFrom: offer.validFrom, validTo: offer.validTo, columns: offer.columns },
        offer.offeredBy,
        now,
      );
      request.decisionReason = offer.note ?? null;
      await this.em.flush();
      await this.audit.append({
        actor: requester.actor,
        action: 'access.counter_offer_accepted',
        subjectType: subject,
        subjectId: request.id,
        details: { ...requesterDetails(requester), dataset: request.datasetId, offer: offer.id, ...agreementDetails(request, grant) },
      });
      return { request, offer, grant };
    });
  }

  /** The requester declines the open offer, saying why if it likes: the owner decides again. */
  async decline(viewer: Viewer, id: string, note?: string | null): Promise<AccessRequest> {
    const requester = requesterOf(viewer);
    await this.requireRequester(requester, id);
    await this.expireDue();
    return inTransaction(this.em, async () => {
      const request = await this.lock(id);
      const offer = await this.openOffer(request);
      Object.assign(offer, {
        state: 'DECLINED',
        answeredBy: requester.actor,
        answeredAt: this.clock.now(),
        answerNote: note?.trim() || null,
      });
      request.state = 'PENDING';
      await this.em.flush();
      await this.audit.append({
        actor: requester.actor,
        action: 'access.counter_offer_declined',
        subjectType: subject,
        subjectId: request.id,
        details: { ...requesterDetails(requester), dataset: request.datasetId, offer: offer.id },
        reason: offer.answerNote,
      });
      return request;
    });
  }

  /**
   * Offers past their deadline expire, and their requests with them: no grant. Called before the
   * lists and answers that show them, so what anyone sees follows the clock; each expiry is a
   * conditional update, so two callers record it once. Returns how many expired.
   */
  async expireDue(): Promise<number> {
    const now = this.clock.now();
    const due = await this.em.find(CounterOffer, { state: 'OPEN', expiresAt: { $lt: now } });
    let expired = 0;
    for (const offer of due) {
      await inTransaction(this.em, async () => {
        const taken = await this.em.nativeUpdate(CounterOffer, { id: offer.id, state: 'OPEN' }, { state: 'EXPIRED' });
        if (taken === 0) return;
        await this.em.nativeUpdate(AccessRequest, { id: offer.requestId, state: 'COUNTER_OFFERED' }, { state: 'EXPIRED', decidedAt: now });
        await this.audit.append({
          actor: 'system',
          action: 'access.counter_offer_expired',
          subjectType: subject,
          subjectId: offer.requestId,
          details: { offer: offer.id, expiresAt: offer.expiresAt.toISOString() },
        });
        expired += 1;
      });
    }
    // The rows above were changed behind the identity map (by this call or a concurrent one):
    // forget them, so what is asked next is read afresh.
    if (due.length > 0) this.em.clear();
    return expired;
  }

  /** Closes the request's open offer, if any, when the request ends otherwise (withdrawn). */
  async closeOpenOffer(requestId: string, state: Extract<CounterOfferState, 'WITHDRAWN'>): Promise<void> {
    await this.em.nativeUpdate(CounterOffer, { requestId, state: 'OPEN' }, { state, answeredAt: this.clock.now() });
  }

  /** Batch for DataLoaders: each request's offers, oldest first. */
  async offersOf(requestIds: readonly string[]): Promise<Map<string, CounterOffer[]>> {
    const offers = await this.em.find(CounterOffer, { requestId: { $in: [...requestIds] } }, { orderBy: { offeredAt: 'asc', id: 'asc' } });
    return groupBy(requestIds, offers, (offer) => offer.requestId);
  }

  private async requireRequester(requester: ReturnType<typeof requesterOf>, id: string): Promise<void> {
    const request = await this.em.findOne(AccessRequest, { id });
    if (!request) throw new NotFoundError(`Không có đề nghị ${id} (no such access request)`);
    if (!sameRequester(requester, request)) {
      throw new ForbiddenError('Chỉ cơ quan đề nghị trả lời đề xuất (only the requesting agency answers a counter-offer)');
    }
  }

  private async openOffer(request: AccessRequest): Promise<CounterOffer> {
    const offer =
      request.state === 'COUNTER_OFFERED' ? await this.em.findOne(CounterOffer, { requestId: request.id, state: 'OPEN' }) : null;
    if (!offer) {
      const state = request.state === 'EXPIRED' ? 'EXPIRED: đề xuất đã hết hạn (the counter-offer expired)' : request.state;
      throw new ConflictError(`Không có đề xuất đang chờ trả lời: ${state} (no open counter-offer)`, 'id');
    }
    return offer;
  }

  private async lock(id: string): Promise<AccessRequest> {
    const request = await this.em.findOne(AccessRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!request) throw new NotFoundError(`Không có đề nghị ${id} (no such access request)`);
    return request;
  }
}

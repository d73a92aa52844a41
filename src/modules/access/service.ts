import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { actorOf, type AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../shared/errors';
import { isOwnerSteward, isProvinceDic, requireDic } from '../../shared/policy';
import { hasRole, type ClientViewer, type OfficialViewer, type Viewer } from '../../shared/viewer';
import type { CatalogService, Dataset } from '../catalog/service';
import type { DatastoreService } from '../datastore/service';
import { AccessGrant, AccessRequest, openRequestStates } from './entities';
import { Agreement, agreementDetails } from './agreement';
import { outsideRequestProblems } from './agreed-terms';
import { Negotiation } from './negotiation';
import { DicReview } from './dic-review';
import { decisionProblems, submissionProblems, type DecideAccessRequestInput, type SubmitAccessRequestInput } from './validation';
import { isOverdue } from './working-days';
import { byGrantee, byRequester, requesterDetails, requesterOf, requesterOrNull, sameRequester, type Requester } from './requester';
import { groupBy } from '../../shared/group';
import { ErrorReports } from './error-reports';
import { OnwardSharing } from './onward-sharing';
import { deniedReadAction, grantReadAction, GrantUsageReport, internalReadAction } from './usage';
import { inTransaction } from '../../shared/transaction';
import { requireOfficial } from '../../shared/viewer';
import { contactColumns } from '../../shared/contact';

export type { AccessDecision, AccessRequestState, DeliveryForm, RequesterKind } from './entities';
export { AccessGrant, AccessRequest, accessDecisions, accessRequestStates, deliveryForms, requesterKinds } from './entities';
export type { CommentAuthorRole, CounterOfferState } from './negotiation-entities';
export { AccessRequestComment, commentAuthorRoles, CounterOffer, counterOfferStates } from './negotiation-entities';
export type { CounterOfferInput } from './negotiation';
export type { DicConfirmationInput, DicDecision } from './dic-review';
export { dicDecisions } from './dic-review';
export type { DecideAccessRequestInput, SubmitAccessRequestInput } from './validation';
export { addWorkingDays, isOverdue, vietnamDateOf } from './working-days';
export type { DecideOnwardSharingInput, RequestOnwardSharingInput } from './onward-sharing';
export type { FileErrorReportInput } from './error-reports';
export type { GrantUsage } from './usage';
export type { ConsentAnswer, ConsentParty, OnwardSharingState } from './onward-sharing-entity';
export { consentAnswers, consentParties, OnwardSharingRequest, onwardSharingStates } from './onward-sharing-entity';
export type { ErrorReportStatus } from './error-report-entity';
export { DataErrorReport, errorReportStatuses } from './error-report-entity';

/** The working-day settings of the e-form and the provinces whose DIC confirms agreed terms (config.ts). */
export interface AccessSettings {
  overdueWorkingDays: number;
  counterOfferWorkingDays: number;
  dicConfirmationProvinces: readonly string[];
}

export interface Decision {
  request: AccessRequest;
  /** Created by an APPROVE, unless DIC must confirm first (002 §27.1d). */
  grant: AccessGrant | null;
}

/** One read of rows through a grant, as the row service reports it for the audit log. */
export interface GrantedRead {
  versionNumber: number;
  columns: readonly string[];
  rowCount: number;
}

/**
 * What a grant says about a read now: the columns it allows (and the audit entry each read
 * must write first), a refusal saying why, or null when the agency never held a grant for it.
 * Shaped for datastore/rows' RowAccessPolicy, which services.ts plugs it into.
 */
export type GrantAccess =
  | { kind: 'granted'; columns: readonly string[]; recordRead(read: GrantedRead): Promise<void> }
  | { kind: 'denied'; message: string }
  | null;

const requestSubject = 'access_request';
const grantSubject = 'access_grant';

/**
 * What AccessService answers to resolvers, routes, pages and jobs: all but the methods that change state
 * without a viewer (grants handed on by an agency's succession), which are behind `services.trusted`.
 */
export type AccessApi = Omit<AccessService, 'transferAgency'>;

/**
 * The e-form for non-public data (002 §27.2, §26, §28): another agency requests a RESTRICTED
 * dataset, the owning agency's steward approves with the agreed period and columns or refuses
 * in writing, the approval becomes a grant checked on every read, and DIC sees what waits too
 * long. Each step is one transaction with its audit event.
 */
export class AccessService {
  /** After a grant: passing data on (002 §26.3), error reports (§28.4), DIC's usage report (§31.8). */
  readonly onwardSharing: OnwardSharing;
  readonly errorReports: ErrorReports;
  readonly usage: GrantUsageReport;
  /** Terms both sides agree (002 §27.2): counter-offers; DIC's view, comments and confirmation (§27.1d). */
  readonly negotiation: Negotiation;
  readonly dicReview: DicReview;
  private readonly agreement: Agreement;

  constructor(
    private readonly em: EntityManager,
    private readonly catalog: CatalogService,
    private readonly datastore: DatastoreService,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly settings: AccessSettings,
  ) {
    this.onwardSharing = new OnwardSharing(em, catalog, audit, clock);
    this.errorReports = new ErrorReports(em, catalog, audit, clock);
    this.usage = new GrantUsageReport(em, (provinceCode) => catalog.datasetIdsOfProvince(provinceCode));
    this.agreement = new Agreement(em, settings.dicConfirmationProvinces);
    this.negotiation = new Negotiation(em, audit, clock, this.agreement, settings.counterOfferWorkingDays);
    this.dicReview = new DicReview(em, audit, clock, this.agreement, this.negotiation);
  }

  /** 002 §27.2: an official of another agency, or a partner's API client, submits the e-form for a RESTRICTED dataset. */
  async submitAccessRequest(viewer: Viewer, input: SubmitAccessRequestInput): Promise<AccessRequest> {
    const requester = requesterOf(viewer);
    // Trusted lookup: the requester cannot browse another agency's restricted datasets, but names one by its slug.
    const dataset = await this.catalog.findForReview(input.datasetSlug.trim());
    if (!dataset) throw new InputError([{ field: 'datasetSlug', message: `không có bộ dữ liệu "${input.datasetSlug}" (no such dataset)` }]);
    if (dataset.ownerAgencyId === requester.agencyId) {
      throw new InputError([
        {
          field: 'datasetSlug',
          message: 'bộ dữ liệu của chính cơ quan bạn, không cần đề nghị (your own agency’s dataset needs no request)',
        },
      ]);
    }
    if (dataset.accessLevel === 'PUBLIC') {
      throw new InputError([
        {
          field: 'datasetSlug',
          message: 'dữ liệu công khai là dữ liệu mở, không cần đề nghị (PUBLIC data is open data: no request needed, 002 §20.1)',
        },
      ]);
    }
    if (dataset.accessLevel === 'PERSONAL') {
      throw new InputError([
        {
          field: 'datasetSlug',
          message:
            'dữ liệu cá nhân cần sự đồng ý của công dân, không cấp qua biểu mẫu này (PERSONAL data needs the citizen’s consent, not this form)',
        },
      ]);
    }
    const problems = submissionProblems(input, dataset);
    problems.push(...(await this.columnProblems(dataset, input.requestedColumns)));
    if (problems.length > 0) throw new InputError(problems);
    return inTransaction(this.em, async () => {
      const open = await this.em.findOne(AccessRequest, {
        datasetId: dataset.id,
        ...byRequester(requester),
        state: { $in: openRequestStates },
      });
      if (open) {
        throw new ConflictError(
          'Cơ quan, tổ chức của bạn đã có đề nghị đang chờ cho bộ dữ liệu này (you already have a pending request for it)',
          'datasetSlug',
        );
      }
      const request = this.em.create(AccessRequest, {
        id: randomUUID(),
        datasetId: dataset.id,
        ownerAgencyId: dataset.ownerAgencyId,
        provinceCode: dataset.provinceCode,
        requesterKind: requester.kind,
        requesterAgencyId: requester.agencyId,
        requesterOrganisationId: requester.organisationId,
        submittedBy: requester.actor,
        purpose: input.purpose.trim(),
        legalBasis: input.legalBasis.trim(),
        requestedColumns: [...new Set(input.requestedColumns)],
        deliveryForm: input.deliveryForm,
        periodFrom: input.periodFrom.trim(),
        periodTo: input.periodTo.trim(),
        accessFrequency: input.accessFrequency.trim(),
        ...contactColumns(input),
        noOnwardSharing: true,
        feesAcknowledged: input.feesAcknowledged === true,
        state: 'PENDING',
        submittedAt: this.clock.now(),
      });
      await this.em.flush();
      await this.audit.append({
        actor: requester.actor,
        action: 'access.requested',
        subjectType: requestSubject,
        subjectId: request.id,
        details: {
          ...requesterDetails(requester),
          dataset: dataset.id,
          columns: request.requestedColumns,
          deliveryForm: request.deliveryForm,
        },
        reason: request.purpose,
      });
      return request;
    });
  }

  /**
   * The owner's inbox: requests for the datasets of the steward's agency still open on its side
   * (PENDING, or COUNTER_OFFERED awaiting the requester's answer), oldest first.
   */
  async accessRequestInbox(viewer: Viewer): Promise<AccessRequest[]> {
    const steward = requireOfficial(viewer);
    if (!hasRole(viewer, 'DATA_STEWARD')) throw new ForbiddenError();
    await this.negotiation.expireDue();
    return this.em.find(
      AccessRequest,
      { ownerAgencyId: steward.agencyId, state: { $in: ['PENDING', 'COUNTER_OFFERED'] } },
      { orderBy: { submittedAt: 'asc', id: 'asc' } },
    );
  }

  /** The requesting agency's (or partner organisation's) requests, newest first, with their decisions and reasons. */
  async myAccessRequests(viewer: Viewer): Promise<AccessRequest[]> {
    const requester = requesterOf(viewer);
    await this.negotiation.expireDue();
    return this.em.find(AccessRequest, byRequester(requester), { orderBy: { submittedAt: 'desc', id: 'desc' } });
  }

  /**
   * Batch for DataLoaders (002 §30: the catalogue shows the requester its own standing): the
   * requests the viewer's agency or organisation made for each dataset, newest first; none for
   * anyone who cannot file the e-form.
   */
  async ownRequestsOf(viewer: Viewer, datasetIds: readonly string[]): Promise<Map<string, AccessRequest[]>> {
    const requester = requesterOrNull(viewer);
    const rows = requester
      ? await this.em.find(
          AccessRequest,
          { datasetId: { $in: [...datasetIds] }, ...byRequester(requester) },
          { orderBy: { submittedAt: 'desc', id: 'desc' } },
        )
      : [];
    return groupBy(datasetIds, rows, (row) => row.datasetId);
  }

  /** Batch for DataLoaders: the grants the viewer's agency or organisation holds or held for each dataset, newest first. */
  async ownGrantsOf(viewer: Viewer, datasetIds: readonly string[]): Promise<Map<string, AccessGrant[]>> {
    const grantee = requesterOrNull(viewer);
    const rows = grantee
      ? await this.em.find(
          AccessGrant,
          { datasetId: { $in: [...datasetIds] }, ...byGrantee(grantee) },
          { orderBy: { grantedAt: 'desc', id: 'desc' } },
        )
      : [];
    return groupBy(datasetIds, rows, (row) => row.datasetId);
  }

  /** The requesting agency or partner organisation withdraws a request before any grant: an open counter-offer goes with it. */
  async withdrawAccessRequest(viewer: Viewer, id: string): Promise<AccessRequest> {
    const requester = requesterOf(viewer);
    return inTransaction(this.em, async () => {
      const request = await this.lockRequest(id);
      if (!sameRequester(requester, request)) {
        throw new ForbiddenError('Chỉ cơ quan đề nghị được rút đề nghị (only the requesting agency may withdraw)');
      }
      if (!openRequestStates.includes(request.state)) {
        throw new ConflictError(`Đề nghị đã ở trạng thái ${request.state} (already ${request.state})`, 'id');
      }
      await this.negotiation.closeOpenOffer(request.id, 'WITHDRAWN');
      request.state = 'WITHDRAWN';
      request.decidedBy = requester.actor;
      request.decidedAt = this.clock.now();
      await this.em.flush();
      await this.audit.append({
        actor: requester.actor,
        action: 'access.withdrawn',
        subjectType: requestSubject,
        subjectId: request.id,
        details: { ...requesterDetails(requester), dataset: request.datasetId },
      });
      return request;
    });
  }

  /**
   * 002 §27.2: a steward of the owning agency approves with a period and columns within those
   * requested (other terms are a counter-offer the requester accepts: negotiation.ts), which
   * creates a grant — or, where the province's DIC confirms first (002 §27.1d), waits for it — or
   * refuses with a written reason. Once.
   */
  async decideAccessRequest(viewer: Viewer, id: string, input: DecideAccessRequestInput): Promise<Decision> {
    const steward = requireOfficial(viewer);
    const found = await this.em.findOne(AccessRequest, { id });
    if (!found) throw new NotFoundError(`Không có đề nghị ${id} (no such access request)`);
    if (!isOwnerSteward(viewer, found)) {
      throw new ForbiddenError(
        'Chỉ cán bộ quản lý dữ liệu của cơ quan chủ quản được quyết định (only a steward of the owning agency decides)',
      );
    }
    const problems = decisionProblems(input);
    if (input.decision === 'APPROVE') {
      const terms = { validFrom: input.validFrom, validTo: input.validTo, columns: input.allowedColumns };
      problems.push(...outsideRequestProblems(terms, found).filter((problem) => !problems.some((known) => known.field === problem.field)));
    }
    if (problems.length > 0) throw new InputError(problems);
    return inTransaction(this.em, async () => {
      const request = await this.lockRequest(id);
      if (request.state !== 'PENDING') {
        throw new ConflictError(`Đề nghị đã được xử lý: ${request.state} (already ${request.state})`, 'id');
      }
      const now = this.clock.now();
      request.decisionReason = input.reason?.trim() || null;
      let grant: AccessGrant | null = null;
      if (input.decision === 'APPROVE') {
        const terms = { validFrom: input.validFrom!, validTo: input.validTo!, columns: input.allowedColumns! };
        grant = this.agreement.settle(request, terms, steward.officialId, now);
      } else {
        request.state = 'REJECTED';
        request.decidedBy = steward.officialId;
        request.decidedAt = now;
      }
      await this.em.flush();
      await this.audit.append({
        actor: steward.officialId,
        action: input.decision === 'APPROVE' ? 'access.approved' : 'access.rejected',
        subjectType: requestSubject,
        subjectId: request.id,
        details: {
          agency: steward.agencyId,
          dataset: request.datasetId,
          grantee: request.requesterAgencyId ?? request.requesterOrganisationId,
          ...(input.decision === 'APPROVE' ? agreementDetails(request, grant) : {}),
        },
        reason: request.decisionReason,
      });
      return { request, grant };
    });
  }

  /** The owner's steward, or DIC of the dataset's province, revokes a grant: the next read is refused. */
  async revokeGrant(viewer: Viewer, id: string, reason: string): Promise<AccessGrant> {
    const official = requireOfficial(viewer);
    const why = reason.trim();
    const found = await this.em.findOne(AccessGrant, { id });
    if (!found) throw new NotFoundError(`Không có quyền truy cập ${id} (no such grant)`);
    const [dataset] = await this.catalog.findByIds([found.datasetId]);
    if (!isOwnerSteward(viewer, dataset) && !isProvinceDic(viewer, dataset)) {
      throw new ForbiddenError('Chỉ cơ quan chủ quản hoặc Sở TTTT được thu hồi (only the owner’s steward or DIC may revoke)');
    }
    if (!why) throw new InputError([{ field: 'reason', message: 'thu hồi phải nêu lý do (a revocation needs its reason)' }]);
    return inTransaction(this.em, async () => {
      const grant = await this.em.findOneOrFail(AccessGrant, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      if (grant.revokedAt) throw new ConflictError('Quyền truy cập đã bị thu hồi (already revoked)', 'id');
      grant.revokedAt = this.clock.now();
      grant.revokedBy = official.officialId;
      grant.revokeReason = why;
      await this.em.flush();
      await this.audit.append({
        actor: official.officialId,
        action: 'access.grant_revoked',
        subjectType: grantSubject,
        subjectId: grant.id,
        details: { agency: official.agencyId, dataset: grant.datasetId, grantee: grant.granteeAgencyId ?? grant.granteeOrganisationId },
        reason: why,
      });
      return grant;
    });
  }

  /**
   * For DIC of the province: requests PENDING longer than the configured working days
   * (Mon–Fri but Vietnam's public holidays; working-days.ts), oldest first.
   */
  async overdueAccessRequests(viewer: Viewer): Promise<AccessRequest[]> {
    const dic = requireDic(viewer);
    const now = this.clock.now();
    const pending = await this.em.find(
      AccessRequest,
      { provinceCode: dic.provinceCode, state: 'PENDING', submittedAt: { $lt: now } },
      { orderBy: { submittedAt: 'asc', id: 'asc' } },
    );
    return pending.filter((request) => isOverdue(request.submittedAt, now, this.settings.overdueWorkingDays));
  }

  /** Batch for DataLoaders: the grant an approval created, by request id. */
  async grantsOf(requestIds: readonly string[]): Promise<Map<string, AccessGrant>> {
    const grants = await this.em.find(AccessGrant, { requestId: { $in: [...requestIds] } });
    return new Map(grants.map((grant) => [grant.requestId, grant]));
  }

  /**
   * Checked on every row read of a RESTRICTED dataset by another agency, at request time with
   * the injected clock. The newest grant in force for the viewer's agency, or a client's partner
   * organisation, decides the columns (validFrom ≤ now ≤ validTo, not revoked); otherwise the
   * newest grant says why not. Every refusal is recorded for DIC's usage report (002 §31.8)
   * before it is answered: when that record cannot be written the read fails all the same.
   */
  async grantAccess(viewer: OfficialViewer | ClientViewer, dataset: Dataset): Promise<GrantAccess> {
    const grantee = requesterOf(viewer);
    const grants = await this.em.find(
      AccessGrant,
      { datasetId: dataset.id, ...byGrantee(grantee) },
      { orderBy: { grantedAt: 'desc', id: 'desc' } },
    );
    const access = this.accessThrough(grantee, dataset, grants);
    if (access?.kind === 'granted') return access;
    await this.audit.append({
      actor: grantee.actor,
      action: deniedReadAction,
      subjectType: 'dataset',
      subjectId: dataset.id,
      details: { ...requesterDetails(grantee), dataset: dataset.id, grant: grants[0]?.id ?? null },
      reason: access?.message ?? 'no grant',
    });
    return access;
  }

  /**
   * The owner's or DIC's own read of RESTRICTED or PERSONAL rows: one audit entry per read, like a
   * grantee's, in the read's path (fail closed). Open data is not recorded.
   */
  async recordInternalRead(viewer: Viewer, dataset: Dataset, read: GrantedRead): Promise<void> {
    await this.audit.append({
      actor: actorOf(viewer),
      action: internalReadAction,
      subjectType: 'dataset',
      subjectId: dataset.id,
      details: {
        ...(viewer.kind === 'official' ? { agency: viewer.agencyId } : {}),
        dataset: dataset.id,
        version: read.versionNumber,
        columns: [...read.columns],
        rows: read.rowCount,
      },
    });
  }

  /** Newest first: the grants of the viewer's agency or organisation for the dataset. */
  private accessThrough(grantee: Requester, dataset: Dataset, grants: AccessGrant[]): GrantAccess {
    if (grants.length === 0) return null;
    const now = this.clock.now().getTime();
    const active = grants.find((grant) => !grant.revokedAt && grant.validFrom.getTime() <= now && now <= grant.validTo.getTime());
    if (active) {
      return {
        kind: 'granted',
        columns: active.allowedColumns,
        // Fail closed: when the audit log cannot be written, this throws and the read fails.
        recordRead: async (read) => {
          await this.audit.append({
            actor: grantee.actor,
            action: grantReadAction,
            subjectType: grantSubject,
            subjectId: active.id,
            details: {
              ...requesterDetails(grantee),
              dataset: dataset.id,
              version: read.versionNumber,
              columns: [...read.columns],
              rows: read.rowCount,
            },
          });
        },
      };
    }
    const [newest] = grants;
    if (newest.revokedAt) {
      return {
        kind: 'denied',
        message: `Quyền truy cập đã bị thu hồi lúc ${newest.revokedAt.toISOString()} (your agency's grant was revoked: ${newest.revokeReason ?? ''})`,
      };
    }
    if (now > newest.validTo.getTime()) {
      return {
        kind: 'denied',
        message: `Quyền truy cập đã hết hạn lúc ${newest.validTo.toISOString()} (your agency's grant expired)`,
      };
    }
    return {
      kind: 'denied',
      message: `Quyền truy cập chưa có hiệu lực, bắt đầu từ ${newest.validFrom.toISOString()} (your agency's grant is not yet valid)`,
    };
  }

  /** Requested columns must be fields of the latest version's Table Schema. */
  private async columnProblems(dataset: Dataset, requested: readonly string[]): Promise<{ field: string; message: string }[]> {
    const [latest] = (await this.datastore.versionsOf([dataset.id])).get(dataset.id) ?? [];
    if (!latest) return [{ field: 'datasetSlug', message: 'bộ dữ liệu chưa có phiên bản nào (the dataset has no version yet)' }];
    const fields = ((latest.tableSchema.fields ?? []) as { name: string }[]).map((field) => field.name);
    const unknown = requested.filter((column) => !fields.includes(column));
    if (unknown.length === 0) return [];
    return [
      {
        field: 'requestedColumns',
        message: `không có trong Table Schema của phiên bản ${latest.number} (not in the latest version's schema): ${unknown.map((column) => JSON.stringify(column)).join(', ')}`,
      },
    ];
  }

  /**
   * Trusted: an agency merger (REQUIREMENTS §10). Pending requests move to the successor's inbox
   * or are pursued by it; live grants pass to it. Decided requests and ended grants keep the
   * predecessor, as history.
   */
  async transferAgency(fromAgencyId: string, to: { id: string; provinceCode: string }): Promise<{ requests: number; grants: number }> {
    // Every request still open moves: pending, counter-offered, awaiting DIC.
    const pending = { state: { $in: openRequestStates } };
    const owned = await this.em.nativeUpdate(
      AccessRequest,
      { ...pending, ownerAgencyId: fromAgencyId },
      // The dataset moved province with its owner: so does whose DIC watches the request.
      { ownerAgencyId: to.id, provinceCode: to.provinceCode },
    );
    const asked = await this.em.nativeUpdate(AccessRequest, { ...pending, requesterAgencyId: fromAgencyId }, { requesterAgencyId: to.id });
    const grants = await this.em.nativeUpdate(
      AccessGrant,
      { granteeAgencyId: fromAgencyId, revokedAt: null, validTo: { $gte: this.clock.now() } },
      { granteeAgencyId: to.id },
    );
    return { requests: owned + asked, grants };
  }

  private async lockRequest(id: string): Promise<AccessRequest> {
    const request = await this.em.findOne(AccessRequest, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
    if (!request) throw new NotFoundError(`Không có đề nghị ${id} (no such access request)`);
    return request;
  }
}

import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../audit/service';
import type { Clock } from '../../shared/clock';
import { ConflictError, InputError, NotFoundError, type FieldProblem } from '../../shared/errors';
import { inTransaction } from '../../shared/transaction';
import type { Viewer } from '../../shared/viewer';
import type { CatalogService, Dataset } from '../catalog/service';
import { Consent, ConsentAccess, PersonalRecord, type ConsentScopeItem, type ConsentState } from './entities';
import { grantProblems, type GrantConsentInput } from './grant-input';
import { createConsentArtefact } from './artefact';
import { consentReceipt } from './receipt';
import { consentScopeOf, fieldsOf } from './scope-check';
import { ConsentRefused, type ConsentRefusalCode } from './refusals';
import type { CitizenRef, PartnerDirectory, PartnerRef } from './parties';

export type { Consent, ConsentAccess, ConsentMode, ConsentState, ConsentTermsColumns, FrequencyPeriod, PersonalRecord } from './entities';
export { consentModes, consentStates, frequencyPeriods } from './entities';
export type { GrantConsentInput } from './grant-input';
export { ConsentRefused, consentRefusals, type ConsentRefusalCode } from './refusals';
export type { ConsentRequest, ConsentRequestState } from './request-entities';
export { consentRequestStates } from './request-entities';
export type { RequestConsentInput } from './request-input';
export { consentPurposes, type ConsentPurposeCode } from './purposes';
export { ConsentRequestService, type ConsentRequestApi } from './requests';
export { ConsentWebhooks, type ConsentWebhooksApi, type WebhookDelivery, type WebhookQueue } from './webhooks';
export { signatureHeader, verifyBody } from './webhook-signature';
export type { CitizenRef, PartnerDirectory, PartnerRef } from './parties';

export interface RecordsRequest {
  /** One dataset of the consent; all of them when absent. */
  datasetSlug?: string | null;
  /** Some of the consented fields; all of them when absent. */
  fields?: string[] | null;
}

export interface ConsentedRecord {
  datasetSlug: string;
  sourceAgencyId: string;
  updatedAt: Date;
  data: Record<string, unknown>;
}

export interface ConsentedRecords {
  consentId: string;
  purpose: string;
  /** The partner must delete what it read by then (the consent's retention). */
  retainUntil: Date;
  records: ConsentedRecord[];
}

/** One line of "who read my data": when, which partner, for what, which fields, and whether it was allowed. */
export interface DataAccessView {
  at: Date;
  consentId: string;
  partnerName: string;
  purpose: string;
  fields: string[];
  records: number;
  /** ALLOWED, or the code of the refusal. */
  outcome: string;
}

const periodDays = { DAY: 1, WEEK: 7, MONTH: 30 } as const;

/**
 * What ConsentService answers to resolvers, routes, pages and jobs: all but the methods that change state
 * without a viewer (citizens' records loaded by the catalogue import), which are behind `services.trusted`.
 */
export type ConsentApi = Omit<ConsentService, 'seedRecords'>;

/**
 * Citizen-consented data (004 §2.5a, §7.2; REQUIREMENTS §6): agencies publish citizen-linked
 * records into PERSONAL datasets; a partner reads a citizen's records only under that citizen's
 * live consent — checked on every request, with no cache — and every attempt is logged for the
 * citizen and audited with the consent's id.
 */
export class ConsentService {
  constructor(
    private readonly em: EntityManager,
    private readonly catalog: CatalogService,
    private readonly partners: PartnerDirectory,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  /** The owner's steward publishes (or updates) records of a PERSONAL dataset, keyed by CCCD. */
  async publishRecords(viewer: Viewer, datasetSlug: string, records: { cccd: string; data: Record<string, unknown> }[]): Promise<number> {
    const dataset = await this.catalog.findManaged(viewer, datasetSlug);
    const problems = this.recordProblems(dataset, records);
    if (problems.length > 0) throw new InputError(problems);
    return this.storeRecords(dataset, records);
  }

  /** Trusted: seeding of the synthetic people (catalog as code). */
  async seedRecords(datasetSlug: string, records: { cccd: string; data: Record<string, unknown> }[]): Promise<number> {
    const dataset = await this.catalog.findForReview(datasetSlug);
    if (!dataset) throw new Error(`personal records: no dataset ${datasetSlug}`);
    const problems = this.recordProblems(dataset, records);
    if (problems.length > 0)
      throw new Error(`personal records of ${datasetSlug}: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`);
    return this.storeRecords(dataset, records);
  }

  async grantConsent(citizen: CitizenRef, input: GrantConsentInput): Promise<Consent> {
    const problems = grantProblems(input);
    const scope = await consentScopeOf(this.catalog, input, problems);
    const clientName = await this.partners.activeClientName(input.clientId);
    if (!clientName) problems.push({ field: 'clientId', message: 'Không có dịch vụ đối tác này (no such active partner service)' });
    if (problems.length > 0) throw new InputError(problems);

    const now = this.clock.now();
    return inTransaction(this.em, async () => {
      const consent = createConsentArtefact(
        this.em,
        { ...input, citizenCccd: citizen.cccd, clientName: clientName!, purpose: input.purpose.trim(), scope },
        now,
      );
      await this.em.flush();
      await this.auditConsent(citizen.cccd, 'consent.granted', consent, { clientId: consent.clientId, purpose: consent.purpose });
      return consent;
    });
  }

  pauseConsent(citizen: CitizenRef, consentId: string): Promise<Consent> {
    return this.change(citizen, consentId, 'consent.paused', (consent, now) => {
      if (consent.state !== 'ACTIVE') return 'Chỉ tạm dừng được sự đồng ý đang hiệu lực (only an active consent can be paused)';
      consent.state = 'PAUSED';
      consent.pausedAt = now;
      return null;
    });
  }

  resumeConsent(citizen: CitizenRef, consentId: string): Promise<Consent> {
    return this.change(citizen, consentId, 'consent.resumed', (consent) => {
      if (consent.state !== 'PAUSED') return 'Chỉ tiếp tục được sự đồng ý đang tạm dừng (only a paused consent can be resumed)';
      consent.state = 'ACTIVE';
      consent.pausedAt = null;
      return null;
    });
  }

  /** One action, effective on the partner's very next request. */
  revokeConsent(citizen: CitizenRef, consentId: string): Promise<Consent> {
    return this.change(citizen, consentId, 'consent.revoked', (consent, now) => {
      if (consent.state === 'REVOKED') return 'Sự đồng ý đã được rút lại (already revoked)';
      consent.state = 'REVOKED';
      consent.revokedAt = now;
      return null;
    });
  }

  /** ACTIVE, PAUSED or REVOKED as stored; EXPIRED once its period is over (unless revoked). */
  stateOf(consent: Consent): ConsentState {
    if (consent.state === 'REVOKED') return 'REVOKED';
    return this.clock.now() > consent.validTo ? 'EXPIRED' : consent.state;
  }

  consentsOf(citizen: CitizenRef): Promise<Consent[]> {
    return this.em.find(Consent, { citizenCccd: citizen.cccd }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  /** Who read (or tried to read) the citizen's data: when, under which consent, which fields. */
  async accessesOf(citizen: CitizenRef, limit = 200): Promise<DataAccessView[]> {
    const accesses = await this.em.find(ConsentAccess, { citizenCccd: citizen.cccd }, { orderBy: { at: 'desc', id: 'asc' }, limit });
    const consents = new Map(
      (await this.em.find(Consent, { id: { $in: [...new Set(accesses.map((access) => access.consentId))] } })).map((consent) => [
        consent.id,
        consent,
      ]),
    );
    return accesses.map((access) => {
      const consent = consents.get(access.consentId)!;
      return {
        at: access.at,
        consentId: access.consentId,
        partnerName: consent.clientName,
        purpose: consent.purpose,
        fields: access.fields,
        records: access.records,
        outcome: access.outcome,
      };
    });
  }

  async receipt(citizen: CitizenRef, consentId: string): Promise<{ consent: Consent; text: string }> {
    const consent = await this.ownConsent(citizen, consentId);
    const datasets = await this.catalog.findByIds(consent.scope.map((item) => item.datasetId));
    const titles = new Map(datasets.map((dataset) => [dataset.id, dataset.title]));
    return { consent, text: consentReceipt(consent, this.stateOf(consent), titles) };
  }

  /**
   * A partner reads under a consent. The consent row is locked for the check and the log, so
   * two reads at once cannot both take the last one allowed; a refusal is logged, then thrown.
   */
  async readRecords(partner: PartnerRef, consentId: string, request: RecordsRequest = {}): Promise<ConsentedRecords> {
    const outcome = await inTransaction(this.em, async () => {
      const consent = isUuid(consentId)
        ? await this.em.findOne(Consent, { id: consentId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true })
        : null;
      // Another partner's consent id is as unknown as a made-up one.
      if (!consent || consent.clientId !== partner.clientId) return null;
      const now = this.clock.now();
      const refusal = await this.refusalOf(consent, request, now);
      if (refusal) {
        await this.logAccess(consent, [], [], 0, refusal.code, now);
        return { refusal, records: null };
      }
      const { items, fields } = selected(consent, request);
      const rows = await this.em.find(PersonalRecord, {
        datasetId: { $in: items.map((item) => item.datasetId) },
        subjectCccd: consent.citizenCccd,
      });
      const records = rows.map((row) => {
        const item = items.find((each) => each.datasetId === row.datasetId)!;
        const allowed = item.fields.filter((field) => fields === null || fields.includes(field));
        return {
          datasetSlug: item.datasetSlug,
          sourceAgencyId: row.sourceAgencyId,
          updatedAt: row.updatedAt,
          data: Object.fromEntries(allowed.map((field) => [field, row.data[field] ?? null])),
        };
      });
      await this.logAccess(consent, items, fields ?? [...new Set(items.flatMap((item) => item.fields))], records.length, 'ALLOWED', now);
      const retainUntil = new Date(now.getTime() + consent.retentionDays * 86_400_000);
      return { refusal: null, records: { consentId: consent.id, purpose: consent.purpose, retainUntil, records } };
    });
    if (!outcome) throw new NotFoundError('Không có sự đồng ý này cho dịch vụ của bạn (no such consent for your client)');
    if (outcome.refusal) throw new ConsentRefused(outcome.refusal.code, outcome.refusal.detail);
    return outcome.records!;
  }

  private async refusalOf(
    consent: Consent,
    request: RecordsRequest,
    now: Date,
  ): Promise<{ code: ConsentRefusalCode; detail?: string } | null> {
    const state = this.stateOf(consent);
    if (state === 'REVOKED') return { code: 'CONSENT_REVOKED' };
    if (state === 'EXPIRED') return { code: 'CONSENT_EXPIRED' };
    if (state === 'PAUSED') return { code: 'CONSENT_PAUSED' };
    if (now < consent.validFrom) return { code: 'CONSENT_NOT_STARTED' };
    const outside = outOfScope(consent, request);
    if (outside) return { code: 'CONSENT_OUT_OF_SCOPE', detail: outside };
    const since =
      consent.mode === 'ONE_TIME' ? consent.createdAt : new Date(now.getTime() - periodDays[consent.period ?? 'DAY'] * 86_400_000);
    const used = await this.em.count(ConsentAccess, { consentId: consent.id, outcome: 'ALLOWED', at: { $gte: since } });
    if (used >= consent.maxReads) return { code: 'CONSENT_FREQUENCY_EXCEEDED', detail: `${used}/${consent.maxReads}` };
    return null;
  }

  private async logAccess(
    consent: Consent,
    items: ConsentScopeItem[],
    fields: string[],
    records: number,
    outcome: string,
    now: Date,
  ): Promise<void> {
    this.em.create(ConsentAccess, {
      id: randomUUID(),
      consentId: consent.id,
      citizenCccd: consent.citizenCccd,
      clientId: consent.clientId,
      datasetId: items.length === 1 ? items[0].datasetId : null,
      fields,
      records,
      outcome,
      at: now,
    });
    await this.em.flush();
    // Fail closed: if the audit log cannot be written, the read is not served.
    await this.audit.append({
      actor: consent.clientId,
      action: outcome === 'ALLOWED' ? 'consent.read' : 'consent.read.refused',
      subjectType: 'consent',
      subjectId: consent.id,
      details: {
        consentId: consent.id,
        purpose: consent.purpose,
        datasets: items.map((item) => item.datasetSlug),
        fields,
        records,
        outcome,
      },
    });
  }

  private async change(
    citizen: CitizenRef,
    consentId: string,
    action: string,
    apply: (consent: Consent, now: Date) => string | null,
  ): Promise<Consent> {
    return inTransaction(this.em, async () => {
      const consent = await this.ownConsent(citizen, consentId, true);
      if (this.stateOf(consent) === 'EXPIRED' && action !== 'consent.revoked') {
        throw new ConflictError('Sự đồng ý đã hết hạn (the consent has expired)', 'consentId');
      }
      const refused = apply(consent, this.clock.now());
      if (refused) throw new ConflictError(refused, 'consentId');
      await this.em.flush();
      await this.auditConsent(citizen.cccd, action, consent, {});
      return consent;
    });
  }

  private async ownConsent(citizen: CitizenRef, consentId: string, lock = false): Promise<Consent> {
    const consent = isUuid(consentId)
      ? await this.em.findOne(Consent, { id: consentId }, lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {})
      : null;
    if (!consent || consent.citizenCccd !== citizen.cccd) throw new NotFoundError('Không có sự đồng ý này (no such consent)');
    return consent;
  }

  private auditConsent(cccd: string, action: string, consent: Consent, details: Record<string, unknown>): Promise<unknown> {
    return this.audit.append({
      actor: `citizen:${cccd.slice(-4)}`,
      action,
      subjectType: 'consent',
      subjectId: consent.id,
      details: { consentId: consent.id, ...details },
    });
  }

  private recordProblems(dataset: Dataset, records: { cccd: string; data: Record<string, unknown> }[]): FieldProblem[] {
    if (dataset.accessLevel !== 'PERSONAL') return [{ field: 'datasetSlug', message: 'Chỉ bộ dữ liệu cá nhân (PERSONAL datasets only)' }];
    const known = fieldsOf(dataset);
    return records.flatMap((record, index) => [
      ...(/^\d{12}$/.test(record.cccd) ? [] : [{ field: `records.${index}.cccd`, message: 'CCCD gồm 12 chữ số (12 digits)' }]),
      ...Object.keys(record.data)
        .filter((field) => !known.includes(field))
        .map((field) => ({
          field: `records.${index}.data.${field}`,
          message: 'Trường không có trong Table Schema (not a field of the dataset)',
        })),
    ]);
  }

  private async storeRecords(dataset: Dataset, records: { cccd: string; data: Record<string, unknown> }[]): Promise<number> {
    const now = this.clock.now();
    for (const record of records) {
      await this.em.execute(
        `insert into personal_record (id, dataset_id, subject_cccd, source_agency_id, data, updated_at) values (?, ?, ?, ?, ?, ?)
         on conflict (dataset_id, subject_cccd) do update set data = excluded.data, source_agency_id = excluded.source_agency_id, updated_at = excluded.updated_at`,
        [randomUUID(), dataset.id, record.cccd, dataset.ownerAgencyId, JSON.stringify(record.data), now],
      );
    }
    return records.length;
  }
}

/** The part of the scope a request asks for; null fields means all consented ones. */
function selected(consent: Consent, request: RecordsRequest): { items: ConsentScopeItem[]; fields: string[] | null } {
  const items = request.datasetSlug ? consent.scope.filter((item) => item.datasetSlug === request.datasetSlug) : consent.scope;
  return { items, fields: request.fields && request.fields.length > 0 ? request.fields : null };
}

function outOfScope(consent: Consent, request: RecordsRequest): string | null {
  const { items, fields } = selected(consent, request);
  if (items.length === 0) return `${request.datasetSlug}`;
  const consented = new Set(items.flatMap((item) => item.fields));
  const extra = (fields ?? []).filter((field) => !consented.has(field));
  return extra.length > 0 ? extra.join(', ') : null;
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

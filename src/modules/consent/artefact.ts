import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Consent, type ConsentMode, type ConsentTermsColumns, type FrequencyPeriod } from './entities';

/** What a consent artefact records, whether the citizen granted it directly or approved a partner's request. */
export type ConsentArtefactTerms = Omit<ConsentTermsColumns, 'maxReads' | 'period'> & {
  citizenCccd: string;
  clientId: string;
  clientName: string;
  maxReads?: number | null;
  period?: FrequencyPeriod | null;
};

/** ONE_TIME is one read in all and no period; PERIODIC keeps what was asked (checked by termsProblems). */
export function frequencyOf(terms: { mode: ConsentMode; maxReads?: number | null; period?: FrequencyPeriod | null }): {
  maxReads: number;
  period: FrequencyPeriod | null;
} {
  return terms.mode === 'ONE_TIME' ? { maxReads: 1, period: null } : { maxReads: terms.maxReads!, period: terms.period! };
}

/** A new ACTIVE consent with its receipt number; the caller flushes and audits. */
export function createConsentArtefact(em: EntityManager, terms: ConsentArtefactTerms, now: Date): Consent {
  return em.create(Consent, {
    id: randomUUID(),
    receiptNumber: `DY-${now.getUTCFullYear()}-${randomUUID().slice(0, 8).toUpperCase()}`,
    citizenCccd: terms.citizenCccd,
    clientId: terms.clientId,
    clientName: terms.clientName,
    purpose: terms.purpose,
    scope: terms.scope,
    validFrom: terms.validFrom,
    validTo: terms.validTo,
    mode: terms.mode,
    ...frequencyOf(terms),
    retentionDays: terms.retentionDays,
    state: 'ACTIVE',
    createdAt: now,
  });
}

import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AgreedTerms } from './agreed-terms';
import { AccessGrant, type AccessRequest } from './entities';

/**
 * Where both sides' agreement leads (002 §27.2, §27.1d): the terms are recorded on the request,
 * then either the grant exists at once or, in a province whose DIC confirms e-form requests
 * (HUB_ACCESS_DIC_CONFIRMATION), the request waits for DIC. One place, so an approval and an
 * accepted counter-offer cannot part ways. Callers hold the request's lock and flush.
 */
export class Agreement {
  constructor(
    private readonly em: EntityManager,
    private readonly dicConfirmationProvinces: readonly string[],
  ) {}

  /** The owner's official who agreed is `agreedBy`; the grant, if any, is returned. */
  settle(request: AccessRequest, terms: AgreedTerms, agreedBy: string, now: Date): AccessGrant | null {
    request.agreedFrom = terms.validFrom;
    request.agreedTo = terms.validTo;
    request.agreedColumns = [...new Set(terms.columns)];
    request.decidedBy = agreedBy;
    request.decidedAt = now;
    if (this.dicConfirmationProvinces.includes(request.provinceCode)) {
      request.state = 'AWAITING_DIC';
      return null;
    }
    return this.grant(request, now);
  }

  /** The grant of the agreed terms: at once, or when DIC confirms. */
  grant(request: AccessRequest, now: Date): AccessGrant {
    request.state = 'APPROVED';
    return this.em.create(AccessGrant, {
      id: randomUUID(),
      requestId: request.id,
      datasetId: request.datasetId,
      granteeAgencyId: request.requesterAgencyId,
      granteeOrganisationId: request.requesterOrganisationId,
      allowedColumns: request.agreedColumns!,
      validFrom: request.agreedFrom!,
      validTo: request.agreedTo!,
      grantedBy: request.decidedBy!,
      grantedAt: now,
    });
  }
}

/** How the audit log records agreed terms and what they led to. */
export function agreementDetails(request: AccessRequest, grant: AccessGrant | null): Record<string, unknown> {
  return {
    state: request.state,
    columns: request.agreedColumns,
    validFrom: request.agreedFrom?.toISOString(),
    validTo: request.agreedTo?.toISOString(),
    grant: grant?.id ?? null,
  };
}

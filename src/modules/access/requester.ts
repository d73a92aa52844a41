import { ForbiddenError } from '../../shared/errors';
import { hasScope, type Viewer } from '../../shared/viewer';
import type { RequesterKind } from './entities';

/**
 * Who submits an e-form and holds what it grants (002 §27.2): an official's agency, or the
 * partner organisation behind an API client with `rows:read` (002 §27.1b). Rows of requests
 * and grants name exactly one of the two.
 */
export interface Requester {
  kind: RequesterKind;
  agencyId: string | null;
  organisationId: string | null;
  /** The official or the client, as the audit log names them. */
  actor: string;
}

export function requesterOf(viewer: Viewer): Requester {
  if (viewer.kind === 'official') return { kind: 'AGENCY', agencyId: viewer.agencyId, organisationId: null, actor: viewer.officialId };
  if (hasScope(viewer, 'rows:read')) {
    return { kind: 'ORGANISATION', agencyId: null, organisationId: viewer.organisationId, actor: viewer.clientId };
  }
  throw new ForbiddenError();
}

/** The requester behind a viewer, or null for anyone who cannot file the e-form (anonymous, citizens, other clients). */
export function requesterOrNull(viewer: Viewer): Requester | null {
  return viewer.kind === 'official' || hasScope(viewer, 'rows:read') ? requesterOf(viewer) : null;
}

/** Requests of this requester. */
export function byRequester(requester: Requester) {
  return requester.kind === 'AGENCY' ? { requesterAgencyId: requester.agencyId } : { requesterOrganisationId: requester.organisationId };
}

/** Grants held by this requester. */
export function byGrantee(requester: Requester) {
  return requester.kind === 'AGENCY' ? { granteeAgencyId: requester.agencyId } : { granteeOrganisationId: requester.organisationId };
}

export function sameRequester(
  requester: Requester,
  request: { requesterAgencyId?: string | null; requesterOrganisationId?: string | null },
) {
  return requester.kind === 'AGENCY'
    ? request.requesterAgencyId === requester.agencyId
    : request.requesterOrganisationId === requester.organisationId;
}

/** How the audit log names the requester: `agency` as before partners existed, or `organisation`. */
export function requesterDetails(requester: Requester): { agency: string } | { organisation: string } {
  return requester.kind === 'AGENCY' ? { agency: requester.agencyId! } : { organisation: requester.organisationId! };
}

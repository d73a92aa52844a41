import { ForbiddenError } from './errors';
/** Who is asking: built once per request from its token, passed to every service call. */
export type OfficialRole = 'DATA_STEWARD' | 'AGENCY_VIEWER' | 'DIC_ADMIN' | 'PPC_OFFICE_REVIEWER' | 'PLATFORM_ADMIN';

export const officialRoles: readonly OfficialRole[] = [
  'DATA_STEWARD',
  'AGENCY_VIEWER',
  'DIC_ADMIN',
  'PPC_OFFICE_REVIEWER',
  'PLATFORM_ADMIN',
];

export interface OfficialViewer {
  kind: 'official';
  officialId: string;
  accountName: string;
  agencyId: string;
  provinceCode: string;
  roles: readonly OfficialRole[];
}

/** A citizen or organisation signed in to the Digital Citizen app (000 §8–§9). */
export interface CitizenViewer {
  kind: 'citizen';
  citizenId: string;
  provinceCode: string;
}

export interface AnonymousViewer {
  kind: 'anonymous';
}

/** What a partner's API client may reach (002 §27.1b), granted by DIC per client. */
/**
 * `catalogue:read` (002 §30, §27.1): the metadata of the restricted datasets DIC confirmed for the
 * catalogue of shared data, so a partner finds what to request; never their rows.
 * `consent:request` (issue 19): asks citizens for consents, which they approve or reject in their app.
 */
export const clientScopes = ['datasets:read', 'rows:read', 'consent:read', 'consent:request', 'catalogue:read'] as const;
export type ClientScope = (typeof clientScopes)[number];

/** A partner organisation's system, signed in with OAuth2 client credentials; checked ACTIVE on every request. */
export interface ClientViewer {
  kind: 'client';
  clientId: string;
  organisationId: string;
  provinceCode: string;
  scopes: readonly ClientScope[];
}

export type Viewer = OfficialViewer | CitizenViewer | ClientViewer | AnonymousViewer;

export const anonymous: AnonymousViewer = { kind: 'anonymous' };

export function hasRole(viewer: Viewer, role: OfficialRole): viewer is OfficialViewer {
  return viewer.kind === 'official' && viewer.roles.includes(role);
}

/** The partner client behind a request, or FORBIDDEN for anyone else. */
export function requireClient(viewer: Viewer): ClientViewer {
  if (viewer.kind !== 'client') throw new ForbiddenError();
  return viewer;
}

export function hasScope(viewer: Viewer, scope: ClientScope): viewer is ClientViewer {
  return viewer.kind === 'client' && viewer.scopes.includes(scope);
}

/** The signed-in official behind a request, or FORBIDDEN for anyone else. */
export function requireOfficial(viewer: Viewer): OfficialViewer {
  if (viewer.kind !== 'official') throw new ForbiddenError();
  return viewer;
}

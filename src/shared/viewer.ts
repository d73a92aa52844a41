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

export type Viewer = OfficialViewer | CitizenViewer | AnonymousViewer;

export const anonymous: AnonymousViewer = { kind: 'anonymous' };

export function hasRole(viewer: Viewer, role: OfficialRole): viewer is OfficialViewer {
  return viewer.kind === 'official' && viewer.roles.includes(role);
}

/** The signed-in official behind a request, or FORBIDDEN for anyone else. */
export function requireOfficial(viewer: Viewer): OfficialViewer {
  if (viewer.kind !== 'official') throw new ForbiddenError();
  return viewer;
}

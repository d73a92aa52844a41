import { ForbiddenError } from './errors';
import { hasRole, type OfficialViewer, type Viewer } from './viewer';

/**
 * Who may act on what: the hub's access rules, each named once. Services call these in their
 * first lines; shield (graphql/rules.ts) only checks the role, these check the province and
 * agency. Read docs/ARCHITECTURE.md "One access policy" for the settled definitions.
 *
 * The targets are structural (anything with a province or an owner), so the policy knows no
 * module's entities and every module may import it.
 */
export interface InProvince {
  provinceCode: string;
}

export interface OwnedByAgency {
  ownerAgencyId: string;
}

/** What the council-seat rules need of the viewer's agency, as the agencies module stores it. */
export interface AgencyOfViewer {
  kind: string;
  provinceCode: string;
}

/** Holds the DIC_ADMIN role, in any province: enough for queues that are already scoped to the viewer's province. */
export function isDic(viewer: Viewer): viewer is OfficialViewer {
  return hasRole(viewer, 'DIC_ADMIN');
}

/**
 * "The DIC of that province" (002 §26.3, §27.1b, §30.2, §31.8; 003 §5.1): an official holding
 * DIC_ADMIN in the target's province. The role, not the agency, carries it: DIC delegates its
 * work to officials it chooses — its IT Centre runs the platforms (002 §32.7) — and grants the
 * role itself (003 §5.2a). The council seat is a different rule: holdsDicSeat.
 */
// Only the role checks are type guards: a guard's false branch would tell TypeScript "not an official".
export function isProvinceDic(viewer: Viewer, target: InProvince | null | undefined): boolean {
  return isDic(viewer) && viewer.provinceCode === target?.provinceCode;
}

/** A DATA_STEWARD of the agency that owns the target (002 §4.2a: exactly one owning agency answers for it). */
export function isOwnerSteward(viewer: Viewer, target: OwnedByAgency | null | undefined): boolean {
  return hasRole(viewer, 'DATA_STEWARD') && viewer.agencyId === target?.ownerAgencyId;
}

/** Any official of the owning agency, whatever the role: the owner reads its own data. */
export function isOfOwnerAgency(viewer: Viewer, target: OwnedByAgency): boolean {
  return viewer.kind === 'official' && viewer.agencyId === target.ownerAgencyId;
}

export function isPlatformAdmin(viewer: Viewer): viewer is OfficialViewer {
  return hasRole(viewer, 'PLATFORM_ADMIN');
}

/** The owner's steward, or DIC of the province, may change a dataset (and sees its failed uploads). */
export function mayManageDataset(viewer: Viewer, dataset: InProvince & OwnedByAgency): boolean {
  return isOwnerSteward(viewer, dataset) || isProvinceDic(viewer, dataset);
}

/** Whose data not open to all a viewer reads without a grant: the owning agency's officials and DIC of the province. */
export function readsWithoutGrant(viewer: Viewer, dataset: InProvince & OwnedByAgency): boolean {
  return isOfOwnerAgency(viewer, dataset) || isProvinceDic(viewer, dataset);
}

/** The platform administrator anywhere, or DIC of the province: registering agencies, agency successions. */
export function administersProvince(viewer: Viewer, provinceCode: string): boolean {
  return isPlatformAdmin(viewer) || isProvinceDic(viewer, { provinceCode });
}

/**
 * 002 §5.5: the council's DIC seat belongs to the department itself, so beside the role the
 * viewer's agency must be the DIC of the dataset's province. A DIC_ADMIN of another agency acts
 * for DIC elsewhere but does not sit on the council.
 */
export function holdsDicSeat(viewer: OfficialViewer, viewerAgency: AgencyOfViewer | null, dataset: InProvince): boolean {
  return isDic(viewer) && viewerAgency?.kind === 'DIC' && viewerAgency.provinceCode === dataset.provinceCode;
}

/** 002 §5.5: the PPC Office seat, held by a reviewer of the province's PPC Office. */
export function holdsPpcOfficeSeat(viewer: OfficialViewer, viewerAgency: AgencyOfViewer | null, dataset: InProvince): boolean {
  return (
    hasRole(viewer, 'PPC_OFFICE_REVIEWER') && viewerAgency?.kind === 'PPC_OFFICE' && viewerAgency.provinceCode === dataset.provinceCode
  );
}

/** The DIC_ADMIN behind a request, or FORBIDDEN (with this message, when given). */
export function requireDic(viewer: Viewer, message?: string): OfficialViewer {
  if (!isDic(viewer)) throw new ForbiddenError(message);
  return viewer;
}

/** DIC of the target's province, or FORBIDDEN (with this message, when given). */
export function requireProvinceDic(viewer: Viewer, target: InProvince, message?: string): OfficialViewer {
  const dic = requireDic(viewer, message);
  if (!isProvinceDic(dic, target)) throw new ForbiddenError(message);
  return dic;
}

/** A steward of the target's owning agency, or FORBIDDEN with this message. */
export function requireOwnerSteward(viewer: Viewer, target: OwnedByAgency, message?: string): OfficialViewer {
  if (viewer.kind !== 'official' || !isOwnerSteward(viewer, target)) throw new ForbiddenError(message);
  return viewer;
}

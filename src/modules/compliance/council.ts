import { holdsDicSeat, holdsPpcOfficeSeat, isOwnerSteward } from '../../shared/policy';
import type { OfficialViewer } from '../../shared/viewer';
import type { Agency } from '../agencies/service';
import type { Dataset } from '../catalog/service';
import { councilSeats, type CouncilSeat, type SeatDecision } from './entities';

/**
 * Who holds which seat of the council (002 §5.5), always of the dataset's province:
 *   PPC_OFFICE  a PPC_OFFICE_REVIEWER of the province's PPC Office (agency kind PPC_OFFICE)
 *   DIC         a DIC_ADMIN of the province's DIC (agency kind DIC): the department itself sits,
 *               not every official DIC gave the role to (see shared/policy.ts)
 *   OWNER       a DATA_STEWARD of the owning agency — the agency, not a person, holds the
 *               seat, so the steward who submitted may take it; the other two seats are the
 *               independent eyes
 */
export function holdsSeat(seat: CouncilSeat, viewer: OfficialViewer, viewerAgency: Agency | null, dataset: Dataset): boolean {
  switch (seat) {
    case 'PPC_OFFICE':
      return holdsPpcOfficeSeat(viewer, viewerAgency, dataset);
    case 'DIC':
      return holdsDicSeat(viewer, viewerAgency, dataset);
    case 'OWNER':
      return isOwnerSteward(viewer, dataset);
  }
}

export function seatsHeldBy(viewer: OfficialViewer, viewerAgency: Agency | null, dataset: Dataset): CouncilSeat[] {
  return councilSeats.filter((seat) => holdsSeat(seat, viewer, viewerAgency, dataset));
}

export const seatNames: Record<CouncilSeat, string> = {
  PPC_OFFICE: 'Văn phòng UBND tỉnh (PPC Office)',
  DIC: 'Sở Thông tin và Truyền thông (DIC)',
  OWNER: 'cơ quan chủ quản (owning agency)',
};

/** One REJECT ends the round; all three APPROVE make it compliant; otherwise it waits. */
export function verdictOf(decisions: readonly SeatDecision[]): 'COMPLIANT' | 'REJECTED' | 'OPEN' {
  if (decisions.some((decision) => decision.decision === 'REJECT')) return 'REJECTED';
  const approved = new Set(decisions.filter((decision) => decision.decision === 'APPROVE').map((decision) => decision.seat));
  return councilSeats.every((seat) => approved.has(seat)) ? 'COMPLIANT' : 'OPEN';
}

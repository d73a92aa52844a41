import { withoutDiacritics } from '../../shared/text';
import type { AgencyKind } from './entities';

/** What 003 §4.1 derives an agency's account name from. */
export interface AgencyNaming {
  kind: AgencyKind;
  name: string;
  /** The abbreviation the agency uses, when it has one; otherwise derived from the name. */
  abbreviation?: string | null;
  /** An existing agency's account name: a parent's name is the prefix its divisions take. */
  code?: string;
}

/** Words that name the level of an agency, not the agency: dropped before abbreviating. */
const levelWords = /^(ủy ban nhân dân|uỷ ban nhân dân|ubnd|thành phố|thị xã|thị trấn|huyện|phường|xã|phòng)\s+/iu;

/**
 * The agency account name of 003 §4.1, lower case without diacritics: `sotttt`,
 * `ubnd_prtc` (district), `ubnd_phuochai` (commune, its whole name), `sonv_vp` (division of a
 * department: department_division), `ttcntttt` (unit under a department), `vhtt_ns` (division of
 * a district: division_district). `parent` is the department or district PPC where the form needs it.
 */
export function agencyAccountName(agency: AgencyNaming, parent: AgencyNaming | null): string {
  switch (agency.kind) {
    case 'DISTRICT_PPC':
      return `ubnd_${abbreviationOf(agency)}`;
    case 'COMMUNE_PPC':
      return `ubnd_${compact(placeName(agency.name))}`;
    case 'DEPARTMENT_DIVISION':
      return `${parentAbbreviation(agency, parent)}_${abbreviationOf(agency)}`;
    case 'DISTRICT_DIVISION':
      return `${abbreviationOf(agency)}_${parentAbbreviation(agency, parent)}`;
    default:
      return abbreviationOf(agency);
  }
}

function parentAbbreviation(agency: AgencyNaming, parent: AgencyNaming | null): string {
  if (!parent) throw new Error(`${agency.name}: a ${agency.kind} account name needs its parent agency (003 §4.1)`);
  return parent.code ? parent.code.replace(/^ubnd_/, '') : abbreviationOf(parent);
}

/** "Sở Thông tin và Truyền thông" → sotttt: initials, "Sở" kept whole, "và" skipped. */
function abbreviationOf(agency: AgencyNaming): string {
  if (agency.abbreviation) return compact(agency.abbreviation);
  return placeName(agency.name)
    .split(/[\s\-–]+/u)
    .filter((word) => word !== '' && word.toLowerCase() !== 'và')
    .map((word) => (word.toLowerCase() === 'sở' ? 'so' : compact(word).charAt(0)))
    .join('');
}

/** The name without the words for its level: "Ủy ban nhân dân xã Phước Hải" → "Phước Hải". */
function placeName(name: string): string {
  let place = name.trim();
  for (let previous = ''; previous !== place;) {
    previous = place;
    place = place.replace(levelWords, '');
  }
  return place;
}

function compact(text: string): string {
  return withoutDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

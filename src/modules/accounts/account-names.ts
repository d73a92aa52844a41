import { withoutDiacritics } from '../../shared/text';

/** Personal account names by 003 §4.2 (Decision 831/QĐ-UBND of Ninh Thuận). Pure functions. */

export interface NameParts {
  surname: string;
  middle: string[];
  given: string;
}

/** Splits a Vietnamese full name (surname first, given name last) into ASCII lower-case words. */
export function nameParts(fullName: string): NameParts | null {
  const words = fullName
    .normalize('NFC')
    .split(/\s+/)
    .map((word) =>
      withoutDiacritics(word)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ''),
    )
    .filter((word) => word.length > 0);
  if (words.length === 0) return null;
  if (words.length === 1) return { surname: '', middle: [], given: words[0] };
  return { surname: words[0], middle: words.slice(1, -1), given: words[words.length - 1] };
}

/** 003 §4.2a: middle name(s) + given name, written together: Nguyễn Quốc Trạng → quoctrang. */
export function baseAccountName(parts: NameParts): string {
  return [...parts.middle, parts.given].join('');
}

/** 003 §4.2b first form: given name + surname initial + middle initials: Lê Văn Tuấn → tuanlv. */
export function initialsAccountName(parts: NameParts): string {
  return parts.given + [parts.surname, ...parts.middle].map((word) => word.charAt(0)).join('');
}

/**
 * The names to try, in 003 §4.2b's order of priority: quoctrang; tuanlv; tuanlv.nh;
 * tuanlv2.nh, tuanlv3.nh, … (the number goes before the dot). Lazily endless.
 */
export function* accountNameCandidates(parts: NameParts, unitSuffix: string): Generator<string> {
  const base = baseAccountName(parts);
  const initials = initialsAccountName(parts);
  yield base;
  if (initials !== base) yield initials;
  yield `${initials}.${unitSuffix}`;
  for (let n = 2; ; n += 1) yield `${initials}${n}.${unitSuffix}`;
}

/** What an account name may look like when DIC gives one by hand. */
export const accountNamePattern = /^[a-z][a-z0-9]*(?:[._][a-z0-9]+)*$/;

/**
 * The suffix after the dot: "tên Sở, ban, ngành, Ủy ban nhân dân huyện, thành phố viết tắt"
 * (003 §4.2b) — the abbreviation of the department/sector or district PPC the official works
 * in, found by walking up from the official's own agency. A district PPC's account name is
 * `ubnd_<abbreviation>` (003 §4.1b), so `ubnd_nh` gives `nh`; a department's account name is
 * its abbreviation (003 §4.1a), so `sotttt` gives `sotttt`.
 */
export function unitSuffix(unitCode: string): string {
  const withoutPrefix = unitCode.startsWith('ubnd_') ? unitCode.slice('ubnd_'.length) : unitCode;
  return withoutPrefix.replace(/[^a-z0-9]/g, '');
}

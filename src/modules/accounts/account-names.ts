import { withoutDiacritics } from '../../shared/text';

/** Personal account names by 003 §4.2 (Decision 831/QĐ-UBND of Ninh Thuận). Pure functions. */

export interface NameParts {
  /** The surname's words: one (Nguyễn) or more (Tôn Nữ, Âu Dương) when the surname was given. */
  surname: string[];
  middle: string[];
  given: string;
}

const asciiWords = (text: string) =>
  text
    .normalize('NFC')
    .split(/\s+/)
    .map((word) =>
      withoutDiacritics(word)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, ''),
    )
    .filter((word) => word.length > 0);

/**
 * Splits a Vietnamese full name (surname first, given name last) into ASCII lower-case words.
 * The surname is the first word unless `surname` names more (a two-word surname such as Tôn Nữ
 * cannot be told from a middle name by looking); null when `surname` is not how the name begins.
 */
export function nameParts(fullName: string, surname?: string | null): NameParts | null {
  const words = asciiWords(fullName);
  if (words.length === 0) return null;
  const surnameWords = surname ? asciiWords(surname) : words.slice(0, 1);
  if (words.length <= surnameWords.length) {
    return surname ? null : { surname: [], middle: [], given: words[words.length - 1] };
  }
  if (surnameWords.some((word, index) => words[index] !== word)) return null;
  return { surname: surnameWords, middle: words.slice(surnameWords.length, -1), given: words[words.length - 1] };
}

/** 003 §4.2a: middle name(s) + given name, written together: Nguyễn Quốc Trạng → quoctrang. */
export function baseAccountName(parts: NameParts): string {
  return [...parts.middle, parts.given].join('');
}

/** 003 §4.2b first form: given name + surname initial(s) + middle initials: Lê Văn Tuấn → tuanlv. */
export function initialsAccountName(parts: NameParts): string {
  return parts.given + [...parts.surname, ...parts.middle].map((word) => word.charAt(0)).join('');
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

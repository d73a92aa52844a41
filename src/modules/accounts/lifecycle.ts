import type { AgencyKind } from '../agencies/service';

/** The time rules of 003 §5.2c and §6.2a. Pure: the sweep and the mutations apply them. */

/** Vietnam keeps UTC+7 all year; calendar months and days are counted on its wall clock. */
const vietnamOffsetMs = 7 * 60 * 60 * 1000;

/** `at` plus whole calendar months in Vietnam time; the 31st becomes the month's last day. */
export function addMonths(at: Date, months: number): Date {
  const local = new Date(at.getTime() + vietnamOffsetMs);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  local.setUTCFullYear(year, month, Math.min(local.getUTCDate(), lastDay));
  return new Date(local.getTime() - vietnamOffsetMs);
}

/**
 * 003 §5.2c: "lãnh đạo các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố trở lên" —
 * leaders of provincial departments, boards and sectors, of district PPCs, and above. The PPC
 * Office, DIC, the provincial police and the other provincial sectors (tax, social insurance)
 * are provincial "sở, ban, ngành". A division or a unit under a department, a division of a
 * district and a commune PPC are "cấp phòng, ban trở xuống": their leaders follow the staff rule.
 */
export const leaderLevelKinds: readonly AgencyKind[] = ['PPC', 'PPC_OFFICE', 'DIC', 'DEPARTMENT', 'POLICE', 'OTHER', 'DISTRICT_PPC'];

export interface LeavingSchedule {
  /** Whether the leaders' rule applies: a leader of an agency of leader level. */
  leaderRule: boolean;
  lockAt: Date;
  revokeAt: Date;
}

/**
 * 003 §5.2c: staff (up to division leaders) are locked at once and revoked 6 months after
 * leaving; leaders of departments / district PPCs and above are locked after 1 month and
 * revoked after 12 months. Counted from the day they officially left.
 */
export function leavingSchedule(leftAt: Date, isLeader: boolean, agencyKind: AgencyKind): LeavingSchedule {
  const leaderRule = isLeader && leaderLevelKinds.includes(agencyKind);
  return leaderRule
    ? { leaderRule, lockAt: addMonths(leftAt, 1), revokeAt: addMonths(leftAt, 12) }
    : { leaderRule, lockAt: leftAt, revokeAt: addMonths(leftAt, 6) };
}

/** 003 §6.2a: no activity for 6 months. */
export const inactivityMonths = 6;

/**
 * When an account with this activity becomes inactive (003 §6.2a: six months without activity
 * "and without notifying a reason"): a notified absence counts as activity until its last day.
 */
export function inactiveFrom(activeSince: Date, lastActiveAt: Date | null | undefined, absentUntil?: Date | null): Date {
  const latest = [lastActiveAt, absentUntil].reduce<Date>((max, date) => (date && date > max ? date : max), activeSince);
  return addMonths(latest, inactivityMonths);
}

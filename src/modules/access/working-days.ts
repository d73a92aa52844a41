import { isPublicHoliday } from '../../shared/public-holidays';

/**
 * Working days for the overdue rule (002 §27.2): Monday to Friday in Vietnam's time (UTC+7),
 * except the days off for public holidays (issue 17 item 6: Tết by the lunar calendar, Hùng
 * Kings' day, 1/1, 30/4, 1/5, 2/9, and the days making up for those on a weekend;
 * shared/public-holidays.ts).
 */
const vietnamOffsetMs = 7 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

function isWorkingDay(at: Date): boolean {
  const inVietnam = new Date(at.getTime() + vietnamOffsetMs);
  const weekday = inVietnam.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(inVietnam.toISOString().slice(0, 10));
}

/** The moment `days` working days after `start`: whole days are stepped, weekends and public holidays skipped. */
export function addWorkingDays(start: Date, days: number): Date {
  let at = start.getTime();
  let counted = 0;
  while (counted < days) {
    at += dayMs;
    if (isWorkingDay(new Date(at))) counted += 1;
  }
  return new Date(at);
}

/** The calendar day (YYYY-MM-DD) in Vietnam at `at`: the e-form's periods are Vietnamese days. */
export function vietnamDateOf(at: Date): string {
  return new Date(at.getTime() + vietnamOffsetMs).toISOString().slice(0, 10);
}

/** The first moment of a Vietnamese calendar day (YYYY-MM-DD); `days` later for a later day. */
export function vietnamDayStart(date: string, days = 0): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - vietnamOffsetMs + days * dayMs);
}

/** Pending longer than `days` working days at `now`. */
export function isOverdue(submittedAt: Date, now: Date, days: number): boolean {
  return addWorkingDays(submittedAt, days).getTime() < now.getTime();
}

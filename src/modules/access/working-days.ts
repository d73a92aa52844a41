/**
 * Working days for the overdue rule (002 §27.2): Monday to Friday in Vietnam's time (UTC+7).
 * Public holidays (Tết, 30/4, 2/9…) are not counted as such: they move every year with the lunar
 * calendar and the government's announced swaps, and no holiday calendar exists on the platform yet.
 */
const vietnamOffsetMs = 7 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

function isWorkingDay(at: Date): boolean {
  const weekday = new Date(at.getTime() + vietnamOffsetMs).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The moment `days` working days after `start`: whole days are stepped, weekends skipped. */
export function addWorkingDays(start: Date, days: number): Date {
  let at = start.getTime();
  let counted = 0;
  while (counted < days) {
    at += dayMs;
    if (isWorkingDay(new Date(at))) counted += 1;
  }
  return new Date(at);
}

/** Pending longer than `days` working days at `now`. */
export function isOverdue(submittedAt: Date, now: Date, days: number): boolean {
  return addWorkingDays(submittedAt, days).getTime() < now.getTime();
}

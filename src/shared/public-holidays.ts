import { lunarNewYear, solarDateOfLunar, type IsoDate } from './vietnamese-lunar-calendar';

/**
 * Vietnam's public holidays on which workers have the day off (Labour Code 45/2019/QH14
 * art. 112): 1/1; Tết, five days; Hùng Kings' day, 10/3 of the lunar calendar; 30/4; 1/5;
 * National Day, 2/9 and the day before or after it. Art. 112(3): a holiday on the weekly day off
 * (Saturday or Sunday for the agencies) is made up on the next working day.
 *
 * The Government announces each year which days Tết takes and which day sits beside 2/9, and
 * may swap a working day for a bridge; those announcements cannot be computed. Taken here:
 * Tết is the last day of the lunar year and the first four of the new one, and National Day's
 * second day is 1/9, or 3/9 when 2/9 is a Thursday (a long weekend either way, as announced for
 * 2021–2025).
 */
const dayMs = 24 * 60 * 60 * 1000;

function plusDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

function isWeekend(date: IsoDate): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/** The holidays themselves, by Gregorian year, in date order. */
function holidaysOf(year: number): IsoDate[] {
  const tet = lunarNewYear(year);
  const nationalDay = `${year}-09-02`;
  const secondNationalDay = new Date(`${nationalDay}T00:00:00Z`).getUTCDay() === 4 ? `${year}-09-03` : `${year}-09-01`;
  const days = [
    `${year}-01-01`,
    plusDays(tet, -1),
    tet,
    plusDays(tet, 1),
    plusDays(tet, 2),
    plusDays(tet, 3),
    solarDateOfLunar(year, 3, 10),
    `${year}-04-30`,
    `${year}-05-01`,
    secondNationalDay,
    nationalDay,
  ];
  return [...new Set(days)].sort();
}

const daysOffByYear = new Map<number, ReadonlySet<IsoDate>>();

/** The days off for public holidays in a Gregorian year: the holidays and the days that make up for those on a weekend. */
export function publicHolidaysOf(year: number): ReadonlySet<IsoDate> {
  const cached = daysOffByYear.get(year);
  if (cached) return cached;
  const holidays = holidaysOf(year);
  const daysOff = new Set(holidays);
  for (const holiday of holidays) {
    if (!isWeekend(holiday)) continue;
    let makeUp = plusDays(holiday, 1);
    while (isWeekend(makeUp) || daysOff.has(makeUp)) makeUp = plusDays(makeUp, 1);
    daysOff.add(makeUp);
  }
  daysOffByYear.set(year, daysOff);
  return daysOff;
}

/** Whether a civil date in Vietnam is a day off for a public holiday (a holiday, or one making up for it). */
export function isPublicHoliday(date: IsoDate): boolean {
  return publicHolidaysOf(Number(date.slice(0, 4))).has(date);
}

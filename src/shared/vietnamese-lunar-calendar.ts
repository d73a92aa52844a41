/**
 * The Vietnamese lunisolar calendar (âm lịch), for the holidays that follow it (Tết, Hùng Kings'
 * day). Months begin on the day of the new moon and the year's 11th month holds the winter
 * solstice, as in the Chinese calendar, but days are counted at the meridian 105° E (UTC+7),
 * Vietnam's since 1968: so Tết sometimes falls a day, or a month, apart from China's (1985:
 * 21 January in Vietnam, 20 February in China). The new moon and the sun's longitude come from
 * Jean Meeus, Astronomical Algorithms (2nd ed.), chapters 25 and 49, with their leading terms:
 * accurate to a few minutes, which decides a day only when a new moon falls within minutes of
 * midnight. Valid for Gregorian years from 1900 to 2100.
 */
const timeZoneHours = 7;
const synodicMonth = 29.530588853;
/** Julian Day of the mean new moon of 6 January 1900, from which lunations are counted. */
const lunationEpoch = 2415021.076998695;
const unixEpochJulianDay = 2440588;
const dayMs = 24 * 60 * 60 * 1000;
const radians = Math.PI / 180;

/** A civil date (no time of day), as `YYYY-MM-DD`. */
export type IsoDate = string;

/** The Julian Day Number of a Gregorian date. */
function julianDayOf(year: number, month: number, day: number): number {
  return unixEpochJulianDay + Date.UTC(year, month - 1, day) / dayMs;
}

function isoDateOf(julianDay: number): IsoDate {
  return new Date((julianDay - unixEpochJulianDay) * dayMs).toISOString().slice(0, 10);
}

/** The moment (Julian Ephemeris Day) of the k-th new moon after 6 January 1900 (Meeus ch. 49). */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const sin = (degrees: number) => Math.sin(degrees * radians);
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * sin(166.56 + 132.87 * T - 0.009173 * T2);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // the sun's mean anomaly
  const Mm = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // the moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // the moon's argument of latitude
  const correction =
    (0.1734 - 0.000393 * T) * sin(M) +
    0.0021 * sin(2 * M) -
    0.4068 * sin(Mm) +
    0.0161 * sin(2 * Mm) -
    0.0004 * sin(3 * Mm) +
    0.0104 * sin(2 * F) -
    0.0051 * sin(M + Mm) -
    0.0074 * sin(M - Mm) +
    0.0004 * sin(2 * F + M) -
    0.0004 * sin(2 * F - M) -
    0.0006 * sin(2 * F + Mm) +
    0.001 * sin(2 * F - Mm) +
    0.0005 * sin(2 * Mm + M);
  // Terrestrial time to universal time (ΔT, in days).
  const deltaT =
    T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + correction - deltaT;
}

/** The Julian Day Number of the civil day (in Vietnam) of the k-th new moon. */
function newMoonDay(k: number): number {
  return Math.floor(newMoon(k) + 0.5 + timeZoneHours / 24);
}

/** The sun's apparent longitude in radians, 0 ≤ λ < 2π, at a Julian Day (Meeus ch. 25, low accuracy). */
function sunLongitude(julianDay: number): number {
  const T = (julianDay - 2451545.0) / 36525;
  const T2 = T * T;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  const center =
    (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(radians * M) +
    (0.019993 - 0.000101 * T) * Math.sin(radians * 2 * M) +
    0.00029 * Math.sin(radians * 3 * M);
  const longitude = (L0 + center) * radians;
  return longitude - 2 * Math.PI * Math.floor(longitude / (2 * Math.PI));
}

/** Which of the twelve 30° arcs (0 = from the March equinox) the sun is in at the start of a civil day in Vietnam. */
function sunArcAtStartOf(dayNumber: number): number {
  return Math.floor((sunLongitude(dayNumber - 0.5 - timeZoneHours / 24) / Math.PI) * 6);
}

/** The first day of the 11th lunar month (the month holding the winter solstice) of a Gregorian year. */
function month11Start(year: number): number {
  const k = Math.floor((julianDayOf(year, 12, 31) - 2415021) / synodicMonth);
  const start = newMoonDay(k);
  // Begun after the sun passed 270° (the solstice): the month before is the 11th.
  return sunArcAtStartOf(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** In a 13-month year beginning with month 11 at `start`, the offset of the leap month: the first with no principal term. */
function leapMonthOffset(start: number): number {
  const k = Math.floor((start - lunationEpoch) / synodicMonth + 0.5);
  let offset = 1;
  let arc = sunArcAtStartOf(newMoonDay(k + offset));
  let last: number;
  do {
    last = arc;
    offset += 1;
    arc = sunArcAtStartOf(newMoonDay(k + offset));
  } while (arc !== last && offset < 14);
  return offset - 1;
}

/** The Gregorian date of a day of the lunar calendar (not of a leap month: no fixed holiday is in one). */
export function solarDateOfLunar(lunarYear: number, lunarMonth: number, lunarDay: number): IsoDate {
  const [from, to] =
    lunarMonth < 11 ? [month11Start(lunarYear - 1), month11Start(lunarYear)] : [month11Start(lunarYear), month11Start(lunarYear + 1)];
  const k = Math.floor(0.5 + (from - lunationEpoch) / synodicMonth);
  let offset = (lunarMonth - 11 + 12) % 12;
  // Thirteen months from one 11th month to the next: the months from the leap month on are one later.
  if (to - from > 365 && offset >= leapMonthOffset(from)) offset += 1;
  return isoDateOf(newMoonDay(k + offset) + lunarDay - 1);
}

/** The first day of the lunar new year that begins in a Gregorian year: Tết Nguyên Đán. */
export function lunarNewYear(year: number): IsoDate {
  return solarDateOfLunar(year, 1, 1);
}

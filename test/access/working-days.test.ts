import { addWorkingDays, isOverdue } from '../../src/modules/access/service';
import { publicHolidaysOf } from '../../src/shared/public-holidays';
import { lunarNewYear, solarDateOfLunar } from '../../src/shared/vietnamese-lunar-calendar';

// Times in Vietnam (UTC+7): 03:00Z is 10:00 there.
describe('working days for overdue access requests (002 §27.2): Mon–Fri in Vietnam, public holidays skipped', () => {
  it('Friday + 1 working day is Monday, the weekend skipped', () => {
    expect(addWorkingDays(new Date('2026-11-27T03:00:00Z'), 1).toISOString()).toBe('2026-11-30T03:00:00.000Z');
  });

  it('a Saturday submission + 5 working days is the next Friday', () => {
    expect(addWorkingDays(new Date('2026-11-28T03:00:00Z'), 5).toISOString()).toBe('2026-12-04T03:00:00.000Z');
  });

  it('the weekday is Vietnam’s: Sunday 20:00Z is already Monday 03:00 there, so + 1 is Tuesday', () => {
    expect(addWorkingDays(new Date('2026-11-29T20:00:00Z'), 1).toISOString()).toBe('2026-11-30T20:00:00.000Z');
  });

  it('overdue strictly after the deadline, to the second', () => {
    const submitted = new Date('2026-11-23T03:00:00Z'); // Monday
    expect(isOverdue(submitted, new Date('2026-11-30T03:00:00Z'), 5)).toBe(false);
    expect(isOverdue(submitted, new Date('2026-11-30T03:00:01Z'), 5)).toBe(true);
  });

  it('issue 17 item 6: filed the Wednesday before Tết 2027 (Sat 6 Feb), 5 working days end on Wed 17 Feb, not Wed 10 Feb', () => {
    // Thu 4 counts; Fri 5 (29 Tết) to Tue 9 (mùng 4) are Tết, Wed 10 and Thu 11 make up for its Saturday and Sunday.
    expect(addWorkingDays(new Date('2027-02-03T03:00:00Z'), 5).toISOString()).toBe('2027-02-17T03:00:00.000Z');
  });

  it('issue 17 item 6: 30/4 and 1/5 are skipped, and so is the day making up for one on a weekend', () => {
    // 2026: Thu 30/4, Fri 1/5; a Wednesday filing + 2 working days is Tuesday 5/5 (Mon 4/5 the first).
    expect(addWorkingDays(new Date('2026-04-29T03:00:00Z'), 2).toISOString()).toBe('2026-05-05T03:00:00.000Z');
    // 2027: Fri 30/4, Sat 1/5 made up on Mon 3/5; Thursday + 1 is Tuesday 4/5.
    expect(addWorkingDays(new Date('2027-04-29T03:00:00Z'), 1).toISOString()).toBe('2027-05-04T03:00:00.000Z');
  });

  it('issue 17 item 6: Hùng Kings’ day (10/3 lunar) and National Day’s two days are skipped', () => {
    // 10/3 of Đinh Mùi is Friday 16 April 2027: Thursday + 1 is Monday.
    expect(addWorkingDays(new Date('2027-04-15T03:00:00Z'), 1).toISOString()).toBe('2027-04-19T03:00:00.000Z');
    // 2025: Mon 1/9 and Tue 2/9 (as announced): Friday 29/8 + 1 is Wednesday 3/9.
    expect(addWorkingDays(new Date('2025-08-29T03:00:00Z'), 1).toISOString()).toBe('2025-09-03T03:00:00.000Z');
  });
});

describe('issue 17 item 6: the Vietnamese lunar calendar (UTC+7) and the holidays of Labour Code art. 112', () => {
  it.each([
    [1968, '1968-01-29'], // a day before the South's (and China's) Tết Mậu Thân: the North counted in UTC+7
    [1985, '1985-01-21'], // a month before China's (20 February)
    [2007, '2007-02-17'], // a day before China's
    [2024, '2024-02-10'],
    [2025, '2025-01-29'],
    [2026, '2026-02-17'],
    [2027, '2027-02-06'],
    [2028, '2028-01-26'],
    [2030, '2030-02-02'], // a day before China's (3 February)
  ])('Tết of %i is %s', (year, date) => {
    expect(lunarNewYear(year)).toBe(date);
  });

  it.each([
    [2023, '2023-04-29'],
    [2024, '2024-04-18'],
    [2025, '2025-04-07'],
    [2026, '2026-04-26'],
  ])('Hùng Kings’ day (10/3 lunar) of %i is %s', (year, date) => {
    expect(solarDateOfLunar(year, 3, 10)).toBe(date);
  });

  it('the days off of 2025 are the Labour Code’s eleven holidays, with none on a weekend to make up', () => {
    expect([...publicHolidaysOf(2025)].sort()).toEqual([
      '2025-01-01',
      '2025-01-28', // 29 Tết (the last day of Giáp Thìn)
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01', // Saturday, made up on Monday 3 February
      '2025-02-03',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-09-01',
      '2025-09-02',
    ]);
  });
});

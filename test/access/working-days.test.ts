import { addWorkingDays, isOverdue } from '../../src/modules/access/service';

// Times in Vietnam (UTC+7): 03:00Z is 10:00 there.
describe('working days for overdue access requests (002 §27.2): Mon–Fri in Vietnam, holidays not counted', () => {
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
});

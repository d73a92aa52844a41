import { accountNameCandidates, nameParts, unitSuffix } from '../../src/modules/accounts/account-names';
import { addMonths, inactiveFrom, leavingSchedule } from '../../src/modules/accounts/lifecycle';
import { PasswordHasher, passwordProblems, temporaryPassword, verifyPassword } from '../../src/modules/accounts/passwords';
import { loadConfig } from '../../src/config';

const first = (fullName: string, suffix: string, n: number, surname?: string) => {
  const names: string[] = [];
  for (const name of accountNameCandidates(nameParts(fullName, surname)!, suffix)) {
    names.push(name);
    if (names.length === n) break;
  }
  return names;
};

describe('003 §4.2: personal account names (pure)', () => {
  it('003 §4.2a: Nguyễn Quốc Trạng is quoctrang (middle + given name, lower case, no diacritics)', () => {
    expect(first('Nguyễn Quốc Trạng', 'sotttt', 1)).toEqual(['quoctrang']);
  });

  it('003 §4.2b: Lê Văn Tuấn of UBND Ninh Hải: vantuan, then tuanlv, tuanlv.nh, tuanlv2.nh, tuanlv3.nh', () => {
    expect(first('Lê Văn Tuấn', unitSuffix('ubnd_nh'), 5)).toEqual(['vantuan', 'tuanlv', 'tuanlv.nh', 'tuanlv2.nh', 'tuanlv3.nh']);
  });

  it('003 §4.2: đ/Đ become d, Unicode in either normal form, extra spaces ignored', () => {
    expect(first('  Trần   Đình Đức ', 'x', 2)).toEqual(['dinhduc', 'ductd']);
    expect(first('Nguyễn Quốc Trạng'.normalize('NFD'), 'x', 1)).toEqual(['quoctrang']);
  });

  it('003 §4.2b: several middle names all give their initials; a two-word name has none', () => {
    expect(first('Tôn Nữ Thị Hà', 'x', 2)).toEqual(['nuthiha', 'hatnt']);
    expect(first('Lê Tuấn', 'nh', 3)).toEqual(['tuan', 'tuanl', 'tuanl.nh']);
  });

  it('003 §4.2 with an explicit two-word surname: all its initials, and the middle name is what follows it', () => {
    expect(nameParts('Tôn Nữ Thị Hà', 'Tôn Nữ')).toEqual({ surname: ['ton', 'nu'], middle: ['thi'], given: 'ha' });
    expect(first('Tôn Nữ Thị Hà', 'x', 3, 'Tôn Nữ')).toEqual(['thiha', 'hatnt', 'hatnt.x']);
    expect(nameParts('Âu Dương Thu Yết', 'âu dương')).toEqual({ surname: ['au', 'duong'], middle: ['thu'], given: 'yet' });
    expect(nameParts('Tôn Nữ Thị Hà', 'Nguyễn')).toBeNull();
    expect(nameParts('Tôn Nữ', 'Tôn Nữ')).toBeNull();
  });

  it('003 §4.2b: the suffix is the department or district abbreviation (ubnd_nh → nh, sotttt → sotttt)', () => {
    expect(unitSuffix('ubnd_nh')).toBe('nh');
    expect(unitSuffix('ubnd_prtc')).toBe('prtc');
    expect(unitSuffix('sotttt')).toBe('sotttt');
  });
});

describe('003 §7: the password rule (pure)', () => {
  it('003 §7: a password with 8+ characters, upper, lower, digit and one of ! @ # % $ * & passes', () => {
    for (const special of ['!', '@', '#', '%', '$', '*', '&']) expect(passwordProblems(`Matkhau1${special}`)).toEqual([]);
  });

  it('003 §7: every missing requirement is named, in Vietnamese with English', () => {
    const problems = passwordProblems('');
    expect(problems.map((p) => p.requirement)).toEqual(['MIN_LENGTH', 'UPPER_CASE', 'LOWER_CASE', 'DIGIT', 'SPECIAL']);
    expect(problems[0].message).toMatch(/8 ký tự.*\(at least 8 characters\)/);
    expect(passwordProblems('Abc1!').map((p) => p.requirement)).toEqual(['MIN_LENGTH']);
    expect(passwordProblems('abcdefg1!').map((p) => p.requirement)).toEqual(['UPPER_CASE']);
    expect(passwordProblems('ABCDEFG1!').map((p) => p.requirement)).toEqual(['LOWER_CASE']);
    expect(passwordProblems('Abcdefgh!').map((p) => p.requirement)).toEqual(['DIGIT']);
    expect(passwordProblems('Abcdefgh1').map((p) => p.requirement)).toEqual(['SPECIAL']);
    // Only the listed specials count.
    expect(passwordProblems('Abcdefg1^').map((p) => p.requirement)).toEqual(['SPECIAL']);
    expect(passwordProblems('Abcdefg1^')[0].message).toContain('! @ # % $ * &');
  });

  it('003 §7, §9.1: Vietnamese letters count as upper and lower case; length counts characters', () => {
    expect(passwordProblems('Đường1!ă')).toEqual([]);
  });

  it('003 §7: generated temporary passwords meet the rule', () => {
    for (let i = 0; i < 50; i += 1) expect(passwordProblems(temporaryPassword())).toEqual([]);
  });

  it('hashes are scrypt N=2^15 r=8 p=1 by default with a 16-byte salt, parameters stored; comparison checks content', async () => {
    const hasher = new PasswordHasher(loadConfig({}).passwordHashCost);
    const hash = await hasher.hash('Matkhau1!');
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]+$/);
    expect(await hasher.hash('Matkhau1!')).not.toBe(hash);
    expect(await verifyPassword('Matkhau1!', hash)).toBe(true);
    expect(await verifyPassword('Matkhau1@', hash)).toBe(false);
    expect(await verifyPassword('Matkhau1!', 'md5$abc')).toBe(false);
  });

  it("a cheaper hash (the test suite's) still verifies by its own stored parameters; production refuses a cost below 2^15", async () => {
    const cheap = await new PasswordHasher(10).hash('Matkhau1!');
    expect(cheap).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await verifyPassword('Matkhau1!', cheap)).toBe(true);
    const production = { NODE_ENV: 'production', HUB_PUBLIC_URL: 'https://data.example.gov.vn', HUB_TOKEN_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig({ ...production, HUB_PASSWORD_HASH_COST: '12' })).toThrow(/HUB_PASSWORD_HASH_COST/);
    expect(loadConfig(production).passwordHashCost).toBe(15);
  });
});

describe('003 §5.2c, §6.2a: time rules (pure)', () => {
  const leftAt = new Date('2026-01-31T03:00:00Z'); // 10:00 in Vietnam

  it('calendar months are counted in Vietnam time; the 31st becomes the last day of a short month', () => {
    expect(addMonths(leftAt, 1).toISOString()).toBe('2026-02-28T03:00:00.000Z');
    // 30 April 20:00 UTC is 1 May 03:00 in Vietnam: a month later is 1 June there, not 30 May.
    expect(addMonths(new Date('2026-04-30T20:00:00Z'), 1).toISOString()).toBe('2026-05-31T20:00:00.000Z');
  });

  it('003 §5.2c: staff are locked at once and revoked after 6 months', () => {
    expect(leavingSchedule(leftAt, false, 'DEPARTMENT')).toEqual({ leaderRule: false, lockAt: leftAt, revokeAt: addMonths(leftAt, 6) });
  });

  it('003 §5.2c: a division head ("cấp phòng, ban trở xuống") follows the staff rule', () => {
    expect(leavingSchedule(leftAt, true, 'DEPARTMENT_DIVISION').leaderRule).toBe(false);
    expect(leavingSchedule(leftAt, true, 'DISTRICT_DIVISION').leaderRule).toBe(false);
    expect(leavingSchedule(leftAt, true, 'COMMUNE_PPC').leaderRule).toBe(false);
  });

  it('003 §5.2c: leaders of departments and district PPCs and above: locked after 1 month, revoked after 12', () => {
    for (const kind of ['DEPARTMENT', 'DISTRICT_PPC', 'PPC', 'PPC_OFFICE', 'DIC', 'POLICE'] as const) {
      expect(leavingSchedule(leftAt, true, kind)).toEqual({
        leaderRule: true,
        lockAt: addMonths(leftAt, 1),
        revokeAt: addMonths(leftAt, 12),
      });
    }
  });

  it('003 §6.2a: inactivity counts from the later of creation/restore and the last sign-in', () => {
    const since = new Date('2026-01-10T00:00:00Z');
    expect(inactiveFrom(since, null)).toEqual(addMonths(since, 6));
    expect(inactiveFrom(since, new Date('2026-03-01T00:00:00Z'))).toEqual(addMonths(new Date('2026-03-01T00:00:00Z'), 6));
    // A notified absence counts until its end; an earlier one changes nothing.
    expect(inactiveFrom(since, null, new Date('2026-05-01T00:00:00Z'))).toEqual(addMonths(new Date('2026-05-01T00:00:00Z'), 6));
    expect(inactiveFrom(since, new Date('2026-03-01T00:00:00Z'), since)).toEqual(addMonths(new Date('2026-03-01T00:00:00Z'), 6));
  });
});

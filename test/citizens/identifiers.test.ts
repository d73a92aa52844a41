import { mobileProblem, normaliseMobile, normaliseTaxCode, personalIdProblem, readCccd } from '../../src/shared/identifiers';

const born = (date: string) => new Date(`${date}T00:00:00Z`);

describe('identifiers of 000 §8.2 and §8.4', () => {
  it('000 §8.2: a CCCD reads as province of birth registration, century-and-gender digit and birth year', () => {
    expect(readCccd('058090001234')).toEqual({ provinceCode: '058', gender: 'MALE', birthYear: 1990 });
    expect(readCccd('058301012345')).toEqual({ provinceCode: '058', gender: 'FEMALE', birthYear: 2001 });
    expect(readCccd('001175000001')).toEqual({ provinceCode: '001', gender: 'FEMALE', birthYear: 1975 });
  });

  it('000 §8.2: valid CCCD numbers agree with the date of birth and gender', () => {
    expect(personalIdProblem('058090001234', born('1990-04-30'), 'MALE')).toBeNull();
    expect(personalIdProblem('058301012345', born('2001-01-15'), 'FEMALE')).toBeNull();
    expect(personalIdProblem('079199000321', born('1999-12-31'), 'OTHER')).toBeNull();
  });

  it('000 §8.2: a CCCD whose first three digits are not a province code is refused (003, 000, 099, 100)', () => {
    for (const number of ['003090001234', '000090001234', '099090001234', '100090001234']) {
      expect(personalIdProblem(number, born('1990-04-30'), 'MALE')).toMatch(/Mã tỉnh .* không có trong danh mục/);
    }
  });

  it('000 §8.2: a CCCD whose birth year differs from the date of birth is refused', () => {
    expect(personalIdProblem('058090001234', born('1991-04-30'), 'MALE')).toMatch(/năm sinh 1990/);
    // Digit 2 is a man born in the 2000s: 058 2 90 … says 2090, not 1990.
    expect(personalIdProblem('058290001234', born('1990-04-30'), 'MALE')).toMatch(/năm sinh 2090/);
  });

  it('000 §8.2: a CCCD whose century-and-gender digit contradicts the gender is refused', () => {
    expect(personalIdProblem('058190001234', born('1990-04-30'), 'MALE')).toMatch(/giới tính/);
    expect(personalIdProblem('058090001234', born('1990-04-30'), 'FEMALE')).toMatch(/giới tính/);
  });

  it('000 §8.2: a legacy CMND has 9 digits; other lengths and letters are refused', () => {
    expect(personalIdProblem('264123456')).toBeNull();
    for (const number of ['26412345', '2641234567', '05809000123', 'A58090001234']) {
      expect(personalIdProblem(number)).toMatch(/9 chữ số .* 12 chữ số/);
    }
  });

  it('000 §8.4: an organisation’s tax code has 10 digits, or 10-3 for a dependent unit', () => {
    expect(normaliseTaxCode('4500123456')).toBe('4500123456');
    expect(normaliseTaxCode('4500123456-001')).toBe('4500123456-001');
    expect(normaliseTaxCode('4500123456001')).toBe('4500123456-001');
    expect(normaliseTaxCode('450012345')).toBeNull();
    expect(normaliseTaxCode('4500123456-01')).toBeNull();
  });

  it('000 §8.2: Vietnamese mobile numbers are kept in E.164: 0912 345 678 → +84912345678', () => {
    expect(normaliseMobile('0912 345 678')).toBe('+84912345678');
    expect(normaliseMobile('+84 912.345.678')).toBe('+84912345678');
    expect(normaliseMobile('0862345678')).toBe('+84862345678');
  });

  it('000 §8.2: a landline, a foreign number or a short number is refused as the mobile phone', () => {
    // 0259 is Ninh Thuận's landline area code.
    expect(normaliseMobile('0259 3822 222')).toBeNull();
    expect(normaliseMobile('+1 202 555 0143')).toBeNull();
    expect(normaliseMobile('091234')).toBeNull();
    expect(mobileProblem('0259 3822 222')).toMatch(/di động/);
  });
});

/**
 * Vietnamese identifiers shared by partner organisations and citizens' organisation accounts.
 * Each check returns a message naming what is wrong, or null when the value is valid.
 */

/** Enterprise / tax code (mã số doanh nghiệp): 10 digits, or 13 for a branch written 10-3. */
export function normaliseTaxCode(value: string): string | null {
  const compact = value.trim().replace(/[\s.]/g, '');
  const match = /^(\d{10})(?:-?(\d{3}))?$/.exec(compact);
  if (!match) return null;
  return match[2] ? `${match[1]}-${match[2]}` : match[1];
}

export function taxCodeProblem(value: string): string | null {
  return normaliseTaxCode(value) === null
    ? 'Mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số với đơn vị phụ thuộc (tax code must be 10 digits, or 13 as 0123456789-001)'
    : null;
}

/** A UUID as the hub's ids are written: anything else cannot name a row and is not looked up. */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}

/**
 * Columns that look like numbers but are identifiers: read as numbers they lose their leading
 * zeros and invite sums of phone numbers. Known by name (Vietnamese or English, without
 * diacritics) or by the shape of their values.
 */
const identifierWords = new Set([
  'ma',
  'code',
  'cccd',
  'cmnd',
  'cmt',
  'cancuoc',
  'dinhdanh',
  'sdt',
  'dienthoai',
  'phone',
  'tel',
  'mobile',
  'fax',
  'mst',
  'masothue',
  'tax',
  'taxcode',
  'zip',
  'zipcode',
  'postal',
  'postcode',
  'buuchinh',
]);
const identifierPhrases = ['can cuoc', 'dinh danh', 'dien thoai', 'ma so thue', 'buu chinh', 'tax code', 'postal code', 'zip code'];

/** `name` without diacritics: mã_tỉnh, CCCD, so_dien_thoai, tax_code… */
export function identifierName(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.some((word) => identifierWords.has(word))) return true;
  const phrase = ` ${words.join(' ')} `;
  return identifierPhrases.some((known) => phrase.includes(` ${known} `));
}

/**
 * Why these values are identifiers, or null: a phone number written with its country code, or
 * digits of one fixed length of 9 or more (CMND 9, tax code 10, CCCD 12).
 */
export function identifierShape(values: string[]): string | null {
  const phone = values.find((value) => /^\+[0-9]{8,15}$/.test(value));
  if (phone !== undefined) return `"${phone}" là số điện thoại (a phone number)`;
  const length = values[0].length;
  if (length >= 9 && values.every((value) => value.length === length && /^[0-9]+$/.test(value))) {
    return `mọi giá trị là dãy ${length} chữ số như số định danh, mã số thuế (every value is ${length} digits, like an identifier)`;
  }
  return null;
}

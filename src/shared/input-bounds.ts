import type { FieldProblem } from './errors';

/**
 * The size every value a client sends may have, decided by what the value is (its name): so
 * no input reaches SQL or memory unbounded, and one table says what each limit is. The
 * GraphQL schema states these limits in its descriptions (graphql/input-bounds.ts) and HTTP
 * paths and query parameters use the same checks (http/input-bounds.ts).
 */
export interface TextBound {
  maxLength: number;
  /** Line breaks and tabs allowed (free text); other control characters never are. */
  multiline: boolean;
}

export const textBounds = {
  /** Slugs, codes, column names, account names, dates, identifiers. */
  code: { maxLength: 100, multiline: false },
  /** Titles, names, e-mail addresses, links, cursors: one line. */
  line: { maxLength: 1000, multiline: false },
  /** Descriptions, reasons, notes, purposes, answers. */
  text: { maxLength: 10_000, multiline: true },
  /** A search: also cut to maxSearchTerms words (catalog/search.ts). */
  search: { maxLength: 500, multiline: false },
  password: { maxLength: 256, multiline: false },
} satisfies Record<string, TextBound>;

/** Words of a search that reach the full-text query; the rest are ignored. */
export const maxSearchTerms = 16;

/** Items of a list unless its name says otherwise. */
export const defaultListItems = 100;

/** PostgreSQL's own maximum number of columns of a table: no column list can need more. */
export const maxColumns = 1600;

/** A JSON value (a filter operand, a federation representation); a Table Schema may be larger. */
export const jsonBytes = { value: 10 * 1024, tableSchema: 1024 ** 2 };

const codeNames = new Set([
  'id',
  'slug',
  'datasetSlug',
  'province',
  'provinceCode',
  'provinceCodes',
  'successorProvinceCode',
  'agencyCode',
  'ownerCode',
  'ownerCodes',
  'parentCode',
  'successorCode',
  'toAgencyCode',
  'sectors',
  'formats',
  'accountName',
  'login',
  'code',
  'phone',
  'taxCode',
  'thirdPartyTaxCode',
  'idNumber',
  'column',
  'columns',
  'fields',
  'allowedColumns',
  'requestedColumns',
  'validOn',
  'from',
  'to',
  'temporalFrom',
  'temporalTo',
  'effectiveOn',
  'periodFrom',
  'periodTo',
  'dateOfBirth',
  'idIssuedOn',
]);

const textNames = new Set([
  'description',
  'descriptionEn',
  'reason',
  'note',
  'purpose',
  'text',
  'body',
  'answer',
  'response',
  'legalBasis',
  'feeNote',
  'duplicateOverrideReason',
]);

const passwordNames = new Set(['password', 'currentPassword', 'newPassword', 'initialPassword']);

const columnListNames = new Set(['columns', 'fields', 'allowedColumns', 'requestedColumns']);

/** The bound of a text value by its name; identifiers (GraphQL ID) are codes whatever their name. */
export function textBoundOf(name: string, isIdentifier = false): TextBound {
  if (isIdentifier || codeNames.has(name)) return textBounds.code;
  if (textNames.has(name)) return textBounds.text;
  if (passwordNames.has(name)) return textBounds.password;
  if (name === 'search' || name === 'q') return textBounds.search;
  return textBounds.line;
}

export function listItemsOf(name: string): number {
  if (columnListNames.has(name)) return maxColumns;
  // RowFilter.in: as many values as rows/filters.ts accepts; _entities: a gateway batches the
  // references of a whole response (pages of up to 100, with nested lists) into one call.
  if (name === 'in' || name === 'representations') return 1000;
  return defaultListItems;
}

export function jsonBytesOf(name: string): number {
  return name === 'tableSchema' ? jsonBytes.tableSchema : jsonBytes.value;
}

/** Control characters but line breaks and tabs (readText and free text). */
// eslint-disable-next-line no-control-regex
export const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const lineControlCharacters = /[\u0000-\u001f\u007f]/;

/** The problem with a text value, or null when it is within its bound. */
export function textProblem(value: string, bound: TextBound): string | null {
  if (exceeds(value, bound.maxLength)) return `tối đa ${bound.maxLength} ký tự (at most ${bound.maxLength} characters)`;
  if ((bound.multiline ? controlCharacters : lineControlCharacters).test(value)) {
    return bound.multiline
      ? 'có ký tự điều khiển (control characters are not allowed, except line breaks and tabs)'
      : 'có ký tự điều khiển hoặc xuống dòng (control characters and line breaks are not allowed)';
  }
  return null;
}

export function listProblem(length: number, maxItems: number): string | null {
  return length > maxItems ? `tối đa ${maxItems} mục (at most ${maxItems} items)` : null;
}

/**
 * A JSON value's problem: larger than `maxBytes` once serialised, or a string in it with a
 * control character (NUL above all, which PostgreSQL text cannot hold).
 */
export function jsonProblem(value: unknown, maxBytes: number): string | null {
  if (Buffer.byteLength(JSON.stringify(value) ?? '') > maxBytes)
    return `dữ liệu JSON tối đa ${maxBytes} byte (JSON at most ${maxBytes} bytes)`;
  return hasControlCharacter(value) ? 'có ký tự điều khiển (control characters are not allowed)' : null;
}

function hasControlCharacter(value: unknown): boolean {
  if (typeof value === 'string') return controlCharacters.test(value);
  if (Array.isArray(value)) return value.some(hasControlCharacter);
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, item]) => controlCharacters.test(key) || hasControlCharacter(item));
  }
  return false;
}

/** How the schema's descriptions state a bound. */
export function describeTextBound(bound: TextBound): string {
  return bound.multiline
    ? `Tối đa ${bound.maxLength} ký tự (at most ${bound.maxLength} characters; line breaks and tabs allowed, no other control characters)`
    : `Tối đa ${bound.maxLength} ký tự trên một dòng (at most ${bound.maxLength} characters on one line, no control characters)`;
}

/** Counts code points, stopping as soon as the bound is passed (a 1 MB value costs no more than max). */
function exceeds(value: string, max: number): boolean {
  if (value.length <= max) return false;
  let count = 0;
  for (let index = 0; index < value.length; index += (value.codePointAt(index) ?? 0) > 0xffff ? 2 : 1) {
    count += 1;
    if (count > max) return true;
  }
  return false;
}

/** Problems of named text values (HTTP path parameters, query parameters), each bounded by its name. */
export function namedTextProblems(values: Record<string, unknown>, where: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const [name, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (typeof item !== 'string') continue;
      const problem = textProblem(item, textBoundOf(name));
      if (problem) problems.push({ field: `${where}.${name}`, message: problem });
    }
  }
  return problems;
}

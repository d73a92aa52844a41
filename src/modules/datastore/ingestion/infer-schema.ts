import { withoutDiacritics } from '../../../shared/text';
import type { TableField, TableSchema } from '../table-schema';
import { identifierName, identifierShape } from './identifier-columns';

/** Why a column got its type, shown to the owner who confirms the schema. */
export interface ColumnInference {
  column: string;
  type: string;
  reason: string;
  /** The values allow two readings (e.g. "1.000"): kept as text until the owner says which. */
  ownerMustDecide: boolean;
}

/** One column's guess, with the pattern every value of the whole file must match for it to hold. */
export interface InferredColumn extends ColumnInference {
  field: TableField;
  /** POSIX regular expression, the same in JavaScript and PostgreSQL; null for text. */
  fits: string | null;
  /** The number style the column's own values prove, when only one reads them all. */
  numberStyle?: Style;
}

export interface InferenceOptions {
  /** Values a workbook wrote: numbers as JavaScript prints them, so never grouped nor with ',' decimals. */
  canonicalNumbers?: boolean;
}

type Style = 'vn' | 'intl';

/** The readings of a numeric value: per style, whether it is a whole number; absent when that style cannot read it. */
type Readings = Partial<Record<Style, { integral: boolean }>>;

const digitsUpTo18 = '(0|[1-9][0-9]{0,17})';
const groups = (separator: string) => `[1-9][0-9]{0,2}(\\${separator}[0-9]{3}){1,5}`;
const plainInteger = new RegExp(`^[+-]?${digitsUpTo18}$`);
const groupedBy = (separator: string) => new RegExp(`^[+-]?${groups(separator)}$`);
const decimalWith = (decimal: string, group: string) =>
  new RegExp(`^[+-]?(0|[1-9][0-9]*|[1-9][0-9]{0,2}(\\${group}[0-9]{3})+)\\${decimal}[0-9]+$`);
const vnGrouped = groupedBy('.');
const intlGrouped = groupedBy(',');
const vnDecimal = decimalWith(',', '.');
const intlDecimal = decimalWith('.', ',');
const singleGroup = /^[+-]?[1-9][0-9]{0,2}[.,][0-9]{3}$/;
const isoDate = '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';
const dayMonthYear = '^(0?[1-9]|[12][0-9]|3[01])/(0?[1-9]|1[0-2])/[0-9]{4}$';
const booleanText = '^(true|false|TRUE|FALSE|True|False)$';

const styleNames: Record<Style, string> = {
  vn: "kiểu Việt Nam: '.' phân cách nghìn, ',' thập phân (Vietnamese style)",
  intl: "kiểu quốc tế: '.' thập phân, ',' phân cách nghìn (international style)",
};

function readingsOf(value: string, canonical: boolean): Readings | null {
  if (plainInteger.test(value)) return { vn: { integral: true }, intl: { integral: true } };
  if (canonical) return intlDecimal.test(value) && !value.includes(',') ? { intl: { integral: false } } : null;
  // "1.000" is a thousand in Vietnamese style and one in international style; "1,000" the reverse.
  const single = singleGroup.test(value);
  if (vnGrouped.test(value)) return single ? { vn: { integral: true }, intl: { integral: false } } : { vn: { integral: true } };
  if (intlGrouped.test(value)) return single ? { intl: { integral: true }, vn: { integral: false } } : { intl: { integral: true } };
  if (vnDecimal.test(value)) return { vn: { integral: false } };
  if (intlDecimal.test(value)) return { intl: { integral: false } };
  return null;
}

/**
 * A Table Schema for a file whose owner gave none, from the values of a sample (the whole file
 * is checked afterwards, whole-file-check.ts). Identifiers and values with leading zeros stay
 * text; numbers are read in Vietnamese or international style only when the values say which;
 * a column whose values allow both readings stays text and is left for the owner to decide.
 */
export function inferColumns(header: string[], sample: string[][], options: InferenceOptions = {}): InferredColumn[] {
  const valuesOf = (index: number) => sample.map((record) => record[index] ?? '').filter((value) => value !== '');
  const canonical = options.canonicalNumbers === true;
  const columns = header.map((name, index) => inferColumn(name, valuesOf(index), canonical, null));
  // One file is written in one style: a column that proves it (e.g. "1.234,5") settles the
  // columns whose values alone read both ways ("8.919"), unless another column proves the other.
  const proven = new Set(columns.flatMap((column) => (column.numberStyle ? [column.numberStyle] : [])));
  if (proven.size !== 1) return columns;
  const [fileStyle] = proven;
  return columns.map((column, index) =>
    column.ownerMustDecide ? inferColumn(header[index], valuesOf(index), canonical, fileStyle) : column,
  );
}

export function schemaOf(columns: InferredColumn[]): TableSchema {
  return { fields: columns.map((column) => column.field), missingValues: [''] };
}

function inferColumn(name: string, values: string[], canonical: boolean, fileStyle: Style | null): InferredColumn {
  const text = (reason: string, ownerMustDecide = false): InferredColumn => ({
    column: name,
    type: 'string',
    reason,
    ownerMustDecide,
    field: { name, type: 'string' },
    fits: null,
  });
  if (identifierName(withoutDiacritics(name))) {
    return text('tên cột là của một mã hay số định danh: giữ nguyên dạng văn bản (the name says identifier or code: kept as text)');
  }
  if (values.length === 0) return text('cột không có giá trị nào trong mẫu (no values in the sample)');
  const leadingZero = values.find((value) => /^[+-]?0[0-9][0-9.,]*$/.test(value));
  if (leadingZero !== undefined) {
    return text(`"${shown(leadingZero)}" có số 0 ở đầu: giữ nguyên dạng văn bản (a leading zero: kept as text, exactly as written)`);
  }
  const identifier = identifierShape(values);
  if (identifier) return text(`${identifier}: giữ nguyên dạng văn bản (kept as text)`);
  return dateColumn(name, values) ?? booleanColumn(name, values) ?? numberColumn(name, values, canonical, fileStyle, text);
}

function dateColumn(name: string, values: string[]): InferredColumn | null {
  for (const [pattern, format, written] of [
    [isoDate, undefined, 'YYYY-MM-DD'],
    [dayMonthYear, '%d/%m/%Y', 'ngày/tháng/năm (day/month/year)'],
  ] as const) {
    if (values.every((value) => new RegExp(pattern).test(value))) {
      return {
        column: name,
        type: 'date',
        reason: `mọi giá trị là ngày dạng ${written}, ví dụ "${shown(values[0])}" (every value is a date in this form)`,
        ownerMustDecide: false,
        field: { name, type: 'date', ...(format ? { format } : {}) },
        fits: pattern,
      };
    }
  }
  return null;
}

function booleanColumn(name: string, values: string[]): InferredColumn | null {
  if (!values.every((value) => new RegExp(booleanText).test(value))) return null;
  return {
    column: name,
    type: 'boolean',
    reason: 'mọi giá trị là true/false (every value is true or false)',
    ownerMustDecide: false,
    field: { name, type: 'boolean' },
    fits: booleanText,
  };
}

function numberColumn(
  name: string,
  values: string[],
  canonical: boolean,
  fileStyle: Style | null,
  text: (reason: string, ownerMustDecide?: boolean) => InferredColumn,
): InferredColumn {
  const readings: Readings[] = [];
  for (const value of values) {
    const reading = readingsOf(value, canonical);
    if (!reading) return text(`"${shown(value)}" không phải số hay ngày: văn bản (not a number or a date: text)`);
    readings.push(reading);
  }
  const readable = (['vn', 'intl'] as const).filter((style) => readings.every((reading) => reading[style]));
  const settledByFile = readable.length === 2 && fileStyle !== null;
  const styles = settledByFile ? [fileStyle] : readable;
  if (styles.length === 0) {
    const vn = values.find((_, index) => !readings[index].intl);
    const intl = values.find((_, index) => !readings[index].vn);
    return text(
      `trộn hai kiểu số, "${shown(vn ?? '')}" và "${shown(intl ?? '')}": chủ sở hữu cần xác nhận (mixes Vietnamese and international number styles: the owner decides)`,
      true,
    );
  }
  const ambiguous = values.find((_, index) => readings[index].vn?.integral !== readings[index].intl?.integral);
  if (styles.length === 2 && ambiguous !== undefined) {
    return text(
      `"${shown(ambiguous)}" đọc được hai cách, ${styleNames.vn} hoặc ${styleNames.intl}: giữ dạng văn bản đến khi chủ sở hữu xác nhận bằng confirmTableSchema (ambiguous: the owner states decimalChar and groupChar)`,
      true,
    );
  }
  // Both styles left and nothing ambiguous: every value is a plain integer.
  const style: Style | null = styles.length === 2 ? null : styles[0];
  const integral = readings.every((reading) => (style ? reading[style]!.integral : true));
  const group = style === 'vn' ? '.' : style === 'intl' && values.some((value) => value.includes(',')) ? ',' : null;
  const decimal = style === 'vn' ? ',' : '.';
  const field: TableField = {
    name,
    type: integral ? 'integer' : 'number',
    ...(group ? { groupChar: group } : {}),
    ...(!integral && decimal !== '.' ? { decimalChar: decimal } : {}),
  };
  const example = values.find((value) => !plainInteger.test(value)) ?? values[0];
  return {
    column: name,
    type: field.type!,
    reason: `${integral ? 'mọi giá trị là số nguyên' : 'mọi giá trị là số'}${style ? `, ${styleNames[style]}` : ''}${settledByFile ? ' như các cột khác của tệp (as the file’s other columns)' : ''}, ví dụ "${shown(example)}" (${integral ? 'every value is an integer' : 'every value is a number'})`,
    ownerMustDecide: false,
    field,
    fits: numberFits(integral, group, decimal),
    ...(style && !settledByFile && readable.length === 1 ? { numberStyle: style } : {}),
  };
}

/** What the whole file must match for the sample's guess to hold (the type's own parser is laxer). */
function numberFits(integral: boolean, group: string | null, decimal: string): string {
  if (integral) return group ? `^[+-]?(${digitsUpTo18}|${groups(group)})$` : `^[+-]?${digitsUpTo18}$`;
  const whole = group ? `(0|[1-9][0-9]*|[1-9][0-9]{0,2}(\\${group}[0-9]{3})+)` : '(0|[1-9][0-9]*)';
  return `^[+-]?${whole}(\\${decimal}[0-9]+)?$`;
}

function shown(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

import { quoteIdentifier, sqlTypeOf } from '../version-tables';
import type { TableField, TableSchema } from '../table-schema';
import { IngestionFailure } from './problems';
import { literal, regexCharacter } from './sql-text';

/** Longest text of one cell: larger is a broken file, not data (and would burden every reader). */
export const maxCellBytes = 2 ** 20;

/** A rule on a field's typed value: in SQL over any expression of that value. */
interface ValueRule {
  holds(value: string): string;
  message: string;
}

/**
 * One Table Schema field in SQL: how its staging text becomes a typed value, what makes the
 * text not of its type, and its constraints. The fast path casts everything in one
 * INSERT … SELECT (a bad value raises); the report path asks the same questions row by row.
 */
export interface FieldSql {
  name: string;
  column: string;
  sqlType: string;
  required: boolean;
  /** The cell after missing values became NULL. */
  value: string;
  /** Typed value; raises for text that is not of the type. */
  typed: string;
  /** True when a present value is not of the type; null when only the cast can tell. */
  notOfType: string | null;
  /** Typed value for text already known to be of the type. */
  converted: string;
  typeMessage: string;
  rules: ValueRule[];
}

export function fieldSql(field: TableField, stagingColumn: string, schema: TableSchema, primaryKey: string[]): FieldSql {
  const value = missingAsNull(stagingColumn, schema.missingValues ?? ['']);
  const sqlType = sqlTypeOf(field.type);
  const shape = schemaRule(field, () => typeShape(field, bareNumberOf(field, value)));
  const constraints = field.constraints ?? {};
  const rules: ValueRule[] = [];
  const typedLiteral = (bound: unknown) => `${literal(String(bound))}::${sqlType}`;
  if (constraints.enum?.length) {
    const allowed = constraints.enum.map(typedLiteral).join(', ');
    rules.push({
      holds: (v) => `${v} in (${allowed})`,
      message: `không thuộc danh sách cho phép (not one of ${constraints.enum.join(', ')})`,
    });
  }
  if (constraints.minimum !== undefined) {
    rules.push({
      holds: (v) => `${v} >= ${typedLiteral(constraints.minimum)}`,
      message: `nhỏ hơn ${constraints.minimum} (below the minimum)`,
    });
  }
  if (constraints.maximum !== undefined) {
    rules.push({
      holds: (v) => `${v} <= ${typedLiteral(constraints.maximum)}`,
      message: `lớn hơn ${constraints.maximum} (above the maximum)`,
    });
  }
  if (constraints.pattern !== undefined) {
    rules.push({
      holds: (v) => `${v}::text ~ ${literal(`^(?:${constraints.pattern})$`)}`,
      message: `không khớp mẫu ${constraints.pattern} (does not match the pattern)`,
    });
  }
  if (constraints.minLength !== undefined) {
    rules.push({
      holds: (v) => `char_length(${v}::text) >= ${Number(constraints.minLength)}`,
      message: `ngắn hơn ${constraints.minLength} ký tự (shorter than minLength)`,
    });
  }
  if (constraints.maxLength !== undefined) {
    rules.push({
      holds: (v) => `char_length(${v}::text) <= ${Number(constraints.maxLength)}`,
      message: `dài hơn ${constraints.maxLength} ký tự (longer than maxLength)`,
    });
  }
  if (sqlType === 'text') {
    rules.push({
      holds: (v) => `octet_length(${v}) <= ${maxCellBytes}`,
      message: `ô dài quá ${maxCellBytes / 2 ** 20} MiB (cell larger than the limit)`,
    });
  }
  return {
    name: field.name,
    column: quoteIdentifier(field.name),
    sqlType,
    required: constraints.required === true || primaryKey.includes(field.name),
    value,
    typed: shape.typed,
    notOfType: shape.notOfType,
    converted: shape.converted,
    typeMessage: shape.message,
    rules,
  };
}

/**
 * Table Schema `bareNumber: false`: what comes before the digits (a currency) and after them
 * (a percent sign, a unit) is not part of the number. The decimal character may lead (",5").
 */
function bareNumberOf(field: TableField, value: string): string {
  if (field.bareNumber !== false || (field.type !== 'integer' && field.type !== 'number')) return value;
  const decimal = regexCharacter(field.decimalChar ?? '.');
  return `regexp_replace(${value}, ${literal(`^[^0-9+${decimal}-]+|[^0-9]+$`)}, '', 'g')`;
}

/** A schema this code cannot apply (e.g. an unsupported date format) is the owner's to fix. */
function schemaRule<T>(field: TableField, build: () => T): T {
  try {
    return build();
  } catch (error) {
    throw new IngestionFailure([
      { row: null, column: field.name, message: `lược đồ không dùng được (unusable schema): ${(error as Error).message}` },
    ]);
  }
}

function missingAsNull(column: string, missingValues: string[]): string {
  if (missingValues.length === 1 && missingValues[0] === '') return `nullif(${column}, '')`;
  if (missingValues.length === 0) return column;
  return `(case when ${column} in (${missingValues.map(literal).join(', ')}) then null else ${column} end)`;
}

interface TypeShape {
  typed: string;
  notOfType: string | null;
  converted: string;
  message: string;
}

/** Text that is not of the type gets a trailing U+0001, which no cast accepts: the cast raises. */
function castOrRaise(value: string, valid: string, converted: string, sqlType: string): string {
  return `(case when ${valid} then ${converted} else ${value} || chr(1) end)::${sqlType}`;
}

/**
 * The cast first, and its text printed back: a value that prints as it was written is of the
 * type (PostgreSQL prints no spaces, no '+', no leading zeros), and costs a cast and an
 * output function instead of a regex. Anything else takes the strict expression, which
 * raises on what the schema refuses. A text the cast refuses raises either way.
 */
function canonicalFirst(v: string, cast: string, guard: string | null, strict: string): string {
  const printsBack = `${cast}::text = ${v}${guard ? ` and ${guard}` : ''}`;
  return `(case when ${printsBack} then ${cast} else ${strict} end)`;
}

function typeShape(field: TableField, v: string): TypeShape {
  const sample = `left(${v}, 40)`;
  const regexShape = (pattern: string, normalised: string, sqlType: string, message: string): TypeShape => {
    const valid = `${v} ~ ${literal(pattern)}`;
    return {
      typed: castOrRaise(v, valid, normalised, sqlType),
      notOfType: `${v} !~ ${literal(pattern)}`,
      converted: `(${normalised})::${sqlType}`,
      message: `'"' || ${sample} || '" ${message}'`,
    };
  };
  switch (field.type ?? 'string') {
    case 'string':
    case 'any':
      return { typed: v, notOfType: null, converted: v, message: "''" };
    case 'integer': {
      const group = field.groupChar ? regexCharacter(field.groupChar) : null;
      const pattern = group ? `^[+-]?([0-9]+|[0-9]{1,3}(${group}[0-9]{3})+)$` : '^[+-]?[0-9]+$';
      const normalised = field.groupChar ? `replace(${v}, ${literal(field.groupChar)}, '')` : v;
      const shape = regexShape(pattern, normalised, 'bigint', 'không phải số nguyên (not an integer)');
      // Past 18 digits a bigint may overflow: the value is checked against its range.
      return {
        ...shape,
        typed: group ? shape.typed : canonicalFirst(v, `${v}::bigint`, null, shape.typed),
        notOfType: `(case when ${shape.notOfType} then true when length(${normalised}) > 18 then (${normalised})::numeric not between -9223372036854775808 and 9223372036854775807 else false end)`,
      };
    }
    case 'number': {
      const decimal = field.decimalChar ?? '.';
      const group = field.groupChar ? regexCharacter(field.groupChar) : null;
      const digits = group ? `([0-9]+|[0-9]{1,3}(${group}[0-9]{3})+)` : '[0-9]+';
      const pattern = `^[+-]?(${digits}(${regexCharacter(decimal)}[0-9]*)?|${regexCharacter(decimal)}[0-9]+)([eE][+-]?[0-9]+)?$`;
      let normalised = v;
      if (field.groupChar) normalised = `replace(${normalised}, ${literal(field.groupChar)}, '')`;
      if (decimal !== '.') normalised = `replace(${normalised}, ${literal(decimal)}, '.')`;
      const shape = regexShape(pattern, normalised, 'numeric', 'không phải số (not a number)');
      if (group || decimal !== '.') return shape;
      // NaN and ±Infinity print as they are read, and the schema refuses them.
      return { ...shape, typed: canonicalFirst(v, `${v}::numeric`, `${v} not in ('NaN', 'Infinity', '-Infinity')`, shape.typed) };
    }
    case 'year':
      return regexShape('^[0-9]{4}$', v, 'integer', 'không phải năm (not a year)');
    case 'boolean': {
      const trueValues = field.trueValues ?? ['true', 'True', 'TRUE', '1'];
      const falseValues = field.falseValues ?? ['false', 'False', 'FALSE', '0'];
      const known = [...trueValues, ...falseValues].map(literal).join(', ');
      const converted = `(${v} in (${trueValues.map(literal).join(', ')}))`;
      return {
        typed: `(case when ${v} in (${known}) then ${converted}::text else ${v} || chr(1) end)::boolean`,
        notOfType: `${v} not in (${known})`,
        converted,
        message: `'"' || ${sample} || '" không phải đúng/sai (not a boolean)'`,
      };
    }
    case 'date':
      return dateShape(field.format, v, sample);
    case 'datetime':
      return regexShape(
        '^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$',
        v,
        'timestamptz',
        'không phải ngày giờ ISO 8601 (not an ISO 8601 datetime)',
      );
    default: {
      // Types without a text rule here (time, duration, object, geojson…): the cast decides.
      const sqlType = sqlTypeOf(field.type);
      return { typed: `${v}::${sqlType}`, notOfType: null, converted: `${v}::${sqlType}`, message: "''" };
    }
  }
}

/** Dates in ISO form, or in the field's strftime-style format such as %d/%m/%Y. */
function dateShape(format: string | undefined, v: string, sample: string): TypeShape {
  const { pattern, shape, isoReplacement, toDateFormat, paddedLength } = datePattern(format);
  const iso = isoReplacement ? `regexp_replace(${v}, ${literal(pattern)}, ${literal(isoReplacement)})` : v;
  const part = (index: number) => `split_part(${iso}, '-', ${index})::int`;
  // The pattern admits 31/02; the calendar check refuses it without raising.
  const realDate = `(case when ${part(2)} between 1 and 12 and ${part(1)} > 0 then ${part(3)} between 1 and extract(day from make_date(${part(1)}, ${part(2)}, 1) + interval '1 month - 1 day') else false end)`;
  const shown = format && format !== 'default' && format !== 'any' ? format : 'YYYY-MM-DD';
  // The fast path reads a formatted date with to_date, which raises on 31/02 as the cast does:
  // regexp_replace with capture groups cost 11 s per million values, to_date 0.4 s (BENCHMARKS.md).
  const strict = toDateFormat
    ? `(case when ${v} ~ ${literal(shape)} then to_date(${v}, ${literal(toDateFormat)}) else (${v} || chr(1))::date end)`
    : castOrRaise(v, `${v} ~ ${literal(shape)}`, iso, 'date');
  // Zero-padded dates (nearly all) are recognised by printing them back; the rest meet the regex.
  // The '-' keeps other DateStyles' output (02/01/2020 under SQL, DMY) from passing for ISO.
  const typed = toDateFormat
    ? `(case when length(${v}) = ${paddedLength} and to_char(to_date(${v}, ${literal(toDateFormat)}), ${literal(toDateFormat)}) = ${v} then to_date(${v}, ${literal(toDateFormat)}) else ${strict} end)`
    : `(case when length(${v}) = 10 and substr(${v}, 5, 1) = '-' and ${v}::date::text = ${v} then ${v}::date else ${strict} end)`;
  return {
    typed,
    notOfType: `(case when ${v} !~ ${literal(shape)} then true else not ${realDate} end)`,
    converted: `(${iso})::date`,
    message: `'"' || ${sample} || '" không phải ngày theo dạng ${shown.replace(/'/g, "''")} (not a date in this format)'`,
  };
}

interface DatePattern {
  /** With capture groups, for regexp_replace into ISO form (the report path). */
  pattern: string;
  /** The same without capture groups: several times cheaper to match (the fast path). */
  shape: string;
  isoReplacement: string | null;
  /** The format in to_date's template language, literal text quoted. */
  toDateFormat: string | null;
  /** Length of a date in this format with day and month zero-padded (as to_char prints it). */
  paddedLength: number;
}

function datePattern(format: string | undefined): DatePattern {
  const isoShape = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
  if (!format || format === 'default' || format === 'any')
    return { pattern: isoShape, shape: isoShape, isoReplacement: null, toDateFormat: null, paddedLength: 10 };
  const groups: Record<string, number> = {};
  let pattern = '^';
  let shape = '^';
  let toDateFormat = '';
  let group = 0;
  let paddedLength = 0;
  for (let index = 0; index < format.length; index += 1) {
    const char = format[index];
    if (char === '%' && index + 1 < format.length) {
      const directive = format[++index];
      // Year 0000 does not exist; to_date would read it as 1 BC.
      const digits = directive === 'Y' ? '(?!0000)[0-9]{4}' : directive === 'd' || directive === 'm' ? '[0-9]{1,2}' : null;
      if (!digits) throw new Error(`date format ${format}: only %d, %m and %Y are supported`);
      pattern += `(${digits})`;
      shape += `(?:${digits})`;
      toDateFormat += { d: 'DD', m: 'MM', Y: 'YYYY' }[directive as 'd' | 'm' | 'Y'];
      groups[directive] = ++group;
      paddedLength += directive === 'Y' ? 4 : 2;
    } else {
      pattern += regexCharacter(char);
      shape += regexCharacter(char);
      toDateFormat += `"${char === '"' || char === '\\' ? `\\${char}` : char}"`;
      paddedLength += 1;
    }
  }
  if (!groups.d || !groups.m || !groups.Y) throw new Error(`date format ${format}: needs %d, %m and %Y`);
  return {
    pattern: `${pattern}$`,
    shape: `${shape}$`,
    isoReplacement: `\\${groups.Y}-\\${groups.m}-\\${groups.d}`,
    toDateFormat,
    paddedLength,
  };
}

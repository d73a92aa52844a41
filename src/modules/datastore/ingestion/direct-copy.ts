import type { TableSchema } from '../table-schema';
import { sqlTypeOf } from '../version-tables';

/**
 * The direct road (a PostgreSQL server only): COPY the file straight into the typed version
 * table, without staging and without the INSERT … SELECT. It is taken only when every field
 * is of a kind whose strict Table Schema text form PostgreSQL's own input function reads to
 * the same value the staging road would produce (plain integers, '.' decimals, ISO or
 * dd/mm/yyyy dates, text). What the input functions would wrongly accept (spaces, NaN,
 * 'today', other date styles…) is refused here, in JavaScript, on the bytes as they stream to
 * the server: the check runs on the hub's core while the server's core parses, so it costs no
 * wall time. Constraints are the table's NOT NULL/CHECK and the unique indexes, as on the
 * staging road. Anything refused, by the check or by the server, sends the job down the
 * staging road from the start, which builds the full report: this road only ever succeeds
 * with exactly the table the staging road would have built.
 */
export interface DirectPlan {
  /** The session's DateStyle during the COPY: how date_in reads the slash dates. */
  dateStyle: 'ISO, DMY' | 'ISO, MDY';
  /** Per file column: the shape check of its text, or null for text columns. */
  shapes: (Shape | null)[];
}

type Shape = (bytes: Uint8Array, length: number) => boolean;

const zero = 0x30;
const nine = 0x39;
const isDigit = (byte: number) => byte >= zero && byte <= nine;
const plus = 0x2b;
const minus = 0x2d;
const dot = 0x2e;
const slash = 0x2f;

/** `^[+-]?[0-9]+$` */
const integerShape: Shape = (b, n) => {
  let i = b[0] === plus || b[0] === minus ? 1 : 0;
  if (i >= n) return false;
  for (; i < n; i += 1) if (!isDigit(b[i])) return false;
  return true;
};

/** `^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$` */
const numberShape: Shape = (b, n) => {
  let i = b[0] === plus || b[0] === minus ? 1 : 0;
  const intStart = i;
  while (i < n && isDigit(b[i])) i += 1;
  const intDigits = i - intStart;
  let fracDigits = 0;
  if (i < n && b[i] === dot) {
    i += 1;
    const fracStart = i;
    while (i < n && isDigit(b[i])) i += 1;
    fracDigits = i - fracStart;
  }
  if (intDigits === 0 && fracDigits === 0) return false;
  if (i < n && (b[i] === 0x65 || b[i] === 0x45)) {
    i += 1;
    if (i < n && (b[i] === plus || b[i] === minus)) i += 1;
    const expStart = i;
    while (i < n && isDigit(b[i])) i += 1;
    if (i === expStart) return false;
  }
  return i === n;
};

/** `^[0-9]{4}$` */
const yearShape: Shape = (b, n) => n === 4 && isDigit(b[0]) && isDigit(b[1]) && isDigit(b[2]) && isDigit(b[3]);

/** `^[0-9]{4}-[0-9]{2}-[0-9]{2}$` */
const isoDateShape: Shape = (b, n) => {
  if (n !== 10 || b[4] !== minus || b[7] !== minus) return false;
  return (
    isDigit(b[0]) && isDigit(b[1]) && isDigit(b[2]) && isDigit(b[3]) && isDigit(b[5]) && isDigit(b[6]) && isDigit(b[8]) && isDigit(b[9])
  );
};

/** `^[0-9]{1,2}/[0-9]{1,2}/(?!0000)[0-9]{4}$` (dd/mm/yyyy or mm/dd/yyyy: the order is the session's DateStyle). */
const slashDateShape: Shape = (b, n) => {
  let i = 0;
  for (let part = 0; part < 2; part += 1) {
    const start = i;
    while (i < n && isDigit(b[i]) && i - start < 3) i += 1;
    if (i - start < 1 || i - start > 2 || b[i] !== slash) return false;
    i += 1;
  }
  if (n - i !== 4) return false;
  for (let k = i; k < n; k += 1) if (!isDigit(b[k])) return false;
  return !(b[i] === zero && b[i + 1] === zero && b[i + 2] === zero && b[i + 3] === zero);
};

/** The plan for a schema and a header, or null when only the staging road applies. */
export function directPlan(schema: TableSchema, header: string[]): DirectPlan | null {
  const missing = schema.missingValues ?? [''];
  if (missing.length !== 1 || missing[0] !== '') return null;
  if ((schema.foreignKeys ?? []).length > 0) return null;
  if (schema.fields.length !== header.length) return null;
  let dateStyle: DirectPlan['dateStyle'] | null = null;
  const shapes: (Shape | null)[] = [];
  for (const name of header) {
    const field = schema.fields.find((candidate) => candidate.name === name);
    if (!field) return null;
    const type = field.type ?? 'string';
    let shape: Shape | null;
    if (type === 'string' || type === 'any') {
      if (sqlTypeOf(type) !== 'text') return null;
      shape = null;
    } else if (type === 'integer') {
      if (field.groupChar || field.bareNumber === false) return null;
      shape = integerShape;
    } else if (type === 'number') {
      if (field.groupChar || field.bareNumber === false || (field.decimalChar !== undefined && field.decimalChar !== '.')) return null;
      shape = numberShape;
    } else if (type === 'year') {
      shape = yearShape;
    } else if (type === 'date') {
      const format = field.format;
      if (!format || format === 'default' || format === 'any') shape = isoDateShape;
      else {
        const style = format === '%d/%m/%Y' ? 'ISO, DMY' : format === '%m/%d/%Y' ? 'ISO, MDY' : null;
        if (!style || (dateStyle && dateStyle !== style)) return null;
        dateStyle = style;
        shape = slashDateShape;
      }
    } else return null;
    shapes.push(shape);
  }
  return { dateStyle: dateStyle ?? 'ISO, DMY', shapes };
}

/** Writes `value`'s decimal digits at `at`; returns the offset after them. */
function writeDigits(out: Buffer, at: number, value: number): number {
  let digits = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits += 1;
  let rest = value;
  for (let k = at + digits - 1; k >= at; k -= 1) {
    out[k] = zero + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return at + digits;
}

/** The direct road's check found a value the schema refuses: the staging road takes over. */
export class ShapeRefused extends Error {
  constructor(readonly row: number) {
    super(`row ${row}: a value the direct load cannot take`);
    this.name = 'ShapeRefused';
  }
}

const newline = 0x0a;
const carriageReturn = 0x0d;
/** Longest typed cell checked; anything longer is refused (no value of these types is this long). */
const maxTyped = 64;

/**
 * Reads CSV bytes as COPY does (quote doubled inside quotes; `\r\n` or `\n` ends a record)
 * and checks every typed cell against its shape. Refuses, conservatively, anything it is not
 * sure about: a record with the wrong number of cells, a bare `\r`, a cell too long.
 */
/** Bytes that make a spreadsheet run a text cell as a formula when they come first (formula.ts). */
const formulaStarts = new Uint8Array(256);
for (const character of '=+-@\t\r') formulaStarts[character.charCodeAt(0)] = 1;

export class ShapeChecker {
  /** Some text cell starts like a formula: the served CSV must then be written, not the upload (served-csv.ts). */
  formulaCell = false;
  private row: number;
  private column = 0;
  private inQuotes = false;
  /** A quote was seen inside quotes: it closes them unless the next byte is another quote. */
  private quotePending = false;
  private readonly cell = new Uint8Array(maxTyped);
  private cellLength = 0;
  private overflow = false;
  private afterCarriageReturn = false;
  private atRecordStart = true;
  private cellStart = true;
  /** Inside quotes that opened a text cell: the next byte is its first character. */
  private quotedStart = false;

  constructor(
    private readonly shapes: (Shape | null)[],
    private readonly delimiter: number,
    private readonly quote: number,
    firstRow: number,
  ) {
    this.row = firstRow;
  }

  /**
   * Throws ShapeRefused at the first cell the schema would refuse. Returns the bytes with each
   * record's row number (the header is row 1) put before it as a first cell: COPY writes the
   * row number itself, so the table needs no sequence. `lastRecordEnd` (an offset in `bytes`,
   * or -1) is returned as the matching offset in the result.
   */
  check(bytes: Uint8Array, lastRecordEnd = -1): { bytes: Buffer; lastRecordEnd: number } {
    const { delimiter, quote, shapes } = this;
    const columns = shapes.length;
    // A fresh buffer each time: the previous one may still be queued in the socket.
    let out = Buffer.allocUnsafe(Math.ceil(bytes.length * 1.25) + 64);
    let written = 0;
    let copiedUpTo = 0;
    let mappedEnd = -1;
    // State in locals for the loop (written back at the end): this runs once per byte.
    const cell = this.cell;
    let { column, inQuotes, quotePending, cellLength, overflow, afterCarriageReturn, atRecordStart, cellStart, quotedStart, formulaCell } =
      this;
    let shape = shapes[column];
    const length = bytes.length;
    const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < length; i += 1) {
      let byte = bytes[i];
      if (atRecordStart) {
        atRecordStart = false;
        const before = i - copiedUpTo;
        if (written + before + 24 > out.length) {
          const larger = Buffer.allocUnsafe((written + before + 24) * 2 + (length - i));
          out.copy(larger, 0, 0, written);
          out = larger;
        }
        source.copy(out, written, copiedUpTo, i);
        written += before;
        written = writeDigits(out, written, this.row);
        out[written++] = delimiter;
        copiedUpTo = i;
      }
      if (quotePending) {
        quotePending = false;
        if (byte === quote) {
          if (shape !== null) {
            if (cellLength === maxTyped) overflow = true;
            else cell[cellLength++] = byte;
          }
          continue;
        }
        inQuotes = false;
      }
      if (inQuotes) {
        if (quotedStart) {
          quotedStart = false;
          if (formulaStarts[byte] === 1) formulaCell = true;
        }
        if (byte === quote) quotePending = true;
        else if (shape !== null) {
          if (cellLength === maxTyped) overflow = true;
          else cell[cellLength++] = byte;
        }
        continue;
      }
      if (afterCarriageReturn && byte !== newline) this.refuse();
      if (cellStart) {
        cellStart = false;
        if (shape === null) {
          if (byte === quote) quotedStart = true;
          else if (formulaStarts[byte] === 1) formulaCell = true;
        }
      }
      if (shape === null) {
        // A text cell: nothing to keep, only its end to find.
        while (byte !== delimiter && byte !== newline && byte !== quote && byte !== carriageReturn && i + 1 < length) byte = bytes[++i];
        if (byte !== delimiter && byte !== newline && byte !== quote && byte !== carriageReturn) continue;
      }
      if (byte === delimiter) {
        if (shape !== null && (overflow || (cellLength > 0 && !shape(cell, cellLength)))) this.refuse();
        cellLength = 0;
        overflow = false;
        column += 1;
        if (column >= columns) this.refuse();
        shape = shapes[column];
        cellStart = true;
      } else if (byte === newline) {
        if (shape !== null && (overflow || (cellLength > 0 && !shape(cell, cellLength)))) this.refuse();
        cellLength = 0;
        overflow = false;
        if (column !== columns - 1) this.refuse();
        column = 0;
        shape = shapes[0];
        cellStart = true;
        this.row += 1;
        afterCarriageReturn = false;
        atRecordStart = true;
        if (i + 1 === lastRecordEnd) mappedEnd = written + (i + 1 - copiedUpTo);
      } else if (byte === carriageReturn) {
        afterCarriageReturn = true;
      } else if (byte === quote) {
        inQuotes = true;
      } else if (shape !== null) {
        if (cellLength === maxTyped) overflow = true;
        else cell[cellLength++] = byte;
      }
    }
    Object.assign(this, {
      column,
      inQuotes,
      quotePending,
      cellLength,
      overflow,
      afterCarriageReturn,
      atRecordStart,
      cellStart,
      quotedStart,
      formulaCell,
    });
    const rest = bytes.length - copiedUpTo;
    if (written + rest > out.length) {
      const larger = Buffer.allocUnsafe(written + rest);
      out.copy(larger, 0, 0, written);
      out = larger;
    }
    source.copy(out, written, copiedUpTo, length);
    written += rest;
    return { bytes: out.subarray(0, written), lastRecordEnd: mappedEnd };
  }

  /** The end of the body: a last record without its newline is checked too. */
  finish(): void {
    if (this.quotePending) {
      this.quotePending = false;
      this.inQuotes = false;
    }
    if (this.inQuotes || this.afterCarriageReturn) this.refuse();
    if (this.atRecordStart) return;
    this.endCell();
    if (this.column !== this.shapes.length - 1) this.refuse();
  }

  private endCell(): void {
    const shape = this.shapes[this.column];
    if (shape && (this.overflow || (this.cellLength > 0 && !shape(this.cell, this.cellLength)))) this.refuse();
    this.cellLength = 0;
    this.overflow = false;
  }

  private refuse(): never {
    throw new ShapeRefused(this.row);
  }
}

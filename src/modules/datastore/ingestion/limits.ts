/**
 * What one upload may be, checked before (or while) it is read so that no input can take
 * more memory, columns or time than these allow. The README lists them for owners.
 */
export const ingestionLimits = {
  /** PostgreSQL allows 1,600 columns a table and about 8 KB a row: 1,000 leaves room for the row number and wide types. */
  columns: 1000,
  /** One record (and so any cell in it): a bound on memory, and on what an unclosed quote can swallow. */
  recordBytes: 16 * 2 ** 20,
  /** A column name is a PostgreSQL identifier. */
  columnNameBytes: 63,
  workbook: {
    /** Parts (files in the ZIP): a workbook has a few dozen; each costs a header to read and match. */
    parts: 10_000,
    /** Everything the workbook's parts inflate to. */
    expandedBytes: 512 * 2 ** 20,
    /**
     * And no more than this many times the stored file: real workbooks inflate 6–22 times
     * (exceljs and LibreOffice, plain to all-zero sheets and empty bordered cells, measured),
     * a zip bomb hundreds of times. 100 is Apache POI's bound (per part there; here the whole file).
     */
    expansionRatio: 100,
    /** What any workbook may inflate to whatever its ratio: checking and reading this much takes a moment. */
    smallExpandedBytes: 16 * 2 ** 20,
    /** Parts held in memory while the sheet is read (shared strings, styles, the workbook itself). */
    heldPartBytes: 32 * 2 ** 20,
    /** Cells of all its sheets. */
    cells: 25_000_000,
    /** Text between two XML tags of a sheet or of the shared strings: one cell's value at most. */
    cellBytes: 4 * 2 ** 20,
  },
} as const;

/** Whole mebibytes as they are, others to one decimal. */
export function mebibytes(bytes: number): string {
  const value = bytes / 2 ** 20;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} MB`;
}

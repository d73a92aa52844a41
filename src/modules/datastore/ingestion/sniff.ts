import { parse } from 'csv-parse/sync';

export const delimiters = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof delimiters)[number];

export interface CsvDialect {
  delimiter: Delimiter;
  quote: '"' | "'";
}

/**
 * The delimiter is the candidate found the same number of times (outside quotes) on most of
 * the first lines; the quote is `'` only when it, not `"`, is what opens fields.
 */
export function sniffDialect(sample: string): CsvDialect {
  const lines = sample
    .split(/\r?\n/)
    .slice(0, 50)
    .filter((line) => line.length > 0);
  const quote = opensFields(lines, "'") > opensFields(lines, '"') ? "'" : '"';
  let best: { delimiter: Delimiter; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of delimiters) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter, quote));
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((count) => count === first).length / counts.length;
    const score = consistent * 1000 + first;
    if (score > best.score) best = { delimiter, score };
  }
  return { delimiter: best.delimiter, quote };
}

function opensFields(lines: string[], quote: string): number {
  return lines.reduce((sum, line) => sum + (line.startsWith(quote) ? 1 : 0) + line.split(`,${quote}`).length - 1, 0);
}

function countOutsideQuotes(line: string, delimiter: string, quote: string): number {
  let count = 0;
  let quoted = false;
  for (const char of line) {
    if (char === quote) quoted = !quoted;
    else if (char === delimiter && !quoted) count += 1;
  }
  return count;
}

/** Records of a piece of CSV text (the header, or a sample for inference); ragged rows allowed. */
export function parseRecords(text: string, dialect: CsvDialect, limit?: number): string[][] {
  return parse(text, {
    delimiter: dialect.delimiter,
    quote: dialect.quote,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    to: limit,
  }) as string[][];
}

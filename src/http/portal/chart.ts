import type { Cell, RowColumn } from '../../modules/datastore/rows/service';
import { html, type Html } from './html';

export const numericTypes = new Set(['integer', 'number']);
/** A value such as `verified_participants`: a code for software, not a label for readers. */
const codeLike = /^[\p{Ll}\d]+(?:[_-][\p{Ll}\d]+)+$|^[\p{Lu}\d_-]+$/u;

/** A bar's length; a value other than zero stays visible beside one thousands of times larger (52 beside 544,352). */
function barPercent(value: number, largest: number): string {
  return value === 0 ? '0' : Math.max((Math.abs(value) / largest) * 100, 0.5).toFixed(1);
}

/** A column as readers know it: its Table Schema title, else its name. */
export function columnLabel(column: RowColumn): string {
  return column.title ?? column.name;
}

/**
 * The column whose values label the bars: the first text column that reads as words, so a code
 * column (`indicator`) gives way to the name beside it (`indicator_name`); else the first text one.
 */
function labelColumnIndex(columns: readonly RowColumn[], rows: readonly Cell[][]): number {
  const textColumns = columns.flatMap((column, index) => (numericTypes.has(column.type) ? [] : [index]));
  const readsAsWords = (index: number) => rows.some((row) => row[index] !== null && !codeLike.test(String(row[index])));
  return textColumns.find(readsAsWords) ?? textColumns[0] ?? -1;
}

/**
 * A horizontal bar chart of the first numeric column over the explorer's rows, each bar labelled
 * by a text column in words and its value in the reader's number style. Labels and values are
 * HTML text (they wrap on a phone and are read by screen readers in order); only the bars are
 * drawn, as SVG rectangles sized in percent (the CSP allows no inline style). Null when there is
 * nothing to draw.
 */
export function barChart(
  columns: readonly RowColumn[],
  rows: readonly Cell[][],
  words: { chart: string; by: string },
  /** Numbers in the reader's language style, as the preview table prints them. */
  formatNumber: (value: number) => string,
): Html | null {
  const valueIndex = columns.findIndex((column) => numericTypes.has(column.type));
  if (valueIndex < 0) return null;
  const labelIndex = labelColumnIndex(columns, rows);
  const bars = rows
    .map((row, index) => ({ label: labelIndex >= 0 ? String(row[labelIndex] ?? '') : `#${index + 1}`, value: Number(row[valueIndex]) }))
    .filter((bar) => Number.isFinite(bar.value));
  if (bars.length === 0) return null;
  const largest = Math.max(...bars.map((bar) => Math.abs(bar.value))) || 1;
  const valueTitle = columnLabel(columns[valueIndex]);
  const title = `${words.chart}: ${valueTitle}${labelIndex >= 0 ? ` ${words.by} ${columnLabel(columns[labelIndex])}` : ''}`;
  return html`<figure class="chart">
    <figcaption>${title}</figcaption>
    <ul class="bars">
      ${bars.map(
        (bar) =>
          html`<li>
            <span class="bar-label">${bar.label}</span> <span class="bar-value">${formatNumber(bar.value)}</span>
            <svg class="bar" aria-hidden="true" focusable="false" width="100%" height="18">
              <rect width="${barPercent(bar.value, largest)}%" height="18" fill="#0b4f8a"></rect>
            </svg>
          </li>`,
      )}
    </ul>
  </figure>`;
}

import type { Cell, RowColumn } from '../../modules/datastore/rows/service';
import { html, type Html } from './html';

export const numericTypes = new Set(['integer', 'number']);
const barHeight = 20;
const labelWidth = 200;
const labelCharacters = 28;
const plotWidth = 320;

/**
 * A horizontal bar chart, as inline SVG, of the first numeric column over the preview rows,
 * each bar labelled by the first non-numeric column: no script, readable by screen readers
 * through its title and the table it summarises. Null when there is nothing to draw.
 */
export function barChart(
  columns: readonly RowColumn[],
  rows: readonly Cell[][],
  caption: string,
  /** Numbers in the reader's language style, as the preview table prints them. */
  formatNumber: (value: number) => string,
): Html | null {
  const valueIndex = columns.findIndex((column) => numericTypes.has(column.type));
  if (valueIndex < 0) return null;
  const labelIndex = columns.findIndex((column) => !numericTypes.has(column.type));
  const bars = rows
    .map((row, index) => ({ label: labelIndex >= 0 ? String(row[labelIndex] ?? '') : `#${index + 1}`, value: Number(row[valueIndex]) }))
    .filter((bar) => Number.isFinite(bar.value));
  if (bars.length === 0) return null;
  const largest = Math.max(...bars.map((bar) => Math.abs(bar.value))) || 1;
  const column = columns[valueIndex];
  const title = `${caption}: ${column.title ?? column.name}`;
  const height = bars.length * barHeight + 10;
  const width = labelWidth + plotWidth + 80;
  return html`<figure>
    <svg role="img" aria-labelledby="chart-title" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">
      <title id="chart-title">${title}</title>
      ${bars.map((bar, index) => {
        const y = index * barHeight + 5;
        const length = Math.round((Math.abs(bar.value) / largest) * plotWidth);
        return html`<text x="${labelWidth - 6}" y="${y + 14}" text-anchor="end"
            >${bar.label.length > labelCharacters ? `${bar.label.slice(0, labelCharacters - 1)}…` : bar.label}</text
          >
          <rect x="${labelWidth}" y="${y + 2}" width="${length}" height="${barHeight - 6}" fill="#0b4f8a"></rect>
          <text x="${labelWidth + length + 4}" y="${y + 14}">${formatNumber(bar.value)}</text>`;
      })}
    </svg>
    <figcaption>${title}</figcaption>
  </figure>`;
}

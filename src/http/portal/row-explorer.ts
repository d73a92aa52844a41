import type { RowPage, RowsRequest } from '../../modules/datastore/rows/service';
import { InputError } from '../../shared/errors';
import { numericTypes } from './chart';
import { scrollRegion } from './components';
import { html, type Html } from './html';
import type { Messages } from './messages';
import type { PageContext } from './page';

const rowsPerPage = 20;

type RowFilter = NonNullable<RowsRequest['filter']>[number];

/** What the explorer's form and links carry in the dataset page's query string. */
interface ExplorerQuery {
  /** Words each found in some text column. */
  q: string;
  sort: string;
  descending: boolean;
  after: string;
  /** Per-column conditions as they travel: `fc.<column>` contains, `fg.` at least, `fl.` at most. */
  filters: [string, string][];
}

const filterOperators = { fc: 'contains', fg: 'gte', fl: 'lte' } as const;
const maxFilters = 20;
/** Columns filtered by a range (from, to) rather than by the words they contain. */
const rangeTypes = new Set(['bigint', 'integer', 'numeric', 'date', 'timestamptz', 'time']);

function rowFilters(filters: readonly [string, string][]): RowFilter[] {
  return filters.map(([key, value]) => {
    const [prefix, ...column] = key.split('.');
    return { column: column.join('.'), [filterOperators[prefix as keyof typeof filterOperators]]: value };
  });
}

/** The rows a viewer explores on a dataset's page, or why they cannot, and the query that chose them. */
export interface Explored {
  page: RowPage | null;
  /** Rows matching the search, over all pages. */
  total: number;
  /** A field problem with the query (an unknown column, a forged cursor), shown above the table. */
  problem: string | null;
  query: ExplorerQuery;
}

/**
 * A data explorer without script (issue 21, as CKAN's and data.gouv.fr's): search the rows,
 * sort by a column either way and page on, all through the same `readRows` GraphQL answers,
 * so its grants, limits and audit apply. A page never fails because rows cannot be read.
 */
export async function exploreRows(context: PageContext, slug: string): Promise<Explored> {
  const raw = context.request.query as Record<string, unknown>;
  const text = (name: string) => (typeof raw[name] === 'string' ? (raw[name] as string) : '');
  const filters = Object.keys(raw)
    .filter((key) => /^f[cgl]\.[^.].*$/.test(key) && text(key).trim() !== '')
    .slice(0, maxFilters)
    .map((key): [string, string] => [key, text(key).trim()]);
  const query = { q: text('rq').trim(), sort: text('sort'), descending: text('desc') === '1', after: text('after'), filters };
  try {
    const page = await context.services.rows.readRows(context.portal.viewer, {
      slug,
      first: rowsPerPage,
      search: query.q || null,
      filter: filters.length ? rowFilters(filters) : null,
      sort: query.sort ? [{ column: query.sort, descending: query.descending }] : null,
      after: query.after || null,
    });
    return { page, total: await page.countTotal(), problem: null, query };
  } catch (error) {
    const problem = error instanceof InputError ? error.problems.map((each) => each.message).join('; ') : null;
    if (!problem) context.request.log.debug({ err: error }, 'no rows to explore');
    return { page: null, total: 0, problem, query };
  }
}

export function explorerSection(explored: Explored, path: string, m: Messages): Html {
  const { page, total, problem, query } = explored;
  const link = (changes: Partial<ExplorerQuery>) => {
    const next = { ...query, after: '', ...changes };
    const parameters = new URLSearchParams();
    if (next.q) parameters.set('rq', next.q);
    if (next.sort) parameters.set('sort', next.sort);
    if (next.sort && next.descending) parameters.set('desc', '1');
    for (const [key, value] of next.filters) parameters.set(key, value);
    if (next.after) parameters.set('after', next.after);
    return `${path}?${parameters.toString()}#rows`;
  };
  return html`<section aria-labelledby="rows">
    <h2 id="rows">${m.text('explore')}</h2>
    <form method="get" action="${path}#rows" role="search" class="explore">
      <label for="rq">${m.text('exploreSearch')}</label>
      <input type="search" id="rq" name="rq" value="${query.q}" />
      ${query.sort ? html`<input type="hidden" name="sort" value="${query.sort}" />` : ''}
      ${query.sort && query.descending ? html`<input type="hidden" name="desc" value="1" />` : ''}
      ${page ? columnFilters(page.columns, query.filters, m) : ''}
      <button type="submit">${m.text('searchButton')}</button>
    </form>
    ${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
    ${
      page
        ? html`<p role="status">${m.format('exploreCount', { count: m.number(total) })}</p>
            <div ${scrollRegion(m.text('preview'))}>
              <table>
                <caption>
                  ${m.text('preview')}
                </caption>
                <thead>
                  <tr>
                    ${page.columns.map((column) => {
                      const sorted = query.sort === column.name;
                      const order = sorted ? (query.descending ? 'descending' : 'ascending') : 'none';
                      return html`<th scope="col" aria-sort="${order}">
                        <a href="${link({ sort: column.name, descending: sorted && !query.descending })}"
                          >${column.title ?? column.name}${sorted ? (query.descending ? ' ▼' : ' ▲') : ''}</a
                        >
                        <span class="type">${column.type}</span>
                      </th>`;
                    })}
                  </tr>
                </thead>
                <tbody>
                  ${page.rows.map(
                    (row) =>
                      html`<tr>
                        ${row.map((cell, index) => html`<td>${cellText(cell, page.columns[index], m)}</td>`)}
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
            ${page.hasNextPage && page.endCursor ? html`<p><a href="${link({ after: page.endCursor })}" rel="next">${m.text('nextRows')}</a></p>` : ''}`
        : problem
          ? ''
          : html`<p>${m.text('previewUnavailable')}</p>`
    }
  </section>`;
}

/** An input per text column (its cells contain…) and two per ordered column (from, to); open when some are set. */
function columnFilters(columns: RowPage['columns'], set: readonly [string, string][], m: Messages): Html {
  const value = (key: string) => set.find(([name]) => name === key)?.[1] ?? '';
  const input = (key: string, id: string, label: string) =>
    html`<label for="${id}">${label}</label><input type="search" id="${id}" name="${key}" value="${value(key)}" />`;
  return html`<details class="filters" ${set.length ? html`open` : ''}>
    <summary>${m.text('exploreFilters')}</summary>
    ${columns.map((column, index) => {
      const name = column.title ?? column.name;
      if (column.sqlType === 'text')
        return html`<p>${input(`fc.${column.name}`, `fc-${index}`, `${name} ${m.text('filterContains')}`)}</p>`;
      if (!rangeTypes.has(column.sqlType)) return '';
      return html`<p>
        ${input(`fg.${column.name}`, `fg-${index}`, `${name} ${m.text('filterFrom')}`)}
        ${input(`fl.${column.name}`, `fl-${index}`, `${name} ${m.text('filterTo')}`)}
      </p>`;
    })}
  </details>`;
}

/**
 * A cell as the reader's language writes it: numbers grouped like the chart's (544.352 in
 * Vietnamese, 544,352 in English), dates as the rest of the page writes them (01/01/2024);
 * integers beyond 2^53 (strings) and everything else as stored.
 */
function cellText(cell: unknown, column: RowPage['columns'][number] | undefined, m: Messages): string {
  if (cell === null || cell === undefined) return '';
  if (column?.type === 'date' && typeof cell === 'string' && isoDate.test(cell)) return m.date(cell);
  const value = typeof cell === 'number' ? cell : Number.NaN;
  return column && numericTypes.has(column.type) && Number.isFinite(value) ? m.number(value) : String(cell);
}

/** A calendar date as datasetRows gives it; read at UTC midnight, which is the same day in Vietnam (UTC+7). */
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

import type { Agency } from '../../modules/agencies/service';
import { isSharedListed, type DataCategory, type Dataset, type DatasetFacets } from '../../modules/catalog/service';
import { DomainError, InputError } from '../../shared/errors';
import type { Services } from '../../services';
import { html, type Html } from './html';
import type { Messages } from './messages';

/** A name or label in the reader's language: the English one on an English page when there is one, else the Vietnamese. */
export function inReadersLanguage(vietnamese: string, english: string | null | undefined, m: Messages): string {
  return (m.language === 'en' ? english : null) ?? vietnamese;
}

export function agencyName(agency: Agency | undefined, m: Messages): string {
  return agency ? inReadersLanguage(agency.name, agency.nameEn, m) : '';
}

export function datasetTitle(dataset: Dataset, m: Messages): string {
  return inReadersLanguage(dataset.title, dataset.titleEn, m);
}

export function datasetDescription(dataset: Dataset, m: Messages): string {
  return inReadersLanguage(dataset.description, dataset.descriptionEn, m);
}

export function agencyHref(agency: Agency): string {
  return `/agencies/${encodeURIComponent(agency.provinceCode)}/${encodeURIComponent(agency.code)}`;
}

/** The names of the agencies some records name, by id, in one query. */
export async function agencyNamesOf(
  services: Services,
  m: Messages,
  records: readonly { agencyId: string }[],
): Promise<Map<string, string>> {
  const agencies = await services.agencies.findByIds([...new Set(records.map((record) => record.agencyId))]);
  return new Map(agencies.map((agency) => [agency.id, agencyName(agency, m)]));
}

/** The owning agencies of some datasets, by id, in one query. */
export async function ownersOf(services: Services, datasets: readonly Dataset[]): Promise<Map<string, Agency>> {
  const agencies = await services.agencies.findByIds([...new Set(datasets.map((dataset) => dataset.ownerAgencyId))]);
  return new Map(agencies.map((agency) => [agency.id, agency]));
}

/** How the data is obtained: open data, the catalogue of shared data (an e-form, 002 §27.2), restricted or personal. */
export function accessBadge(dataset: Dataset, m: Messages): Html {
  const key =
    dataset.accessLevel === 'PUBLIC'
      ? 'accessOpen'
      : dataset.accessLevel === 'PERSONAL'
        ? 'accessPersonal'
        : isSharedListed(dataset)
          ? 'accessShared'
          : 'accessRestricted';
  return html`<span class="badge" data-access="${dataset.accessLevel}">${m.text(key)}</span>`;
}

export function datasetCards(datasets: readonly Dataset[], owners: Map<string, Agency>, m: Messages): Html {
  return html`<ul class="cards">
    ${datasets.map((dataset) => {
      const owner = owners.get(dataset.ownerAgencyId);
      const description = datasetDescription(dataset, m);
      return html`<li>
        <a href="/datasets/${encodeURIComponent(dataset.slug)}"><strong>${datasetTitle(dataset, m)}</strong></a>
        <div class="meta">${agencyName(owner, m)} · ${m.category(dataset.category)} · ${accessBadge(dataset, m)}</div>
        <p>${description.length > 220 ? `${description.slice(0, 220)}…` : description}</p>
      </li>`;
    })}
  </ul>`;
}

/** The search's fields as they travel in its links. */
export const searchFields = ['q', 'category', 'sector', 'owner', 'province', 'format', 'licence', 'keyword'] as const;

export type SearchValues = Record<(typeof searchFields)[number], string>;

/** What readers call the codes the facets count: agencies, provinces and the provinces' sectors (002 §3.5c). */
export interface FacetNames {
  agencies: readonly Agency[];
  provinces: ReadonlyMap<string, string>;
  /** Sector code → name in the reader's language, from each province's sectors code list. */
  sectors: ReadonlyMap<string, string>;
}

/** A facet's code as its option or link reads it; an unknown code as it is. */
export function facetNamers(names: FacetNames, m: Messages): Record<'owner' | 'province' | 'sector', (code: string) => string> {
  return {
    // Agency codes repeat across provinces (each has its "catinh"): name every agency behind one.
    owner: (code: string) =>
      [...new Set(names.agencies.filter((agency) => agency.code === code).map((agency) => agencyName(agency, m)))].join(' / ') || code,
    province: (code: string) => names.provinces.get(code) ?? code,
    sector: (code: string) => names.sectors.get(code) ?? code,
  };
}

/** Files by what people call them; an unusual media type as it is. */
const formatNames: Record<string, string> = {
  'text/csv': 'CSV',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX (Excel)',
};

function facetSelect(
  name: string,
  label: string,
  selected: string,
  counts: readonly { value: string; count: number }[],
  nameOf: (value: string) => string,
  m: Messages,
): Html {
  return html`<label for="facet-${name}">${label}</label>
    <select id="facet-${name}" name="${name}">
      <option value="">${m.text('facetAny')}</option>
      ${counts.map(
        (facet) =>
          html`<option value="${facet.value}" ${facet.value === selected ? html`selected` : ''}>
            ${nameOf(facet.value)} (${facet.count})
          </option>`,
      )}
    </select>`;
}

/** The search box with its facets; a GET form, so every search is a link one can share. */
export function searchForm(values: SearchValues, facets: DatasetFacets, names: FacetNames, m: Messages): Html {
  const name = facetNamers(names, m);
  return html`<form method="get" action="/search" role="search" class="search">
    <label for="q">${m.text('searchLabel')}</label>
    <input type="search" id="q" name="q" value="${values.q}" placeholder="${m.text('searchPlaceholder')}" />
    ${facetSelect('category', m.text('facetCategory'), values.category, facets.categories, (value) => m.category(value as DataCategory), m)}
    ${facetSelect('sector', m.text('facetSector'), values.sector, facets.sectors, name.sector, m)}
    ${facetSelect('owner', m.text('facetOwner'), values.owner, facets.owners, name.owner, m)}
    ${facetSelect('province', m.text('facetProvince'), values.province, facets.provinces, name.province, m)}
    ${facetSelect('keyword', m.text('facetKeyword'), values.keyword, facets.keywords, (value) => value, m)}
    ${facetSelect('format', m.text('facetFormat'), values.format, facets.formats, (value) => formatNames[value] ?? value, m)}
    ${facetSelect('licence', m.text('facetLicence'), values.licence, facets.licences, (value) => value, m)}
    <p><button type="submit">${m.text('searchButton')}</button></p>
  </form>`;
}

/** Field problems from a service's InputError, by field, to show next to each input. */
export function fieldError(errors: ReadonlyMap<string, string>, field: string, id: string): Html {
  const message = errors.get(field);
  return message ? html`<p class="error" id="${id}-error">${message}</p>` : html``;
}

export function describedBy(errors: ReadonlyMap<string, string>, field: string, id: string): Html {
  return errors.has(field) ? html` aria-invalid="true" aria-describedby="${id}-error"` : html``;
}

/** A service's expected refusal as problems by field (`form` for the whole form); null for anything else. */
export function problemsOf(error: unknown): Map<string, string> | null {
  if (error instanceof InputError) return new Map(error.problems.map((problem) => [problem.field, problem.message]));
  if (error instanceof DomainError && error.code === 'CONFLICT') return new Map([['form', error.message]]);
  return null;
}

/**
 * The attributes of a box that scrolls a wide table sideways: a named region a keyboard can focus,
 * so its hidden columns are reached with the arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function scrollRegion(label: string): Html {
  return html`class="scroll" role="region" tabindex="0" aria-label="${label}"`;
}

import type { DataCategory, DatasetFacets, DatasetFilter } from '../../modules/catalog/service';
import { codeListSlugs, dataCategories, isOpenData } from '../../modules/catalog/service';
import type { DatasetVersion } from '../../modules/datastore/service';
import type { DatasetQuality } from '../../modules/opendata/service';
import { NotFoundError } from '../../shared/errors';
import { anonymous } from '../../shared/viewer';
import type { Services } from '../../services';
import { barChart } from './chart';
import { codeListEntriesOf, codeListEntriesSection, codeListEntryLabel } from './code-lists';
import { explorerSection, exploreRows } from './row-explorer';
import {
  agencyHref,
  agencyName,
  accessBadge,
  datasetCards,
  datasetDescription,
  datasetTitle,
  facetNamers,
  ownersOf,
  searchFields,
  searchForm,
  type FacetNames,
  type SearchValues,
} from './components';
import { Html, html } from './html';
import { doneNotice, page } from './layout';
import type { MessageKey, Messages } from './messages';
import { columnsOfVersion, columnsTable, requestAccessSection } from './request-access-pages';
import { feedbackLink } from './feedback-pages';
import type { PageContext, PortalRouter } from './page';

const listLength = 5;
const resultsPerPage = 20;

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function searchValues(query: unknown): SearchValues & { after: string } {
  const fields = (query ?? {}) as Record<string, unknown>;
  const values = Object.fromEntries(searchFields.map((field) => [field, text(fields[field])])) as unknown as SearchValues;
  return { ...values, after: text(fields.after) };
}

function filterOf(values: SearchValues): DatasetFilter {
  const one = (value: string) => (value ? [value] : null);
  return {
    categories: (dataCategories as readonly string[]).includes(values.category) ? [values.category as DataCategory] : null,
    sectors: one(values.sector),
    ownerCodes: one(values.owner),
    provinceCodes: one(values.province),
    formats: one(values.format),
    licences: one(values.licence),
    keywords: one(values.keyword),
  };
}

/** The names behind the facets' codes; sectors from each province's sectors code list, in the reader's language. */
async function facetNames(services: Services, m: Messages): Promise<FacetNames> {
  const [agencies, provinces, codeLists] = await Promise.all([
    services.agencies.list(),
    services.agencies.listProvinces(),
    services.catalog.codeListDatasets(),
  ]);
  const sectorLists = codeLists.filter((list) => list.slug === codeListSlugs.sectors(list.provinceCode));
  const sectors = new Map<string, string>();
  for (const entries of (await codeListEntriesOf(services, sectorLists)).values()) {
    for (const entry of entries) if (!sectors.has(entry.code)) sectors.set(entry.code, codeListEntryLabel(entry, m));
  }
  return { agencies, provinces: new Map(provinces.map((province) => [province.code, province.name])), sectors };
}

/**
 * Search box and facets over what the viewer may see: the same listing GraphQL's `datasets`
 * answers. The counts are those of `listing`, the results on the page (they once counted the
 * whole catalogue beside "11 datasets"), or of everything the viewer may see on the home page.
 */
async function searchFacets(
  context: PageContext,
  listing?: { facets(): Promise<DatasetFacets> },
): Promise<{ facets: DatasetFacets; names: FacetNames }> {
  const { services, portal } = context;
  const counted = listing ?? (await services.catalog.listDatasets(portal.viewer, { first: 1 }));
  const [facets, names] = await Promise.all([counted.facets(), facetNames(services, portal.messages)]);
  // The owner facet counts by agency code, which repeats across provinces: name only the agencies
  // of provinces that have matching datasets, not every province's police under "catinh".
  const provinces = new Set(facets.provinces.map((province) => province.value));
  return { facets, names: { ...names, agencies: names.agencies.filter((agency) => provinces.has(agency.provinceCode)) } };
}

/** Links into the search by sector and by agency, with how many datasets each has (issue 21). */
function browseLists(facets: DatasetFacets, names: FacetNames, m: Messages): Html {
  const name = facetNamers(names, m);
  const list = (field: 'sector' | 'owner', counts: DatasetFacets['sectors'], nameOf: (code: string) => string) =>
    html`<ul class="browse">
      ${counts.map(
        (facet) =>
          html`<li>
            <a href="/search?${new URLSearchParams({ [field]: facet.value }).toString()}">${nameOf(facet.value)}</a>
            (${m.number(facet.count)})
          </li>`,
      )}
    </ul>`;
  return html`<section aria-labelledby="by-sector">
      <h2 id="by-sector">${m.text('browseBySector')}</h2>
      ${list('sector', facets.sectors, name.sector)}
    </section>
    <section aria-labelledby="by-agency">
      <h2 id="by-agency">${m.text('browseByAgency')}</h2>
      ${list('owner', facets.owners, name.owner)}
    </section>`;
}

async function home(context: PageContext): Promise<Html> {
  const { services, portal } = context;
  const m = portal.messages;
  const empty = Object.fromEntries(searchFields.map((field) => [field, ''])) as SearchValues;
  const [{ facets, names }, mostUsed, newest] = await Promise.all([
    searchFacets(context),
    // Open data only: a listed dataset whose metadata is public is found by search, not featured here.
    services.catalog.listDatasets(anonymous, { first: listLength, sort: 'MOST_USED', filter: { accessLevels: ['PUBLIC'] } }),
    services.catalog.listDatasets(anonymous, { first: listLength, sort: 'NEWEST', filter: { accessLevels: ['PUBLIC'] } }),
  ]);
  const owners = await ownersOf(services, [...mostUsed.nodes, ...newest.nodes]);
  return page(
    portal,
    m.text('homeTitle'),
    html`<p>${m.text('homeIntro')}</p>
      <div class="grid">
        <aside>${searchForm(empty, facets, names, m)}</aside>
        <div>
          ${browseLists(facets, names, m)}
          <section aria-labelledby="most-used">
            <h2 id="most-used">${m.text('mostUsed')}</h2>
            ${datasetCards(mostUsed.nodes, owners, m)}
          </section>
          <section aria-labelledby="newest">
            <h2 id="newest">${m.text('newest')}</h2>
            ${datasetCards(newest.nodes, owners, m)}
          </section>
        </div>
      </div>`,
  );
}

async function search(context: PageContext): Promise<Html> {
  const { services, portal, request } = context;
  const m = portal.messages;
  const values = searchValues(request.query);
  const results = await services.catalog.listDatasets(portal.viewer, {
    first: resultsPerPage,
    after: values.after || null,
    search: values.q || null,
    filter: filterOf(values),
  });
  const [{ facets, names }, total, owners] = await Promise.all([
    searchFacets(context, results),
    results.countTotal(),
    ownersOf(services, results.nodes),
  ]);
  const next = new URLSearchParams(searchFields.map((field): [string, string] => [field, values[field]]));
  if (results.endCursor) next.set('after', results.endCursor);
  return page(
    portal,
    m.text('searchTitle'),
    html`<div class="grid">
      <aside>${searchForm(values, facets, names, m)}</aside>
      <div>
        <p role="status">${m.number(total)} ${m.text('resultsCount')}</p>
        ${results.nodes.length > 0 ? datasetCards(results.nodes, owners, m) : html`<p>${m.text('noResults')}</p>`}
        ${results.hasNextPage ? html`<p><a href="/search?${next.toString()}" rel="next">${m.text('nextPage')}</a></p>` : ''}
      </div>
    </div>`,
  );
}

async function datasetPage(context: PageContext): Promise<Html> {
  const { services, portal, request } = context;
  const m = portal.messages;
  const { slug } = request.params as { slug: string };
  const dataset = await services.catalog.findBySlug(portal.viewer, slug);
  if (!dataset) throw new NotFoundError(`Không có bộ dữ liệu "${slug}" (no such dataset)`);
  const [owners, versions, explored, codeLists] = await Promise.all([
    ownersOf(services, [dataset]),
    services.datastore.versionsOf([dataset.id]),
    exploreRows(context, slug),
    codeListEntriesOf(services, [dataset]),
  ]);
  const owner = owners.get(dataset.ownerAgencyId);
  // A code list has entries, not a file: no downloads, columns, versions or rows to show.
  const entries = codeLists.get(dataset.id);
  const columns = columnsOfVersion(dataset, versions.get(dataset.id) ?? []);
  const quality = (await services.openData.qualitiesOf([dataset], versions)).get(dataset.id)!;
  const path = `/datasets/${encodeURIComponent(dataset.slug)}`;
  const chart = explored.page
    ? barChart(explored.page.columns, explored.page.rows, { chart: m.text('chart'), by: m.text('chartBy') }, m.number)
    : null;
  const open = isOpenData(dataset);
  const citation = services.openData.citation(dataset, owner?.name ?? '');
  const requestSection = dataset.accessLevel === 'RESTRICTED' ? await requestAccessSection(context, dataset, columns) : '';
  return page(
    portal,
    datasetTitle(dataset, m),
    html`${doneNotice(portal)}
      <p>${accessBadge(dataset, m)}</p>
      <p>${datasetDescription(dataset, m)}</p>
      ${qualityList(quality, m)}
      ${
        open && !entries
          ? html`<section aria-labelledby="downloads">
              <h2 id="downloads">${m.text('download')}</h2>
              <p>
                <a class="button" href="${path}/download" download>${m.text('downloadCsv')}</a>
                <a class="button" href="${path}/download.json" download>${m.text('downloadJson')}</a>
                <a class="button" href="${path}/datapackage.json">${m.text('downloadDataPackage')}</a>
                <a href="${path}.ttl">${m.text('downloadDcat')}</a>
              </p>
              ${apiBox(services.openData.apiExamples(dataset), m)}
            </section>`
          : ''
      }
      <dl>
        <dt>${m.text('owner')}</dt>
        <dd>${owner ? html`<a href="${agencyHref(owner)}">${agencyName(owner, m)}</a>` : ''}</dd>
        <dt>${m.text('category')}</dt>
        <dd>${m.category(dataset.category)}</dd>
        <dt>${m.text('licence')}</dt>
        <dd>${dataset.licence}</dd>
        <dt>${m.text('complianceStatus')}</dt>
        <dd>
          ${m.reviewState(dataset.reviewState)} ·
          ${dataset.publishedAt ? `${m.text('publishedOn')} ${m.date(dataset.publishedAt)}` : m.text('notPublished')}
        </dd>
        ${
          dataset.keywords.length > 0
            ? html`<dt>${m.text('keywords')}</dt>
                <dd>${dataset.keywords.join(', ')}</dd>`
            : ''
        }
        ${
          dataset.updateFrequency
            ? html`<dt>${m.text('updateFrequency')}</dt>
                <dd>${m.updateFrequency(dataset.updateFrequency)}</dd>`
            : ''
        }
        ${
          dataset.contactEmail || dataset.contactName
            ? html`<dt>${m.text('contact')}</dt>
                <dd>${[dataset.contactName, dataset.contactEmail].filter(Boolean).join(' · ')}</dd>`
            : ''
        }
      </dl>
      ${feedbackLink({ dataset: dataset.slug }, m)}
      ${
        open
          ? html`<h2>${m.text('terms')}</h2>
              <p>${services.openData.termsOfUse(m.language)}</p>`
          : ''
      }
      ${
        entries
          ? codeListEntriesSection(entries, m)
          : html`<h2>${m.text('columnsTitle')}</h2>
              ${columnsTable(columns, m)} ${requestSection}`
      }
      <h2>${m.text('citation')}</h2>
      <p class="citation" id="citation">${citation}</p>
      <button type="button" hidden data-copy="citation" data-copied="${m.text('copied')}">${m.text('copyCitation')}</button>
      ${entries ? '' : html`${versionsTable(versions.get(dataset.id) ?? [], m)} ${explorerSection(explored, path, m)} ${chart ?? ''}`}`,
    structuredData(await services.openData.jsonLdOf(dataset, owner?.name ?? '')),
  );
}

function versionsTable(versions: readonly DatasetVersion[], m: Messages): Html {
  return html`<h2>${m.text('versions')}</h2>
    ${
      versions.length > 0
        ? html`<table>
            <thead>
              <tr>
                <th scope="col">${m.text('version')}</th>
                <th scope="col">${m.text('rows')}</th>
                <th scope="col">${m.text('createdAt')}</th>
              </tr>
            </thead>
            <tbody>
              ${versions.map(
                (version) =>
                  html`<tr>
                    <td>${version.number}</td>
                    <td>${m.number(version.rowCount)}</td>
                    <td>${m.date(version.createdAt)}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : html`<p>${m.text('noVersion')}</p>`
    }`;
}

/** Three answers a re-user wants before trusting the data, each in words. */
function qualityList(quality: DatasetQuality, m: Messages): Html {
  const yesNo = (value: boolean | null, yes: MessageKey, no: MessageKey) =>
    value === null ? m.text('qualityUnknown') : m.text(value ? yes : no);
  return html`<dl class="quality" aria-label="${m.text('quality')}">
    <dt>${m.text('qualityMetadata')}</dt>
    <dd>${m.number(Math.round(quality.metadataCompleteness * 100))} %</dd>
    <dt>${m.text('qualitySchema')}</dt>
    <dd>${yesNo(quality.schemaConfirmed, 'qualitySchemaConfirmed', 'qualitySchemaInferred')}</dd>
    <dt>${m.text('qualityFreshness')}</dt>
    <dd>
      ${yesNo(quality.fresh, 'qualityFresh', 'qualityStale')}${quality.lastUpdatedAt ? html` (${m.text('qualityLastUpdate')} ${m.date(quality.lastUpdatedAt)})` : ''}
    </dd>
  </dl>`;
}

/** The same rows from software, anonymously: each command ready to paste. */
function apiBox(examples: { csv: string; graphql: string; ckan: string }, m: Messages): Html {
  return html`<details class="api">
    <summary>${m.text('apiBox')}</summary>
    <h3>CSV</h3>
    <pre><code>${examples.csv}</code></pre>
    <h3>GraphQL</h3>
    <pre><code>${examples.graphql}</code></pre>
    <h3>${m.text('apiCkan')}</h3>
    <pre><code>${examples.ckan}</code></pre>
  </details>`;
}

/**
 * schema.org JSON-LD for dataset search engines. A script's text is not HTML-escaped (entities
 * are not decoded there): `jsonLdOf` escapes every `<`, so no value can close the element.
 */
function structuredData(json: string | null): Html {
  return json ? new Html(`<script type="application/ld+json">${json}</script>`) : html``;
}

async function agencyPage(context: PageContext): Promise<Html> {
  const { services, portal, request } = context;
  const m = portal.messages;
  const { province, code } = request.params as { province: string; code: string };
  const agency = await services.agencies.findByCode(province, code);
  if (!agency) throw new NotFoundError(`Không có cơ quan ${code} (no such agency)`);
  const datasets = await services.catalog.listDatasets(anonymous, {
    first: 100,
    filter: { provinceCodes: [province], ownerCodes: [code] },
  });
  return page(
    portal,
    agencyName(agency, m),
    html`${feedbackLink({ agency: agency.code }, m)}
      <h2>${m.text('agencyDatasets')}</h2>
      ${datasets.nodes.length > 0 ? datasetCards(datasets.nodes, new Map([[agency.id, agency]]), m) : html`<p>${m.text('noResults')}</p>`}`,
  );
}

export function publicPages(router: PortalRouter): void {
  router.get('/', home);
  router.get('/search', search);
  router.get('/datasets/:slug', datasetPage);
  router.get('/agencies/:province/:code', agencyPage);
}

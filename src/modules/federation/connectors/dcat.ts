import { Parser, Store, type Quad_Object, type Term } from 'n3';
import type { HarvestSource } from '../entities';
import { SourceError, type SourceFetcher, type SourceResponse } from './http';
import type { Connector, HarvestItem } from './types';

const ns = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  hydra: 'http://www.w3.org/ns/hydra/core#',
};
const ianaMediaTypes = 'http://www.iana.org/assignments/media-types/';
/** A catalogue that never ends (a hydra:next loop) still stops here. */
const maxPages = 1000;

/**
 * A DCAT-AP catalogue in Turtle, paged with hydra:next (or an HTTP Link rel="next"): the hub's
 * own /catalog.ttl is one. Every page is read, so a dataset no longer listed was deleted.
 */
export const dcatConnector: Connector = {
  read(source, { fetcher }) {
    return { complete: true, items: readCatalogue(source, fetcher), watermark: () => null };
  },
};

async function* readCatalogue(source: HarvestSource, fetcher: SourceFetcher): AsyncIterable<HarvestItem> {
  const visited = new Set<string>();
  for (let url: string | null = source.url; url && visited.size < maxPages;) {
    if (visited.has(url)) return;
    visited.add(url);
    const response = await fetcher.fetch(url, source.timeoutMs, { headers: { accept: 'text/turtle' } });
    const store = new Store();
    try {
      store.addQuads(new Parser({ baseIRI: url }).parse(response.text()));
    } catch (error) {
      throw new SourceError(`Không đọc được Turtle (not Turtle: ${url}: ${(error as Error).message})`);
    }
    for (const dataset of store.getSubjects(`${ns.rdf}type`, `${ns.dcat}Dataset`, null)) yield itemOf(store, dataset, source);
    url = nextPage(store, response);
  }
}

function itemOf(store: Store, dataset: Term, source: HarvestSource): HarvestItem {
  const one = (subject: Term | null, predicate: string) => (subject ? (store.getObjects(subject, predicate, null)[0] ?? null) : null);
  const title = preferVietnamese(store.getObjects(dataset, `${ns.dct}title`, null));
  if (!title) return { failure: { originalId: dataset.value, reason: 'Thiếu dct:title (dataset without a title)' } };
  const distribution = one(dataset, `${ns.dcat}distribution`);
  const download = one(distribution, `${ns.dcat}downloadURL`) ?? one(distribution, `${ns.dcat}accessURL`);
  const mediaType = one(distribution, `${ns.dcat}mediaType`);
  const modified = one(dataset, `${ns.dct}modified`);
  return {
    record: {
      originalId: dataset.value,
      originalUrl: one(dataset, `${ns.dcat}landingPage`)?.value ?? (dataset.termType === 'NamedNode' ? dataset.value : null),
      identifier: one(dataset, `${ns.dct}identifier`)?.value ?? (dataset.termType === 'NamedNode' ? dataset.value : null),
      title,
      description: preferVietnamese(store.getObjects(dataset, `${ns.dct}description`, null)) ?? '',
      keywords: store.getObjects(dataset, `${ns.dcat}keyword`, null).map((keyword) => keyword.value),
      publisher: preferVietnamese(store.getObjects(one(dataset, `${ns.dct}publisher`), `${ns.foaf}name`, null)),
      provinceCode: source.provinceCode ?? null,
      licence: one(distribution, `${ns.dct}license`)?.value ?? one(dataset, `${ns.dct}license`)?.value ?? null,
      downloadUrl: download?.value ?? null,
      mediaType: mediaType ? mediaType.value.replace(ianaMediaTypes, '') : null,
      modifiedAt: modified && !Number.isNaN(Date.parse(modified.value)) ? new Date(modified.value) : null,
    },
  };
}

function preferVietnamese(literals: Quad_Object[]): string | null {
  const literal = literals.find((term) => term.termType === 'Literal' && term.language === 'vi') ?? literals[0];
  return literal?.value.trim() || null;
}

function nextPage(store: Store, response: SourceResponse): string | null {
  const next = store.getObjects(null, `${ns.hydra}next`, null)[0];
  if (next) return next.value;
  const header = response.headers.link;
  const link = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').find((part) => /rel="?next"?/.test(part));
  const match = link ? /<([^>]+)>/.exec(link) : null;
  return match ? new URL(match[1], response.url).toString() : null;
}

import { createHash } from 'node:crypto';
import type { Quad } from '@rdfjs/types';
import { anonymous } from '../../src/shared/viewer';
import { dcatApValidator, parseJsonLd, parseTurtle } from '../helpers/dcat-ap-shacl';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const shacl = dcatApValidator();
const dcat = 'http://www.w3.org/ns/dcat#';
const dct = 'http://purl.org/dc/terms/';
const spdx = 'http://spdx.org/rdf/terms#';
const eu = 'http://publications.europa.eu/resource/authority/';
const formats = {
  ttl: { contentType: 'text/turtle; charset=utf-8', parse: async (body: string) => parseTurtle(body) },
  jsonld: { contentType: 'application/ld+json', parse: parseJsonLd },
} as const;
type Extension = keyof typeof formats;

let t: TestHub;

beforeAll(async () => {
  t = await startTestHub({ seed: true });
  const { catalog } = t.hub.services().trusted;
  const draft = {
    provinceCode: 'ninhthuan',
    ownerCode: 'sotttt',
    category: 'SECTORAL',
    licence: 'CC-BY-4.0',
    description: 'Chưa công bố.',
  } as const;
  await catalog.upsertFromCatalog({ ...draft, slug: 'nt-chua-cong-bo', title: 'Dữ liệu chưa công bố', accessLevel: 'PUBLIC' });
  await catalog.upsertFromCatalog({ ...draft, slug: 'nt-han-che', title: 'Dữ liệu hạn chế', accessLevel: 'RESTRICTED' });
});

afterAll(() => t?.close());

function get(url: string, headers: Record<string, string> = {}) {
  return t.hub.http.inject({ method: 'GET', url, headers });
}

function nextPageOf(link: string | undefined): string | null {
  const next = link?.split(', ').find((part) => part.endsWith('rel="next"'));
  return next ? new URL(next.slice(1, next.indexOf('>'))).pathname + new URL(next.slice(1, next.indexOf('>'))).search : null;
}

/** Follows rel="next" from page 1 and returns each page's quads. */
async function allPages(extension: Extension, pageSize: number): Promise<Quad[][]> {
  const pages: Quad[][] = [];
  for (let url: string | null = `/catalog.${extension}?pageSize=${pageSize}`; url;) {
    const response = await get(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(formats[extension].contentType);
    pages.push(await formats[extension].parse(response.body));
    url = nextPageOf(response.headers.link as string | undefined);
  }
  return pages;
}

const objectsOf = (quads: readonly Quad[], predicate: string, subject?: string) =>
  quads
    .filter((quad) => quad.predicate.value === predicate && (!subject || quad.subject.value === subject))
    .map((quad) => quad.object.value);

async function openSlugs(): Promise<string[]> {
  const page = await t.hub.services().catalog.listDatasets(anonymous, { first: 100 });
  return page.nodes.map((dataset) => dataset.slug).sort();
}

const datasetIri = (slug: string) => `${t.config.publicUrl}/datasets/${slug}#dataset`;

describe.each(Object.keys(formats) as Extension[])('DCAT-AP 3.0.0 as %s', (extension) => {
  it('002 §30.1: every page of the catalogue conforms to the DCAT-AP 3.0.0 shapes, and together they list exactly the open datasets', async () => {
    const pages = await allPages(extension, 4);
    expect(pages.length).toBeGreaterThan(1);
    for (const quads of pages) expect(shacl.violationsOf(quads)).toEqual([]);
    const listed = pages.flatMap((quads) => objectsOf(quads, `${dcat}dataset`));
    const expected = await openSlugs();
    expect(expected).toHaveLength(15);
    expect([...listed].sort()).toEqual(expected.map(datasetIri).sort());
  });

  it('one dataset document conforms, with its publisher, theme, frequency, coverage and the file its download serves', async () => {
    const slug = 'nt-cap-the-can-cuoc-cong-dan';
    const response = await get(`/datasets/${slug}.${extension}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(formats[extension].contentType);
    const quads = await formats[extension].parse(response.body);
    expect(shacl.violationsOf(quads)).toEqual([]);

    const dataset = datasetIri(slug);
    expect(objectsOf(quads, `${dcat}theme`, dataset)).toEqual([`${eu}data-theme/SOCI`]);
    expect(objectsOf(quads, `${dct}accrualPeriodicity`, dataset)).toEqual([`${eu}frequency/ANNUAL_2`]);
    expect(objectsOf(quads, `${dct}accessRights`, dataset)).toEqual([`${eu}access-right/PUBLIC`]);
    expect(objectsOf(quads, `${dct}spatial`, dataset)).toEqual([`${t.config.publicUrl}/code-lists/dm-don-vi-hanh-chinh-ninhthuan/58`]);
    expect(objectsOf(quads, `${dct}title`, dataset).length).toBe(2); // @vi and @en

    const [distribution] = objectsOf(quads, `${dcat}distribution`, dataset);
    const download = await get(`/datasets/${slug}/download`);
    expect(objectsOf(quads, `${dcat}downloadURL`, distribution)).toEqual([`${t.config.publicUrl}/datasets/${slug}/download`]);
    expect(objectsOf(quads, `${dcat}byteSize`, distribution)).toEqual([String(download.rawPayload.length)]);
    expect(objectsOf(quads, `${dct}license`, distribution)).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
    const [checksum] = objectsOf(quads, `${spdx}checksum`, distribution);
    expect(objectsOf(quads, `${spdx}checksumValue`, checksum)).toEqual([createHash('sha256').update(download.rawPayload).digest('hex')]);
  });

  it('002 §20.1: unpublished and restricted datasets are in neither the catalogue nor a document of their own', async () => {
    const listed = (await allPages(extension, 500)).flat().map((quad) => quad.subject.value);
    const unknown = await get(`/datasets/nt-khong-co.${extension}`);
    expect(unknown.statusCode).toBe(404);
    for (const slug of ['nt-chua-cong-bo', 'nt-han-che']) {
      expect(listed).not.toContain(datasetIri(slug));
      const response = await get(`/datasets/${slug}.${extension}`);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ ...unknown.json(), message: unknown.json().message.replace('nt-khong-co', slug) });
    }
  });
});

describe('paging and caching of the catalogue', () => {
  it('pages are linked in the Link header and as a hydra:PartialCollectionView', async () => {
    const response = await get('/catalog.ttl?page=2&pageSize=4');
    const base = `${t.config.publicUrl}/catalog.ttl`;
    expect(response.headers.link).toBe(
      `<${base}?page=1&pageSize=4>; rel="first", <${base}?page=1&pageSize=4>; rel="prev", <${base}?page=3&pageSize=4>; rel="next", <${base}?page=4&pageSize=4>; rel="last"`,
    );
    const quads = parseTurtle(response.body);
    expect(objectsOf(quads, 'http://www.w3.org/ns/hydra/core#totalItems', base)).toEqual(['15']);
    expect(objectsOf(quads, 'http://www.w3.org/ns/hydra/core#next', `${base}?page=2&pageSize=4`)).toEqual([`${base}?page=3&pageSize=4`]);
  });

  it('the default page holds up to 100 datasets: the whole seeded catalogue, with no next page', async () => {
    const response = await get('/catalog.jsonld');
    expect(response.headers.link).not.toContain('rel="next"');
    expect(objectsOf(await parseJsonLd(response.body), `${dcat}dataset`)).toHaveLength(15);
  });

  it.each([
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['pageSize=0', 'pageSize'],
    ['pageSize=501', 'pageSize'],
  ])('?%s is refused with 400 naming %s', async (query, parameter) => {
    const response = await get(`/catalog.ttl?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain(parameter);
  });

  it('a page past the last is 404', async () => {
    expect((await get('/catalog.ttl?page=2')).statusCode).toBe(404);
  });

  it('answers 304 to a harvester that already has this version', async () => {
    const first = await get('/catalog.ttl');
    expect(first.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    const again = await get('/catalog.ttl', { 'if-none-match': first.headers.etag as string });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });
});

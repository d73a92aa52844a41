import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Dataset } from '../../src/modules/catalog/service';
import { atomFeed, datasetJsonLd, scriptJson, sitemapXml } from '../../src/modules/opendata/discovery';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const asList = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

describe('issue 21: open data is found by search engines and feed readers', () => {
  let t: TestHub;
  let openSlugs: string[];

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    const rows = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute<{ slug: string }[]>("select slug from dataset where access_level = 'PUBLIC' and published_at is not null");
    openSlugs = rows.map((row) => row.slug);
  });
  afterAll(() => t?.close());

  const get = (url: string) => t.hub.http.inject({ method: 'GET', url });
  const publicUrl = () => t.config.publicUrl;

  it('robots.txt points at the sitemap and keeps crawlers off the desks and sign-in', async () => {
    const robots = await get('/robots.txt');
    expect(robots.statusCode).toBe(200);
    expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(robots.body).toContain(`Sitemap: ${publicUrl()}/sitemap.xml`);
    for (const path of ['/desk', '/my', '/sign-in', '/graphql']) expect(robots.body).toContain(`Disallow: ${path}\n`);
  });

  it('the sitemap lists the home, search and every open dataset’s page, and nothing that is not open data', async () => {
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.statusCode).toBe(200);
    expect(sitemap.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(XMLValidator.validate(sitemap.body)).toBe(true);
    const urls = asList<{ loc: string; lastmod?: string }>(parser.parse(sitemap.body).urlset.url);
    expect(urls.slice(0, 2).map((url) => url.loc)).toEqual([`${publicUrl()}/`, `${publicUrl()}/search`]);
    const datasets = urls.slice(2);
    expect(datasets.map((url) => url.loc).sort()).toEqual(openSlugs.map((slug) => `${publicUrl()}/datasets/${slug}`).sort());
    for (const url of datasets) expect(new Date(url.lastmod!).toISOString()).toBe(url.lastmod);
    // The seed's restricted dataset in the catalogue of shared data is not open data.
    expect(sitemap.body).not.toContain('nt-thanh-tra-dinh-danh-dien-tu');
  });

  it('the Atom feed gives the open datasets changed last, newest first, each with its page, file and owner', async () => {
    const feed = await get('/feeds/datasets.atom');
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(XMLValidator.validate(feed.body)).toBe(true);
    const parsed = parser.parse(feed.body).feed;
    const entries = asList<{ id: string; title: string; updated: string; author: { name: string }; link: { href: string }[] }>(
      parsed.entry,
    );
    expect(entries.length).toBe(Math.min(50, openSlugs.length));
    expect(entries.every((entry) => openSlugs.some((slug) => entry.id === `${publicUrl()}/datasets/${slug}`))).toBe(true);
    const updated = entries.map((entry) => entry.updated);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(parsed.updated).toBe(updated[0]);
    for (const entry of entries) {
      expect(entry.author.name).not.toBe('');
      expect(entry.link.map((link) => link.href)).toEqual([entry.id, `${entry.id}/download`]);
    }
  });

  it('an open dataset’s page carries schema.org Dataset JSON-LD; every page announces the feed', async () => {
    const slug = openSlugs[0];
    const page = await get(`/datasets/${slug}`);
    expect(page.statusCode).toBe(200);
    const scripts = [...page.body.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => match[1]);
    expect(scripts).toHaveLength(1);
    const described = JSON.parse(scripts[0]);
    const dataset = await t.hub.services().catalog.openDataset(slug);
    expect(described).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: dataset.title,
      description: dataset.description,
      url: `${publicUrl()}/datasets/${slug}`,
      isAccessibleForFree: true,
      creator: { '@type': 'GovernmentOrganization', name: expect.any(String) },
    });
    expect(described.license).toMatch(/^https:\/\//);
    expect(page.body).toContain('<link rel="alternate" type="application/atom+xml" href="/feeds/datasets.atom"');
  });

  it('the API box’s commands work as printed: the CSV, GraphQL rows and CKAN datastore_search', async () => {
    const dataset = await t.hub.services().catalog.openDataset('nt-lam-sach-du-lieu-dan-cu');
    const examples = t.hub.services().openData.apiExamples(dataset);
    const local = (url: string) => url.replace(publicUrl(), '');
    const csvUrl = examples.csv.split(' ').at(-1)!;
    expect(csvUrl.startsWith(publicUrl())).toBe(true);
    expect((await get(local(csvUrl))).statusCode).toBe(200);
    const graphqlBody = /-d '(.*)'$/.exec(examples.graphql)![1];
    const rows = await t.postGraphQL(graphqlBody);
    expect(rows.status).toBe(200);
    expect((rows.body.data as { datasetRows: { rows: unknown[] } }).datasetRows.rows).toHaveLength(10);
    const ckanUrl = /'([^']+)'/.exec(examples.ckan)![1];
    expect(ckanUrl.startsWith(publicUrl())).toBe(true);
    const ckan = (await get(local(ckanUrl))).json() as { success: boolean; result: { records: unknown[] } };
    expect(ckan.success).toBe(true);
    expect(ckan.result.records).toHaveLength(10);
    const page = (await get('/datasets/nt-lam-sach-du-lieu-dan-cu')).body;
    expect(page).toContain('<details class="api">');
    expect(page).toContain(`resource_id=${dataset.id}&amp;limit=10`);
  });

  it('every dataset tells its quality, through GraphQL and on its page', async () => {
    const slug = 'nt-lam-sach-du-lieu-dan-cu';
    const answer = await t.postGraphQL({
      query: `{ dataset(slug: "${slug}") { quality { metadataCompleteness missingMetadata schemaConfirmed fresh lastUpdatedAt } } }`,
    });
    const quality = (answer.body.data as { dataset: { quality: Record<string, unknown> } }).dataset.quality;
    expect(quality).toMatchObject({ schemaConfirmed: true, lastUpdatedAt: expect.any(String) });
    expect(quality.metadataCompleteness).toBeGreaterThan(0);
    expect(typeof quality.fresh).toBe('boolean');
    // A page of datasets reads their versions once, whatever its size.
    const statementsFor = async (first: number) => {
      const before = t.hub.database.statements.total;
      const listed = await t.postGraphQL({ query: `{ datasets(first: ${first}) { edges { node { quality { fresh } } } } }` });
      expect(listed.body.errors).toBeUndefined();
      return t.hub.database.statements.total - before;
    };
    await statementsFor(1);
    const two = await statementsFor(2);
    // At most one more: a request over a second after the last also syncs the shared GraphQL rate count.
    expect(await statementsFor(10)).toBeLessThanOrEqual(two + 1);
    const page = (await get(`/datasets/${slug}`)).body;
    expect(page).toContain('<dl class="quality" aria-label="Chất lượng dữ liệu">');
    expect(page).toContain(`${Math.round(Number(quality.metadataCompleteness) * 100)} %`);
  });

  it('a dataset that is not open data gets no JSON-LD', async () => {
    const restricted = await t.hub.services().trusted.catalog.findForReview('nt-thanh-tra-dinh-danh-dien-tu');
    expect(restricted).not.toBeNull();
    expect(await t.hub.services().openData.jsonLdOf(restricted!, 'Công an tỉnh')).toBeNull();
  });
});

describe('issue 21: what a dataset says cannot break the documents that describe it', () => {
  const hostile = {
    slug: 'nt-thu',
    title: 'Dữ liệu </script><script>alert(1)</script> & "trích" <b>',
    titleEn: null,
    description: 'Mô tả\u0001 có ký tự điều khiển & <thẻ>',
    keywords: ['a&b'],
    licence: 'CC-BY-4.0',
    publishedAt: new Date('2026-12-01T00:00:00Z'),
    updatedAt: new Date('2026-12-02T00:00:00Z'),
    temporalFrom: '2024-01-01',
    temporalTo: null,
    spatialCoverage: ['Ninh Thuận'],
  } as unknown as Dataset;

  it('the sitemap and the feed stay valid XML and give the title back exactly', () => {
    expect(XMLValidator.validate(sitemapXml('https://dulieu.example', [hostile]))).toBe(true);
    const feed = atomFeed('https://dulieu.example', 'Dữ liệu mở', [{ dataset: hostile, ownerName: 'Sở & Ban' }]);
    expect(XMLValidator.validate(feed)).toBe(true);
    const entry = parser.parse(feed).feed.entry;
    expect(entry.title).toBe(hostile.title);
    expect(entry.summary).toBe('Mô tả có ký tự điều khiển & <thẻ>');
    expect(entry.author.name).toBe('Sở & Ban');
  });

  it('the JSON-LD cannot close its script element, and parses back to the same title', () => {
    const text = scriptJson(datasetJsonLd('https://dulieu.example', { dataset: hostile, ownerName: 'Sở' }, true));
    expect(text).not.toContain('<');
    const parsed = JSON.parse(text);
    expect(parsed.name).toBe(hostile.title);
    expect(parsed.temporalCoverage).toBe('2024-01-01/..');
    expect(parsed.distribution).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://dulieu.example/datasets/nt-thu/download' },
    ]);
  });
});

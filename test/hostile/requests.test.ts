import { printSchema } from 'graphql';
import { buildServedSchema } from '../../src/graphql/schema';
import { toTsQuery } from '../../src/modules/catalog/search';
import { maxSearchTerms } from '../../src/shared/input-bounds';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const words = (count: number) => Array.from({ length: count }, (_, index) => `tu${index}`).join(' ');

const datasetsQuery =
  'query ($search: String, $filter: DatasetFilter) { datasets(first: 5, search: $search, filter: $filter) { totalCount } }';
const rowsQuery = 'query ($slug: String!, $filter: [RowFilter!]) { datasetRows(slug: $slug, filter: $filter, first: 5) { rowNumbers } }';
const registerQuery =
  'mutation ($input: RegisterDatasetInput!) { registerDataset(input: $input) { dataset { slug } error { code inputErrors { field } } } }';

const registration = {
  title: 'Dữ liệu thử giới hạn đầu vào',
  description: 'Dòng một.\nDòng hai,\tcó tab.',
  ownerCode: 'sotttt',
  category: 'SECTORAL',
  accessLevel: 'PUBLIC',
  licence: 'CC-BY-4.0',
};

describe('hostile requests are refused at once with a coded error naming the field', () => {
  let t: TestHub;
  let steward: string;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    steward = await t.signIn('ninhthuan', 'vankiemthu');
  });

  afterAll(() => t.close());

  /** Answered within 5 s (jest's timeout for the test), refused as BAD_USER_INPUT naming `field`. */
  async function expectRefused(body: unknown, field: string, token?: string) {
    const started = Date.now();
    const { status, body: answer } = await t.postGraphQL(body, token ? { authorization: `Bearer ${token}` } : {});
    expect(Date.now() - started).toBeLessThan(5000);
    expect(status).toBe(400);
    expect(answer.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field } });
    expect(answer.errors?.[0].message).toContain(field);
  }

  it('a search of thousands of words is refused naming search', async () => {
    await expectRefused({ query: datasetsQuery, variables: { search: words(5000) } }, 'datasets(search)');
  });

  it('the same search written into the query text is refused too', async () => {
    await expectRefused({ query: `{ datasets(first: 1, search: "${words(3000)}") { totalCount } }` }, 'datasets(search)');
  });

  it('a search within its 500 characters is answered, however many words it has', async () => {
    const search = words(90).slice(0, 500);
    const { status, body } = await t.postGraphQL({ query: datasetsQuery, variables: { search } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ datasets: { totalCount: 0 } });
  });

  it(`a search is cut to its first ${maxSearchTerms} distinct words`, () => {
    expect(toTsQuery(words(5000))?.split(' & ')).toHaveLength(maxSearchTerms);
    expect(toTsQuery('Hộ tịch hộ tịch')).toBe('ho:* & tich:*');
  });

  it('a 200 KB contains filter is refused naming the filter', async () => {
    const filter = [{ column: 'ten', contains: 'a'.repeat(200 * 1024) }];
    await expectRefused({ query: rowsQuery, variables: { slug: 'khong-co', filter } }, 'datasetRows(filter)[0].contains');
  });

  it('a JSON filter value of 200 KB is refused naming the operator', async () => {
    const filter = [{ column: 'ten', eq: 'a'.repeat(200 * 1024) }];
    await expectRefused({ query: rowsQuery, variables: { slug: 'khong-co', filter } }, 'datasetRows(filter)[0].eq');
  });

  it('a NUL byte in a filter value is refused naming the value', async () => {
    await expectRefused(
      { query: rowsQuery, variables: { slug: 'khong-co', filter: [{ column: 'ten', contains: 'a\u0000b' }] } },
      'datasetRows(filter)[0].contains',
    );
    await expectRefused(
      { query: rowsQuery, variables: { slug: 'khong-co', filter: [{ column: 'ten', in: ['x', { deep: ['\u0000'] }] }] } },
      'datasetRows(filter)[0].in[1]',
    );
    await expectRefused(
      { query: datasetsQuery, variables: { filter: { ownerCodes: ['sotttt\u0000'] } } },
      'datasets(filter).ownerCodes[0]',
    );
  });

  it('a NUL byte in a slug is refused, in GraphQL and in HTTP paths', async () => {
    await expectRefused(
      { query: 'query ($slug: String!) { dataset(slug: $slug) { title } }', variables: { slug: 'a\u0000b' } },
      'dataset(slug)',
    );
    for (const url of ['/datasets/a%00b/download', '/datasets/a%00b/datapackage.json', '/datasets/a%00b.ttl']) {
      const response = await t.hub.http.inject({ method: 'GET', url });
      expect({ url, status: response.statusCode, body: response.json() }).toMatchObject({
        url,
        status: 400,
        body: { error: 'BAD_USER_INPUT', message: expect.stringContaining('path.slug') },
      });
    }
  });

  it('control characters and oversized values in HTTP query parameters are refused naming them', async () => {
    // The CKAN API refuses them in CKAN's envelope (issue 17): a validation error naming the parameter.
    const nul = await t.hub.http.inject({ method: 'GET', url: '/api/3/action/package_search?q=a%00b' });
    expect(nul.statusCode).toBe(409);
    expect(nul.json()).toMatchObject({ success: false, error: { __type: 'Validation Error', 'query.q': [expect.any(String)] } });
    const long = await t.hub.http.inject({ method: 'GET', url: `/api/3/action/package_search?q=${'a'.repeat(600)}` });
    expect(long.statusCode).toBe(409);
    expect(long.json().error).toHaveProperty(['query.q']);
    const bad = await t.hub.http.inject({ method: 'GET', url: '/datasets/a/download?x=a%00b' });
    expect(bad.json()).toMatchObject({ error: 'BAD_USER_INPUT', message: expect.stringContaining('query.x') });
    const fine = await t.hub.http.inject({ method: 'GET', url: '/api/3/action/package_search?q=ho%20tich' });
    expect(fine.statusCode).toBe(200);
  });

  it('a 1 MB title is refused naming input.title, and nothing is registered', async () => {
    const input = { ...registration, slug: 'nt-tieu-de-dai', title: 'x'.repeat(1_000_000) };
    await expectRefused({ query: registerQuery, variables: { input } }, 'registerDataset(input).title', steward);
    const dataset = await t.postGraphQL({ query: '{ dataset(slug: "nt-tieu-de-dai") { slug } }' }, { authorization: `Bearer ${steward}` });
    expect(dataset.body.data).toEqual({ dataset: null });
  });

  it('a line break in a one-line field is refused, while free text keeps its line breaks and tabs', async () => {
    await expectRefused(
      { query: registerQuery, variables: { input: { ...registration, title: 'Hai\ndòng' } } },
      'registerDataset(input).title',
      steward,
    );
    const { body } = await t.postGraphQL(
      { query: registerQuery, variables: { input: { ...registration, slug: 'nt-nhieu-dong' } } },
      { authorization: `Bearer ${steward}` },
    );
    expect(body.data).toEqual({ registerDataset: { dataset: { slug: 'nt-nhieu-dong' }, error: null } });
  });

  it('a list longer than its bound is refused naming it', async () => {
    const ownerCodes = Array.from({ length: 101 }, (_, index) => `so${index}`);
    await expectRefused({ query: datasetsQuery, variables: { filter: { ownerCodes } } }, 'datasets(filter).ownerCodes');
    const keywords = Array.from({ length: 101 }, (_, index) => `tu khoa ${index}`);
    await expectRefused(
      { query: registerQuery, variables: { input: { ...registration, keywords } } },
      'registerDataset(input).keywords',
      steward,
    );
  });

  it('a GraphQL body over the 1 MB body limit is refused as too large, unread', async () => {
    const { status, body } = await t.postGraphQL({ query: datasetsQuery, variables: { search: 'a'.repeat(2 * 1024 * 1024) } });
    expect(status).toBe(413);
    expect(body).toMatchObject({ error: 'PAYLOAD_TOO_LARGE' });
  });

  it('a long password is refused before any hashing', async () => {
    const query = 'mutation ($p: String!) { signIn(province: "ninhthuan", accountName: "vankiemthu", password: $p) { token } }';
    await expectRefused({ query, variables: { p: 'x'.repeat(10_000) } }, 'signIn(password)');
  });

  it('a burst of hostile requests leaves the pool free: /healthz 200 and ordinary reads answered afterwards', async () => {
    const hostile = Array.from({ length: 12 }, (_, index) =>
      t.postGraphQL({ query: datasetsQuery, variables: { search: words(3000 + index) } }),
    );
    const answers = await Promise.all(hostile);
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 400));
    expect((await t.hub.http.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const ordinary = await t.postGraphQL(
      { query: datasetsQuery, variables: { search: 'giới hạn đầu vào' } },
      { authorization: `Bearer ${steward}` },
    );
    expect(ordinary.body).toEqual({ data: { datasets: { totalCount: 1 } } });
  });

  it('the schema states each limit in the descriptions of the arguments and input fields', () => {
    const sdl = printSchema(buildServedSchema());
    expect(sdl).toMatch(/at most 500 characters on one line[^"]*"""\s*search: String/);
    expect(sdl).toMatch(/at most 1000 characters on one line[^"]*"""\s*title: String!/);
    expect(sdl).toMatch(/at most 10000 characters; line breaks and tabs allowed[^"]*"""\s*description: String!/);
    expect(sdl).toMatch(/at most 100 items[^"]*"""\s*keywords: \[String!\]/);
  });
});

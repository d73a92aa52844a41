import { startTestHub, type TestHub } from '../helpers/test-hub';
import { expectLightAndAccessible, getPage } from './page-checks';

/** Every page a visitor or an official can reach without arguments from a form. */
const publicPages = [
  '/',
  '/?lang=en',
  '/search?q=dan+cu',
  '/search?category=SHARED',
  '/sign-in',
  '/datasets/nt-dich-vu-cong-truc-tuyen',
  '/agencies/ninhthuan/sotttt',
];
const stewardPages = ['/desk', '/desk/requests', '/desk/my-requests', '/review'];
const dicPages = ['/publish', '/review', '/usage'];

describe('portal pages are light and accessible (issue 9)', () => {
  let t: TestHub;
  let cookie = '';
  let dicCookie = '';

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    cookie = `hub_session=${await t.signIn('ninhthuan', 'vankiemthu')}`;
    dicCookie = `hub_session=${await t.signIn('ninhthuan', 'thunghiem')}`;
  });

  afterAll(() => t.close());

  const get = (url: string, headers: Record<string, string> = {}) => getPage(t, url, headers);

  test.each([
    ...publicPages.map((url) => [url, 'anonymous']),
    ...stewardPages.map((url) => [url, 'steward']),
    ...dicPages.map((url) => [url, 'DIC']),
  ])('%s (%s) has lang, a title, labelled inputs, a language switch and under 200 KB of script', async (url, who) => {
    await expectLightAndAccessible(t, await get(url, who === 'steward' ? { cookie } : who === 'DIC' ? { cookie: dicCookie } : {}));
  });

  test('Vietnamese by default, English with ?lang=en and then by cookie', async () => {
    expect((await get('/')).body).toContain('<html lang="vi">');
    const english = await get('/?lang=en');
    expect(english.body).toContain('<html lang="en">');
    const setCookie = String(english.headers['set-cookie']);
    expect(setCookie).toContain('hub_lang=en');
    expect((await get('/search', { cookie: 'hub_lang=en' })).body).toContain('<html lang="en">');
  });

  test('issue 21: a dataset page speaks the reader’s language: frequencies in words, numbers grouped alike in table and chart, a citation in the body font', async () => {
    const slug = 'nt-lam-sach-du-lieu-dan-cu';
    const vi = (await get(`/datasets/${slug}`)).body;
    expect(vi).toContain('<dd>6 tháng một lần</dd>');
    expect(vi).not.toContain('semiannual');
    expect(vi).toContain('<p class="citation" id="citation">');
    expect(vi).not.toContain('<pre class="citation"');
    const en = (await get(`/datasets/${slug}?lang=en`)).body;
    expect(en).toContain('<dd>every six months</dd>');
    // Numbers are grouped in the reader's style, in the preview table as in the chart (which once printed them differently).
    const grouped = (body: string) => [...body.matchAll(/<td>(\d{1,3}(?:[.,]\d{3})+)<\/td>/g)].map((match) => match[1]);
    const chartValues = (body: string) => [...body.matchAll(/<span class="bar-value">([^<]+)<\/span>/g)].map((match) => match[1]);
    expect(grouped(vi).length).toBeGreaterThan(0);
    expect(vi).not.toMatch(/<td>\d{4,}<\/td>/);
    expect(grouped(vi).every((value) => /^\d{1,3}(\.\d{3})+$/.test(value))).toBe(true);
    expect(grouped(en).every((value) => /^\d{1,3}(,\d{3})+$/.test(value))).toBe(true);
    expect(chartValues(vi).length).toBeGreaterThan(0);
    expect(chartValues(vi).every((value) => /^-?\d{1,3}(\.\d{3})*(,\d+)?$/.test(value))).toBe(true);
    // The DCAT catalogue is for software: linked from the footer, not the main menu.
    expect(vi).not.toMatch(/<nav[\s\S]*catalog\.ttl[\s\S]*<\/nav>/);
    expect(vi).toMatch(/<footer>[\s\S]*href="\/catalog\.ttl"/);
  });

  test('issue 21: the sign-in form offers the hub’s own province first, then the one this browser last signed in to', async () => {
    const selected = (body: string) => /<select id="province" name="province">[\s\S]*?<option value="(\w+)" selected>/.exec(body)?.[1];
    // Ninh Thuận, where most of the seed's agencies are; alphabetical order offered Bình Phước.
    expect(selected((await get('/sign-in')).body)).toBe('ninhthuan');
    expect(selected((await get('/sign-in', { cookie: 'hub_province=binhphuoc' })).body)).toBe('binhphuoc');
    expect(selected((await get('/sign-in', { cookie: 'hub_province=khong-co' })).body)).toBe('ninhthuan');
    const csrf = 'c'.repeat(32);
    const signedIn = await t.hub.http.inject({
      method: 'POST',
      url: '/dev-sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `hub_csrf=${csrf}` },
      payload: new URLSearchParams({ _csrf: csrf, province: 'ninhthuan', accountName: 'vankiemthu', next: '/desk' }).toString(),
    });
    expect(signedIn.statusCode).toBe(303);
    expect(String(signedIn.headers['set-cookie'])).toContain('hub_province=ninhthuan; Path=/; HttpOnly; SameSite=Lax');
  });

  test('issue 21: the search page’s facet counts are those of its results', async () => {
    const body = (await get('/search?q=dan+cu')).body;
    const total = Number(/<p role="status">([\d.]+) bộ dữ liệu<\/p>/.exec(body)?.[1].replace(/\./g, ''));
    const categories = /<select id="facet-category" name="category">([\s\S]*?)<\/select>/.exec(body)?.[1] ?? '';
    const counts = [...categories.matchAll(/\((\d+)\)\s*<\/option>/g)].map((match) => Number(match[1]));
    expect(total).toBeGreaterThan(0);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
    const all = (await get('/')).body;
    const everything = /<select id="facet-category" name="category">([\s\S]*?)<\/select>/.exec(all)?.[1] ?? '';
    expect([...everything.matchAll(/\((\d+)\)\s*<\/option>/g)].reduce((sum, match) => sum + Number(match[1]), 0)).toBeGreaterThan(total);
    // Keyword, format and licence narrow the search too; a keyword's count is what choosing it finds.
    const keywords = /<select id="facet-keyword" name="keyword">([\s\S]*?)<\/select>/.exec(body)?.[1] ?? '';
    const [, keyword, keywordCount] = /<option value="([^"]+)"\s*>\s*[^<]*\((\d+)\)/.exec(keywords)!;
    const narrowed = (await get(`/search?q=dan+cu&keyword=${encodeURIComponent(keyword.replace(/&amp;/g, '&'))}`)).body;
    expect(narrowed).toContain(`<p role="status">${keywordCount} bộ dữ liệu</p>`);
    expect(body).toContain('<select id="facet-format" name="format">');
    expect(body).toContain('<select id="facet-licence" name="licence">');
  });

  test('issue 21: sectors are a facet by their names in the province’s code list, counting the results; the home page browses by sector and agency', async () => {
    const options = (body: string, name: string) =>
      [
        ...(new RegExp(`<select id="facet-${name}" name="${name}">([\\s\\S]*?)</select>`).exec(body)?.[1] ?? '').matchAll(
          /<option value="([^"]+)"\s*>\s*([^<]*?) \((\d+)\)/g,
        ),
      ].map(([, value, label, count]) => ({ value, label, count: Number(count) }));
    const results = (body: string) => Number(/<p role="status">([\d.]+) bộ dữ liệu<\/p>/.exec(body)?.[1].replace(/\./g, ''));
    const body = (await get('/search?q=dan+cu')).body;
    const sectors = options(body, 'sector');
    expect(sectors).toContainEqual(expect.objectContaining({ value: 'dan-cu', label: 'Dân cư' }));
    expect(sectors.reduce((sum, sector) => sum + sector.count, 0)).toBeLessThanOrEqual(results(body));
    for (const sector of sectors) expect(results((await get(`/search?q=dan+cu&sector=${sector.value}`)).body)).toBe(sector.count);
    expect(options((await get('/search?q=dan+cu&lang=en')).body, 'sector')).toContainEqual(
      expect.objectContaining({ value: 'dan-cu', label: 'Population' }),
    );

    const home = (await get('/')).body;
    const browse = (id: string) =>
      [...(new RegExp(`<h2 id="${id}">[\\s\\S]*?</ul>`).exec(home)?.[0] ?? '').matchAll(/<a href="([^"]+)">([^<]+)<\/a>\s*\((\d+)\)/g)].map(
        ([, href, label, count]) => ({ href: href.replace(/&amp;/g, '&'), label, count: Number(count) }),
      );
    const bySector = browse('by-sector');
    expect(bySector).toContainEqual({ href: '/search?sector=dan-cu', label: 'Dân cư', count: expect.any(Number) });
    const byAgency = browse('by-agency');
    expect(byAgency.map((agency) => agency.label)).toContain('Sở Thông tin và Truyền thông');
    for (const link of [...bySector, ...byAgency]) expect(results((await get(link.href)).body)).toBe(link.count);
  });

  test('issue 21: a shared code list has no file: the desk offers no upload for it but says how its entries change, and its page lists them instead of downloads and rows', async () => {
    const codeList = 'dm-linh-vuc-ninhthuan';
    // A dataset still waiting for its first file, beside the steward's code lists.
    await t.hub.services().trusted.catalog.upsertFromCatalog({
      slug: 'nt-chua-co-tep',
      provinceCode: 'ninhthuan',
      ownerCode: 'sotttt',
      title: 'Chưa có tệp',
      description: 'Chờ tệp đầu tiên.',
      category: 'SECTORAL',
      accessLevel: 'PUBLIC',
      licence: 'CC-BY-4.0',
    });
    const desk = (await get('/desk', { cookie })).body;
    const row = new RegExp(`<tr>\\s*<td><a href="/datasets/${codeList}">[\\s\\S]*?</tr>`).exec(desk)?.[0] ?? '';
    expect(row).toContain('catalog/code-lists');
    expect(row).toContain(`href="/datasets/${codeList}#entries"`);
    expect(row).not.toContain('type="file"');
    expect(row).not.toContain('/distributions');
    // A dataset that is not a code list keeps its upload, file or not yet.
    expect(desk).toContain('id="file-nt-chua-co-tep"');
    const list = (await get(`/datasets/${codeList}`)).body;
    expect(list).toMatch(/<h2 id="entries">Các mục của danh mục<\/h2>/);
    expect(list).toMatch(/<td>dan-cu<\/td>\s*<td>Dân cư<\/td>/);
    // No file behind it: no downloads, API commands, columns, versions or rows that would answer 404.
    expect(list).not.toContain(`href="/datasets/${codeList}/download"`);
    expect(list).not.toContain('datastore_search');
    expect(list).not.toContain('Các cột dữ liệu');
    expect(list).not.toContain('Các phiên bản');
    expect((await get(`/datasets/${codeList}?lang=en`)).body).toMatch(/<td>dan-cu<\/td>\s*<td>Population<\/td>/);
  });

  test('issue 21: the chart labels its bars in words (the indicator’s name, not its code) and names its columns by their titles', async () => {
    const body = (await get('/datasets/nt-xac-thuc-du-lieu-bhxh-bhyt')).body;
    const labels = [...body.matchAll(/<span class="bar-label">([^<]+)<\/span>/g)].map((match) => match[1]);
    expect(labels).toContain('Người tham gia BHXH, BHYT đã được xác thực với Cơ sở dữ liệu quốc gia về dân cư');
    expect(labels.some((label) => /^[a-z_]+$/.test(label))).toBe(false);
    expect(body).toContain('<figcaption>Biểu đồ: Số trường hợp theo Chỉ tiêu</figcaption>');
    expect(body).toContain('<span class="bar-value">544.352</span>');
    expect((await get('/datasets/nt-xac-thuc-du-lieu-bhxh-bhyt?lang=en')).body).toContain('<span class="bar-value">544,352</span>');
  });

  test('issue 21 item 1: the explorer writes dates as the rest of the page does, in the reader’s style, not as stored', async () => {
    const vietnamese = (await get('/datasets/nt-xac-thuc-du-lieu-bhxh-bhyt')).body;
    expect(vietnamese).toContain('<td>01/01/2024</td>');
    expect(vietnamese).not.toContain('<td>2024-01-01</td>');
    expect((await get('/datasets/nt-xac-thuc-du-lieu-bhxh-bhyt?lang=en')).body).toContain('<td>01/01/2024</td>');
    expect((await get('/datasets/nt-xac-thuc-du-lieu-bhxh-bhyt?lang=en')).body).toContain('<td>31/05/2024</td>');
  });

  test('issue 21: the desk offers “submit for review” only where the council would take it, never on a published dataset', async () => {
    await t.hub.services().trusted.catalog.upsertFromCatalog({
      slug: 'nt-ban-nhap-cua-so',
      provinceCode: 'ninhthuan',
      ownerCode: 'sotttt',
      title: 'Bản nháp của Sở',
      description: 'Chưa gửi thẩm định.',
      category: 'SECTORAL',
      accessLevel: 'PUBLIC',
      licence: 'CC-BY-4.0',
    });
    const desk = (await get('/desk', { cookie })).body;
    const submits = [...desk.matchAll(/action="\/desk\/datasets\/([^/"]+)\/submit"/g)].map((match) => decodeURIComponent(match[1]));
    expect(submits).toContain('nt-ban-nhap-cua-so');
    const published = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute<{ slug: string }[]>(
        "select d.slug from dataset d join agency a on a.id = d.owner_agency_id where a.code = 'sotttt' and a.province_code = 'ninhthuan' and d.published_at is not null",
      );
    expect(published.length).toBeGreaterThan(0);
    for (const { slug } of published) expect(submits).not.toContain(slug);
  });

  test('issue 21: the data explorer searches and sorts either way, without script; a bad column is named', async () => {
    const path = '/datasets/nt-lam-sach-du-lieu-dan-cu';
    // The explorer's table is the one whose headers are sort links; its first column is sorted on.
    const column = /<th scope="col" aria-sort="none">\s*<a href="[^"]*sort=(\w+)/.exec((await get(path)).body)![1];
    const explorerRows = (body: string) => body.slice(body.indexOf('id="rows"'));
    const firstCells = (body: string) => [...explorerRows(body).matchAll(/<tr>\s*<td>([^<]*)<\/td>/g)].map((match) => match[1]);
    const ascending = firstCells((await get(`${path}?sort=${column}`)).body);
    const descendingPage = (await get(`${path}?sort=${column}&desc=1`)).body;
    const descending = firstCells(descendingPage);
    expect(ascending.length).toBeGreaterThan(1);
    expect(descending).not.toEqual(ascending);
    expect(descendingPage).toMatch(/aria-sort="descending"/);
    const searched = (await get(`${path}?rq=${encodeURIComponent('trùng')}`)).body;
    const count = Number(/<p role="status">([\d.]+) dòng<\/p>/.exec(searched)?.[1].replace(/\./g, ''));
    expect(count).toBeGreaterThan(0);
    expect(searched).toContain('value="trùng"');
    // Per column: words a text column contains, a range of an ordered one; links keep the filters.
    const textColumn = /<input type="search" id="fc-\d+" name="fc\.(\w+)"/.exec((await get(path)).body)![1];
    const contained = (await get(`${path}?fc.${textColumn}=${encodeURIComponent('trùng')}`)).body;
    expect(Number(/<p role="status">([\d.]+) dòng<\/p>/.exec(contained)?.[1].replace(/\./g, ''))).toBeGreaterThan(0);
    expect(contained).toMatch(/<details class="filters" open>/);
    expect(contained).toContain(`fc.${textColumn}=tr%C3%B9ng`);
    const ranged = (await get(`${path}?fg.${column}=2&fl.${column}=3`)).body;
    expect(firstCells(ranged)).toEqual(['2', '3']);
    const badValue = (await get(`${path}?fg.${column}=hai`)).body;
    expect(badValue).toMatch(/<p class="error" role="alert">[^<]*số nguyên/);
    const bad = await get(`${path}?sort=khong_co`);
    expect(bad.status).toBe(200);
    expect(bad.body).toMatch(/<p class="error" role="alert">[^<]*khong_co/);
  });

  test('user data is escaped, never markup', async () => {
    const page = await get(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('a POST form without its CSRF token is refused', async () => {
    const response = await t.hub.http.inject({
      method: 'POST',
      url: '/sign-out',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `${cookie}; hub_csrf=${'a'.repeat(32)}` },
      payload: '_csrf=wrong',
    });
    expect(response.statusCode).toBe(403);
  });

  test('the session cookie is HttpOnly and SameSite=Lax, and desks send strangers to sign in', async () => {
    const desk = await get('/desk');
    expect(desk.status).toBe(303);
    expect(desk.headers.location).toBe('/sign-in?next=%2Fdesk');
    const form = await get('/sign-in');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1];
    const signedIn = await t.hub.http.inject({
      method: 'POST',
      url: '/dev-sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `hub_csrf=${csrf}` },
      payload: new URLSearchParams({ _csrf: csrf, province: 'ninhthuan', accountName: 'vankiemthu', next: '/desk' }).toString(),
    });
    expect(signedIn.statusCode).toBe(303);
    expect(String(signedIn.headers['set-cookie'])).toMatch(/hub_session=[^;]+; Path=\/; HttpOnly; SameSite=Lax/);
  });

  test('a bad search cursor is a 400 page naming the problem, not a server error', async () => {
    const page = await get('/search?after=not-a-cursor');
    expect(page.status).toBe(400);
    expect(page.body).toContain('<html lang="vi">');
    expect(page.body).toContain('role="alert"');
  });

  test('an unknown dataset is a 404 page', async () => {
    const page = await get('/datasets/no-such-dataset');
    expect(page.status).toBe(404);
    expect(page.body).toContain('<html lang="vi">');
  });
});

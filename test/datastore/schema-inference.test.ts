import { DatasetRowsDocument, IngestionJobDocument, SubmitForReviewDocument } from '../generated/graphql';
import { confirmInferredSchema } from '../helpers/publish';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { datasetWithSchema, uploadAndIngest, windows1258 } from './ingestion-fixtures';
import { approveBySampleCouncil } from '../../bench/sample-council';

/** REQUIREMENTS §2 (data correct, complete), issue 15: what ingestion infers when the owner gave no Table Schema. */
describe('schema inference: nothing an owner uploads is silently misread', () => {
  let t: TestHub;
  let steward: string;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    steward = await t.signIn('ninhthuan', 'vankiemthu');
  });

  afterAll(() => t.close());

  async function inferred(slug: string, csv: string | Buffer) {
    await datasetWithSchema(t, slug, `Suy ra lược đồ ${slug}`, null);
    const job = await uploadAndIngest(t, steward, slug, csv);
    expect(job.problems).toEqual([]);
    expect(job.state).toBe('SUCCEEDED');
    const { data } = await t.gql(IngestionJobDocument, { id: job.id }, steward);
    const reasons = new Map((data?.ingestionJob?.schemaInference ?? []).map((column) => [column.column, column]));
    const fields = new Map(
      ((job.inferredSchema as { fields: Record<string, unknown>[] }).fields ?? []).map((field) => [field.name, field]),
    );
    return { reasons, fields };
  }

  async function rowsOf(slug: string): Promise<unknown> {
    const { data, errors } = await t.gql(DatasetRowsDocument, { slug, first: 100 }, steward);
    expect(errors).toBeUndefined();
    return data!.datasetRows.rows;
  }

  it('Vietnamese number style: "." groups thousands and "," marks decimals, so 1.000 is one thousand and 5,25 is five and a quarter', async () => {
    const { fields, reasons } = await inferred(
      'so-kieu-viet-nam',
      'huyen,dan_so,dien_tich_km2\nPhan Rang,1.000,"5,25"\nNinh Hải,8.919,"1.234,5"\nBác Ái,1.234.567,"12,0"\n',
    );
    expect(fields.get('dan_so')).toEqual({ name: 'dan_so', type: 'integer', groupChar: '.' });
    expect(fields.get('dien_tich_km2')).toEqual({ name: 'dien_tich_km2', type: 'number', groupChar: '.', decimalChar: ',' });
    expect(reasons.get('dan_so')?.reason).toContain('Vietnamese style');
    expect(await rowsOf('so-kieu-viet-nam')).toEqual([
      ['Phan Rang', 1000, 5.25],
      ['Ninh Hải', 8919, 1234.5],
      ['Bác Ái', 1234567, 12],
    ]);
  });

  it('neighbour: a Vietnamese Excel export (Windows-1258, ";" between cells) is read in Vietnamese style, codes kept as written', async () => {
    const { fields } = await inferred(
      'so-kieu-viet-nam-1258',
      windows1258('mã_xã;tên_xã;dân_số;diện_tích_km2\n00123;Phước Dân;12.345;5,25\n00456;Phước Hậu;8.919;1.234,5\n'),
    );
    expect(fields.get('dân_số')).toEqual({ name: 'dân_số', type: 'integer', groupChar: '.' });
    expect(fields.get('diện_tích_km2')).toEqual({ name: 'diện_tích_km2', type: 'number', groupChar: '.', decimalChar: ',' });
    expect(fields.get('mã_xã')).toMatchObject({ type: 'string' });
    expect(await rowsOf('so-kieu-viet-nam-1258')).toEqual([
      ['00123', 'Phước Dân', 12345, 5.25],
      ['00456', 'Phước Hậu', 8919, 1234.5],
    ]);
  });

  it('neighbour: when the file’s columns prove both styles, a column readable both ways still waits for the owner', async () => {
    const { fields, reasons } = await inferred('so-hai-kieu', 'huyen,vn,intl,mo_ho\nA,"1.234,5",12.75,8.919\nB,"2,5",0.5,1.000\n');
    expect(fields.get('mo_ho')).toEqual({ name: 'mo_ho', type: 'string' });
    expect(reasons.get('mo_ho')?.ownerMustDecide).toBe(true);
  });

  it('international number style: "," groups thousands and "." marks decimals', async () => {
    const { fields, reasons } = await inferred('so-kieu-quoc-te', 'huyen,dan_so,ty_le\nA,"1,000",0.5\nB,"1,234,567",12.75\nC,42,3\n');
    expect(fields.get('dan_so')).toEqual({ name: 'dan_so', type: 'integer', groupChar: ',' });
    expect(fields.get('ty_le')).toEqual({ name: 'ty_le', type: 'number' });
    expect(reasons.get('ty_le')?.reason).toContain('international style');
    expect(await rowsOf('so-kieu-quoc-te')).toEqual([
      ['A', 1000, 0.5],
      ['B', 1234567, 12.75],
      ['C', 42, 3],
    ]);
  });

  it('an ambiguous column ("1.000" alone: a thousand or one?) is kept as text and the owner is asked to decide', async () => {
    const { fields, reasons } = await inferred('so-mo-ho', 'huyen,dan_so\nA,1.000\nB,2.500\n');
    expect(fields.get('dan_so')).toEqual({ name: 'dan_so', type: 'string' });
    expect(reasons.get('dan_so')).toEqual({
      column: 'dan_so',
      type: 'string',
      ownerMustDecide: true,
      reason: expect.stringContaining('"1.000"'),
    });
    expect(await rowsOf('so-mo-ho')).toEqual([
      ['A', '1.000'],
      ['B', '2.500'],
    ]);
  });

  it('leading zeros and identifier-like columns (CCCD, phone, tax code, postal and administrative codes) stay text exactly as written', async () => {
    const csv =
      'ma_xa,so_cccd,dien_thoai,mst,buu_chinh,ma_so,so_ho\n' +
      '00123,058090000101,+84912345678,0312345678,59000,7,120\n' +
      '22345,058090000102,0912345678,0312345679-001,59100,8,95\n';
    const { fields, reasons } = await inferred('ma-dinh-danh', csv);
    for (const name of ['ma_xa', 'so_cccd', 'dien_thoai', 'mst', 'buu_chinh', 'ma_so']) expect(fields.get(name)?.type).toBe('string');
    expect(fields.get('so_ho')?.type).toBe('integer');
    expect(reasons.get('so_cccd')?.reason).toMatch(/leading zero|identifier/);
    expect(await rowsOf('ma-dinh-danh')).toEqual([
      ['00123', '058090000101', '+84912345678', '0312345678', '59000', '7', 120],
      ['22345', '058090000102', '0912345678', '0312345679-001', '59100', '8', 95],
    ]);
    // Published: the CSV is written anew (a cell starts with +) and keeps every zero; JSON has the text without the guard.
    await approveBySampleCouncil(t.hub.services(), 'ma-dinh-danh');
    const served = await t.hub.http.inject({ method: 'GET', url: '/datasets/ma-dinh-danh/download' });
    expect(served.body).toContain("00123,058090000101,'+84912345678,0312345678,59000,7,120");
    const json = await t.hub.http.inject({ method: 'GET', url: '/datasets/ma-dinh-danh/download.json' });
    expect(JSON.parse(json.body)[0]).toEqual({
      ma_xa: '00123',
      so_cccd: '058090000101',
      dien_thoai: '+84912345678',
      mst: '0312345678',
      buu_chinh: '59000',
      ma_so: '7',
      so_ho: 120,
    });
  });

  it('the whole file is checked, not only the sample: a leading zero far past the sample turns the column to text, naming its row', async () => {
    const rows = Array.from({ length: 6000 }, (_, index) => `Hộ ${index},${index + 100},${index % 7}`);
    rows.push('Hộ cuối,00042,1');
    const { fields, reasons } = await inferred('kiem-ca-tep', `ten,so_nha,nhom\n${rows.join('\n')}\n`);
    expect(fields.get('so_nha')).toEqual({ name: 'so_nha', type: 'string' });
    expect(fields.get('nhom')?.type).toBe('integer');
    expect(reasons.get('so_nha')?.reason).toContain('dòng 6002: "00042"');
  });

  it('002 §5.5: the council cannot approve guessed types — the checks fail "Table Schema not confirmed by the owner" until the owner confirms it', async () => {
    const slug = 'chua-xac-nhan';
    await inferred(slug, 'huyen,so_ho\nA,12\nB,30\n');
    await t.hub.services().trusted.catalog.upsertFromCatalog({
      slug,
      provinceCode: 'ninhthuan',
      ownerCode: 'sotttt',
      title: `Suy ra lược đồ ${slug}`,
      description: 'Kiểm thử (test).',
      category: 'SURVEY',
      accessLevel: 'PUBLIC',
      licence: 'CC-BY-4.0',
      contactName: 'Văn Kiểm Thử',
      contactEmail: 'kiemthu@ninhthuan.gov.vn',
      updateFrequency: 'hằng năm',
      temporalFrom: '2024-01-01',
    });
    const refused = await t.gql(SubmitForReviewDocument, { slug }, steward);
    const schemaCheck = refused.data?.submitForReview.checks?.find((check) => check.name === 'TABLE_SCHEMA_VALID');
    expect(schemaCheck).toEqual({
      name: 'TABLE_SCHEMA_VALID',
      passed: false,
      detail: expect.stringContaining('Table Schema not confirmed by the owner'),
    });
    expect(refused.data?.submitForReview.dataset?.reviewState).toBe('DRAFT');

    await confirmInferredSchema(t, slug, steward);
    const submitted = await t.gql(SubmitForReviewDocument, { slug }, steward);
    expect(submitted.data?.submitForReview.checks?.find((check) => check.name === 'TABLE_SCHEMA_VALID')?.passed).toBe(true);
  });
});

import { datasetWithSchema, uploadAndIngest, windows1258 } from '../datastore/ingestion-fixtures';
import { publishThroughCouncil } from '../helpers/publish';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const schema = {
  fields: [
    { name: 'ma', type: 'integer', constraints: { required: true } },
    { name: 'ten', type: 'string' },
    { name: 'gia_tri', type: 'number', decimalChar: ',', groupChar: '.' },
    { name: 'ngay', type: 'date', format: '%d/%m/%Y' },
  ],
  primaryKey: ['ma'],
};

/** What the automated checks ask of a dataset before the council sees it (002 §5). */
const publishable = {
  contactName: 'Phòng Công nghệ thông tin',
  contactEmail: 'cntt.sotttt@ninhthuan.gov.vn',
  updateFrequency: 'monthly',
  temporalFrom: '2025-01-01',
  temporalTo: '2025-12-31',
};

describe('the CSV open data serves (002 §20.1, OWASP CSV injection)', () => {
  let t: TestHub;
  let steward: string;
  const get = (url: string, headers: Record<string, string> = {}) => t.hub.http.inject({ method: 'GET', url, headers });

  async function published(
    slug: string,
    tableSchema: Record<string, unknown> | null,
    body: Buffer,
    options: { contentType?: string; query?: string } = {},
  ): Promise<void> {
    await datasetWithSchema(t, slug, `Kiểm thử ${slug}`, tableSchema, publishable);
    const job = await uploadAndIngest(t, steward, slug, body, options);
    expect(job.problems).toEqual([]);
    await publishThroughCouncil(t, slug);
  }

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    steward = await t.signIn('ninhthuan', 'vankiemthu');
  });

  afterAll(() => t.close());

  it('a Windows-1258, semicolon, Vietnamese-number upload is served as UTF-8 comma CSV with canonical values', async () => {
    const upload = windows1258('ma;ten;gia_tri;ngay\n1;Phan Rang – Tháp Chàm;1.234,5;02/09/2025\n2;"Ninh Hải; Ninh Phước";7;\n');
    // Declared, as a steward does for a file too short for detection to be sure.
    await published('served-legacy', schema, upload, { query: '?encoding=windows-1258' });
    const csv = await get('/datasets/served-legacy/download');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.rawPayload.toString('utf8')).toBe(
      'ma,ten,gia_tri,ngay\r\n1,Phan Rang – Tháp Chàm,1234.5,2025-09-02\r\n2,Ninh Hải; Ninh Phước,7,\r\n',
    );
    expect(csv.headers['content-length']).toBe(String(csv.rawPayload.length));

    const descriptor = (await get('/datasets/served-legacy/datapackage.json')).json() as {
      resources: { bytes: number; hash: string; schema: { fields: Record<string, unknown>[] } }[];
    };
    expect(descriptor.resources[0].bytes).toBe(csv.rawPayload.length);
    expect(descriptor.resources[0].schema.fields[2]).toEqual({ name: 'gia_tri', type: 'number' });
    expect(descriptor.resources[0].schema.fields[3]).toEqual({ name: 'ngay', type: 'date' });
    const json = (await get('/datasets/served-legacy/download.json')).json() as Record<string, unknown>[];
    expect(json[0]).toEqual({ ma: 1, ten: 'Phan Rang – Tháp Chàm', gia_tri: 1234.5, ngay: '2025-09-02' });

    const original = await get('/datasets/served-legacy/download/original');
    expect(original.rawPayload).toEqual(upload);
  });

  it('cells a spreadsheet would run as formulas (= + - @ tab) are served prefixed with an apostrophe', async () => {
    const upload = Buffer.from('ma,ten\n1,"=HYPERLINK(""http://x"",""y"")"\n2,@SUM(A1)\n3,+84912345678\n4,-1\n5,Phan Rang\n6,"\tTab"\n');
    await published(
      'served-formulas',
      {
        fields: [
          { name: 'ma', type: 'integer' },
          { name: 'ten', type: 'string' },
        ],
      },
      upload,
    );
    const csv = (await get('/datasets/served-formulas/download')).rawPayload.toString('utf8');
    expect(csv.split('\r\n')).toEqual([
      'ma,ten',
      `1,"'=HYPERLINK(""http://x"",""y"")"`,
      "2,'@SUM(A1)",
      "3,'+84912345678",
      "4,'-1",
      '5,Phan Rang',
      "6,'\tTab",
      '',
    ]);
  });

  it('an upload that already is clean UTF-8 comma CSV is served byte for byte, with Range over it', async () => {
    const upload = Buffer.from('ma,ten,gia_tri\n1,Ninh Sơn,-3.5\n2,Bác Ái,4\n');
    await published('served-clean', { fields: [...schema.fields.slice(0, 2), { name: 'gia_tri', type: 'number' }] }, upload);
    const csv = await get('/datasets/served-clean/download');
    expect(csv.rawPayload).toEqual(upload);
    const range = await get('/datasets/served-clean/download', { range: 'bytes=3-9' });
    expect(range.statusCode).toBe(206);
    expect(range.rawPayload).toEqual(upload.subarray(3, 10));
  });

  it('a workbook is served as CSV too', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Số liệu');
    sheet.addRows([
      ['ma', 'ten'],
      [1, 'Thuận Bắc'],
      [2, '=1+1 (text)'],
    ]);
    const upload = Buffer.from(await workbook.xlsx.writeBuffer());
    await published(
      'served-xlsx',
      {
        fields: [
          { name: 'ma', type: 'integer' },
          { name: 'ten', type: 'string' },
        ],
      },
      upload,
      { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    );
    const csv = await get('/datasets/served-xlsx/download');
    expect(csv.statusCode).toBe(200);
    expect(csv.rawPayload.toString('utf8')).toBe("ma,ten\r\n1,Thuận Bắc\r\n2,'=1+1 (text)\r\n");
  });
});

import ExcelJS from 'exceljs';
import { workbookMediaType } from '../../src/modules/datastore/service';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { datasetWithSchema, uploadAndIngest } from './ingestion-fixtures';

const schema = {
  fields: [
    { name: 'ma', type: 'integer', constraints: { required: true } },
    { name: 'ten', type: 'string' },
    { name: 'gia_tri', type: 'number' },
    { name: 'ngay', type: 'date' },
  ],
  primaryKey: ['ma'],
};

/** Two sheets, as officials send them: numbers, real date cells and Vietnamese text. */
async function workbook(tag: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  // Each dataset gets different bytes: equal content in two datasets is refused (002 §4.2b).
  book.creator = tag;
  const first = book.addWorksheet('Tổng hợp');
  first.addRow(['ma', 'ten', 'gia_tri', 'ngay']);
  first.addRow([1, 'Phường Phủ Hà', 1234.5, new Date(Date.UTC(2024, 11, 31))]);
  first.addRow([2, 'Xã Phước Dinh, huyện Thuận Nam', 0.25, new Date(Date.UTC(2025, 1, 1))]);
  const second = book.addWorksheet('Chi tiết');
  second.addRow(['ma', 'ten', 'gia_tri', 'ngay']);
  second.addRow([10, 'Thị trấn Khánh Hải', 7, new Date(Date.UTC(2023, 0, 15))]);
  second.addRow([11, 'Đô Vinh', -3.75, null]);
  second.addRow([12, '"Hộ tịch" điện tử', 1e6, new Date(Date.UTC(2020, 1, 29))]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('datastore ingestion of XLSX workbooks', () => {
  let t: TestHub;
  let token: string;
  let slug = 0;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    token = await t.signIn('ninhthuan', 'vankiemthu');
  });
  afterAll(() => t.close());

  async function dataset(): Promise<string> {
    slug += 1;
    return datasetWithSchema(t, `kiem-thu-xlsx-${slug}`, `Bảng tính kiểm thử ${slug}`, schema);
  }

  async function ingest(name: string, query = '') {
    return uploadAndIngest(t, token, name, await workbook(name), {
      contentType: workbookMediaType,
      query: `?filename=bang-tinh.xlsx${query}`,
    });
  }

  async function typedRows(jobId: string) {
    return t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute(
        `select _row, ma, ten, gia_tri::text as gia_tri, ngay::text as ngay from datastore.v_${jobId.replace(/-/g, '')} order by _row`,
      );
  }

  it('the first sheet when none is named: numbers, dates and Vietnamese text become typed rows', async () => {
    const job = await ingest(await dataset());
    expect(job.problems).toEqual([]);
    expect(job.state).toBe('SUCCEEDED');
    expect(await typedRows(job.id)).toEqual([
      { _row: '2', ma: '1', ten: 'Phường Phủ Hà', gia_tri: '1234.5', ngay: '2024-12-31' },
      { _row: '3', ma: '2', ten: 'Xã Phước Dinh, huyện Thuận Nam', gia_tri: '0.25', ngay: '2025-02-01' },
    ]);
  });

  it('?sheet= names another sheet (quotes and commas in cells survive)', async () => {
    const job = await ingest(await dataset(), `&sheet=${encodeURIComponent('Chi tiết')}`);
    expect(job.problems).toEqual([]);
    expect(job.rowsProcessed).toBe(3);
    expect(await typedRows(job.id)).toEqual([
      { _row: '2', ma: '10', ten: 'Thị trấn Khánh Hải', gia_tri: '7', ngay: '2023-01-15' },
      { _row: '3', ma: '11', ten: 'Đô Vinh', gia_tri: '-3.75', ngay: null },
      { _row: '4', ma: '12', ten: '"Hộ tịch" điện tử', gia_tri: '1000000', ngay: '2020-02-29' },
    ]);
  });

  it('a sheet name the workbook lacks is a clear problem and nothing is loaded', async () => {
    const name = await dataset();
    const job = await ingest(name, '&sheet=Kh%C3%B4ng%20c%C3%B3');
    expect(job.state).toBe('FAILED');
    expect(job.problems).toEqual([{ row: null, column: null, message: expect.stringContaining('"Không có"') }]);
    expect(job.problems[0].message).toContain('no such sheet');
    const [{ id }] = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>('select id from dataset where slug = ?', [name]);
    expect((await t.hub.services().datastore.versionsOf([id])).get(id)).toEqual([]);
  });
});

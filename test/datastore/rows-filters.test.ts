import { DatasetBySlugDocument, DatasetRowsDocument, type RowFilter } from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { addFixtureVersion, createFixtureDataset } from './rows-fixtures';

const slug = 'nt-thu-tuc-hanh-chinh';
const hostileColumn = 'x" or 1=1 --';
const questionColumn = 'a?b\\?';
const dropTable = "'; drop table dataset; --";

// Line numbers (_row): the header is line 1, so these rows are lines 2 to 6.
const rows: unknown[][] = [
  ['Đăng ký khai sinh', 'Hộ tịch', 120, '12.5', '2024-01-15', true, null, 'a', 1],
  ['Đăng ký kết hôn', 'Hộ tịch', 45, '3.25', '2024-02-01', false, 'ghi chú', 'b', 2],
  ['Cấp giấy phép xây dựng', 'Xây dựng', 300, '99.9', '2024-03-10', true, '100% trực tuyến', 'c', 3],
  ['Chứng thực bản sao', 'Chứng thực', 0, '0', '2023-12-31', false, 'a_b', 'd', 4],
  [dropTable, 'Khác', -5, null, null, null, 'x" or 1=1 --', 'e', 5],
];

describe('datasetRows filters (issue 3, Rows): schema columns only, values bound', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    const datasetId = await createFixtureDataset(t, { slug });
    await addFixtureVersion(t, datasetId, {
      fields: [
        { name: 'ten', type: 'string', required: true },
        { name: 'linh_vuc', type: 'string', required: true },
        { name: 'so_ho_so', type: 'integer', required: true },
        { name: 'ti_le', type: 'number' },
        { name: 'ngay', type: 'date' },
        { name: 'truc_tuyen', type: 'boolean' },
        { name: 'ghi_chu', type: 'string' },
        { name: hostileColumn, type: 'string' },
        { name: questionColumn, type: 'integer' },
      ],
      rows,
    });
  });

  afterAll(() => t.close());

  async function linesWhere(...filter: RowFilter[]): Promise<number[]> {
    const result = await t.gql(DatasetRowsDocument, { slug, filter });
    expect(result.errors).toBeUndefined();
    return result.data!.datasetRows.rowNumbers;
  }

  async function fieldError(filter: RowFilter[]): Promise<string> {
    const result = await t.gql(DatasetRowsDocument, { slug, filter });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    return result.errors![0].message;
  }

  it.each<[string, RowFilter, number[]]>([
    ['eq on text', { column: 'linh_vuc', eq: 'Hộ tịch' }, [2, 3]],
    ['ne on an integer', { column: 'so_ho_so', ne: 0 }, [2, 3, 4, 6]],
    ['lt on an integer given as text', { column: 'so_ho_so', lt: '45' }, [5, 6]],
    ['lte on a number', { column: 'ti_le', lte: 12.5 }, [2, 3, 5]],
    ['gt on a date', { column: 'ngay', gt: '2024-01-15' }, [3, 4]],
    ['gte on a date', { column: 'ngay', gte: '2024-01-15' }, [2, 3, 4]],
    ['in on text', { column: 'linh_vuc', in: ['Xây dựng', 'Chứng thực', 'không có'] }, [4, 5]],
    ['in on integers', { column: 'so_ho_so', in: [120, '300'] }, [2, 4]],
    ['eq on a boolean', { column: 'truc_tuyen', eq: true }, [2, 4]],
    ['isNull true', { column: 'ti_le', isNull: true }, [6]],
    ['isNull false', { column: 'ghi_chu', isNull: false }, [3, 4, 5, 6]],
    ['two operators in one filter (a range)', { column: 'so_ho_so', gte: 0, lte: 120 }, [2, 3, 5]],
  ])('operator %s', async (_name, filter, expected) => {
    expect(await linesWhere(filter)).toEqual(expected);
  });

  it('filters on several columns all apply', async () => {
    expect(await linesWhere({ column: 'linh_vuc', eq: 'Hộ tịch' }, { column: 'truc_tuyen', eq: false })).toEqual([3]);
  });

  it('contains ignores case and Vietnamese diacritics: "ho tich" finds "Hộ tịch"', async () => {
    expect(await linesWhere({ column: 'linh_vuc', contains: 'ho tich' })).toEqual([2, 3]);
    expect(await linesWhere({ column: 'linh_vuc', contains: 'HỘ TỊCH' })).toEqual([2, 3]);
    expect(await linesWhere({ column: 'ten', contains: 'dang ky' })).toEqual([2, 3]);
  });

  it('contains treats LIKE metacharacters as themselves', async () => {
    expect(await linesWhere({ column: 'ghi_chu', contains: '%' })).toEqual([4]);
    expect(await linesWhere({ column: 'ghi_chu', contains: '_' })).toEqual([5]);
    expect(await linesWhere({ column: 'ghi_chu', contains: '\\' })).toEqual([]);
  });

  it('SQL-looking values are only values: they match themselves and change nothing', async () => {
    expect(await linesWhere({ column: 'ten', eq: dropTable })).toEqual([6]);
    expect(await linesWhere({ column: 'ghi_chu', eq: "x' or '1'='1" })).toEqual([]);
    expect(await linesWhere({ column: 'ghi_chu', contains: '" or 1=1 --' })).toEqual([6]);
    expect(await fieldError([{ column: 'so_ho_so', in: ['1); drop table dataset; --'] }])).toContain('filter[0].in[0]');
    expect((await t.gql(DatasetBySlugDocument, { slug })).data?.dataset?.slug).toBe(slug);
  });

  it('SQL-looking column names are quoted identifiers: a real column is read, anything else is unknown', async () => {
    expect(await linesWhere({ column: hostileColumn, eq: 'c' })).toEqual([4]);
    expect(await linesWhere({ column: questionColumn, gte: 4 })).toEqual([5, 6]);
    const sorted = await t.gql(DatasetRowsDocument, {
      slug,
      sort: [{ column: hostileColumn, descending: true }, { column: questionColumn }],
    });
    expect(sorted.data?.datasetRows.rowNumbers).toEqual([6, 5, 4, 3, 2]);
    expect(sorted.data?.datasetRows.columns.map((column) => column.name)).toContain(hostileColumn);
    const unknown = await fieldError([{ column: 'ten" or 1=1 --', eq: 'a' }]);
    expect(unknown).toContain('filter[0].column');
    expect(unknown).toContain('ten\\" or 1=1 --');
  });

  it('a value that does not fit the column type is a field error naming the filter and the column', async () => {
    const notInteger = await fieldError([
      { column: 'ten', eq: 'a' },
      { column: 'so_ho_so', gte: 'abc' },
    ]);
    expect(notInteger).toContain('filter[1].gte');
    expect(notInteger).toContain('"so_ho_so"');
    expect(await fieldError([{ column: 'ngay', eq: '2024-02-30' }])).toContain('filter[0].eq');
    expect(await fieldError([{ column: 'ti_le', lt: '1,5' }])).toContain('"ti_le"');
    expect(await fieldError([{ column: 'truc_tuyen', eq: 'có' }])).toContain('filter[0].eq');
    expect(await fieldError([{ column: 'so_ho_so', in: [1, 'hai'] }])).toContain('filter[0].in[1]');
    expect(await fieldError([{ column: 'so_ho_so', eq: '99999999999999999999' }])).toContain('filter[0].eq');
  });

  it('operators that do not apply are field errors: contains on a number, null values, no operator, empty in', async () => {
    expect(await fieldError([{ column: 'so_ho_so', contains: '1' }])).toContain('filter[0].contains');
    expect(await fieldError([{ column: 'ten', eq: null }])).toContain('isNull');
    expect(await fieldError([{ column: 'ten' }])).toContain('filter[0]');
    expect(await fieldError([{ column: 'ten', in: [] }])).toContain('filter[0].in');
  });
});

import iconv from 'iconv-lite';
import { Client } from 'pg';
import { encodeTcvn3 } from '../../src/modules/datastore/ingestion/tcvn3';
import { neutraliseFormula } from '../../src/modules/datastore/formula';
import { DatasetVersionsDocument, IngestionJobDocument } from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { datasetWithSchema, uploadAndIngest, windows1258 } from './ingestion-fixtures';

const schema = {
  fields: [
    { name: 'ma', type: 'integer', constraints: { required: true } },
    { name: 'ten', type: 'string' },
    { name: 'gia_tri', type: 'number', decimalChar: ',', groupChar: '.', constraints: { minimum: 0 } },
    { name: 'ngay', type: 'date', format: '%d/%m/%Y' },
  ],
  primaryKey: ['ma'],
};

describe('datastore ingestion', () => {
  let t: TestHub;
  let token: string;
  let slug = 0;

  beforeAll(async () => {
    t = await startTestHub({ seed: true, env: {} });
    token = await t.signIn('ninhthuan', 'vankiemthu');
  });
  afterAll(() => t.close());

  it('ingestionJob(id) and dataset { versions latestVersion ingestionJobs } answer through GraphQL', async () => {
    const name = await dataset();
    const job = await ingest(name, 'ma,ten,gia_tri,ngay\n1,A,1,\n2,B,2,\n');
    const answer = await t.gql(IngestionJobDocument, { id: job.id }, token);
    expect(answer.data?.ingestionJob).toMatchObject({
      state: 'SUCCEEDED',
      rowsProcessed: 2,
      bytesRead: job.totalBytes,
      problemCount: 0,
      problems: [],
    });
    const versions = await t.gql(DatasetVersionsDocument, { slug: name }, token);
    expect(versions.data?.dataset).toMatchObject({
      latestVersion: { number: 1, rowCount: 2 },
      versions: [{ number: 1 }],
      ingestionJobs: [{ id: job.id }],
    });
    const anonymous = await t.gql(IngestionJobDocument, { id: job.id });
    expect(anonymous.data?.ingestionJob).toBeNull();
  });

  async function dataset(tableSchema: Record<string, unknown> | null = schema): Promise<string> {
    slug += 1;
    return datasetWithSchema(t, `kiem-thu-nap-${slug}`, `Bộ dữ liệu kiểm thử nạp ${slug}`, tableSchema);
  }

  function ingest(name: string, body: string | Buffer, query = '') {
    return uploadAndIngest(t, token, name, body, { query });
  }

  function sqlOf<T extends object>(sql: string, params: unknown[] = []): Promise<T[]> {
    return t.hub.database.orm.em.fork().getConnection().execute<T[]>(sql, params);
  }

  async function versionRows(name: string) {
    const [{ id }] = await sqlOf<{ id: string }>('select id from dataset where slug = ?', [name]);
    return { id, versions: (await t.hub.services().datastore.versionsOf([id])).get(id) ?? [] };
  }

  it('002 §20.1b: each successful ingestion is a new version with typed columns (Vietnamese numbers, dd/mm/yyyy)', async () => {
    const name = await dataset();
    const first = await ingest(name, 'ma,ten,gia_tri,ngay\n1,Phan Rang,"1.234,5",31/12/2024\n2,"Ninh Hải, xã",0,01/02/2025\n');
    expect(first.problems).toEqual([]);
    expect(first.state).toBe('SUCCEEDED');
    expect(first.rowsProcessed).toBe(2);
    const second = await ingest(name, 'ma,ten,gia_tri,ngay\n1,A,"2,5",\n2,B,3,\n3,C,4,\n');
    expect(second.state).toBe('SUCCEEDED');
    const db = new Client({ connectionString: t.hub.database.embedded?.url ?? t.config.databaseUrl });
    await db.connect();
    try {
      const versions = await db.query(
        'select number, row_count, table_name from dataset_version where ingestion_job_id = any($1) order by number',
        [[first.id, second.id]],
      );
      expect(versions.rows.map((v) => [v.number, Number(v.row_count)])).toEqual([
        [1, 2],
        [2, 3],
      ]);
      const rows = await db.query(
        `select _row, ma, ten, gia_tri::text, ngay::text from datastore.${versions.rows[0].table_name} order by _row`,
      );
      expect(rows.rows).toEqual([
        { _row: '2', ma: '1', ten: 'Phan Rang', gia_tri: '1234.5', ngay: '2024-12-31' },
        { _row: '3', ma: '2', ten: 'Ninh Hải, xã', gia_tri: '0', ngay: '2025-02-01' },
      ]);
    } finally {
      await db.end();
    }
  });

  it('a failed ingestion leaves the previous version as it was and lists every problem with row and column', async () => {
    const name = await dataset();
    await ingest(name, 'ma,ten,gia_tri,ngay\n1,A,1,01/01/2024\n');
    const failed = await ingest(name, 'ma,ten,gia_tri,ngay\n1,A,abc,31/02/2024\n1,B,-1,\n,C,2,\n');
    expect(failed.state).toBe('FAILED');
    expect(failed.problems).toEqual([
      { row: 2, column: 'gia_tri', message: expect.stringContaining('not a number') },
      { row: 2, column: 'ngay', message: expect.stringContaining('not a date') },
      { row: 3, column: 'gia_tri', message: expect.stringContaining('below the minimum') },
      { row: 3, column: 'ma', message: expect.stringContaining('duplicate of row 2') },
      { row: 4, column: 'ma', message: expect.stringContaining('required') },
    ]);
    expect(failed.problemCount).toBe(5);
    const { versions } = await versionRows(name);
    expect(versions.map((v) => [v.number, v.rowCount])).toEqual([[1, 1]]);
  });

  it.each([
    [
      'ragged row (extra column)',
      'ma,ten,gia_tri,ngay\n1,A,1,\n2,B,2,,x\n',
      { row: 3, column: null, message: expect.stringContaining('more columns') },
    ],
    [
      'ragged row (missing column)',
      'ma,ten,gia_tri,ngay\n1,A,1,\n2,B\n',
      { row: 3, column: 'gia_tri', message: expect.stringContaining('fewer columns') },
    ],
    [
      'unterminated quote',
      'ma,ten,gia_tri,ngay\n1,A,1,\n2,"B,2,\n3,C,3,\n',
      { row: 3, column: null, message: expect.stringContaining('unterminated') },
    ],
    ['empty file (nothing but a byte-order mark)', '\uFEFF', { row: null, column: null, message: expect.stringContaining('empty') }],
    ['header only', 'ma,ten,gia_tri,ngay\n', { row: null, column: null, message: expect.stringContaining('header only') }],
    [
      'duplicate headers',
      'ma,ten,ten,gia_tri,ngay\n1,A,A,1,\n',
      { row: 1, column: 'ten', message: expect.stringContaining('duplicate column') },
    ],
    [
      'column missing from the file',
      'ma,ten,gia_tri\n1,A,1\n',
      { row: 1, column: 'ngay', message: expect.stringContaining('missing from the file') },
    ],
    [
      'column not in the schema',
      'ma,ten,gia_tri,ngay,them\n1,A,1,,x\n',
      { row: 1, column: 'them', message: expect.stringContaining('not in the schema') },
    ],
    [
      'a 10 MB single field',
      `ma,ten,gia_tri,ngay\n1,"${'x'.repeat(10 * 2 ** 20)}",1,\n`,
      { row: 2, column: 'ten', message: expect.stringContaining('cell larger') },
    ],
  ])('bad input: %s is a clear problem and nothing is loaded', async (_case, body, problem) => {
    const name = await dataset();
    const job = await ingest(name, body);
    expect(job.state).toBe('FAILED');
    expect(job.problems[0]).toEqual(problem);
    expect((await versionRows(name)).versions).toEqual([]);
  });

  it('formula-looking cells are kept as text; neutraliseFormula prefixes them for CSV export', async () => {
    const name = await dataset();
    const job = await ingest(name, "ma,ten,gia_tri,ngay\n1,=cmd|' /C calc'!A0,1,\n2,@SUM(A1),2,\n");
    expect(job.state).toBe('SUCCEEDED');
    expect(neutraliseFormula("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(neutraliseFormula('+1')).toBe("'+1");
    expect(neutraliseFormula('Phan Rang')).toBe('Phan Rang');
  });

  it.each([
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ma,ten,gia_tri,ngay\n1,Hộ tịch Ninh Thuận,1,\n')])],
    ['UTF-16 LE', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('ma,ten,gia_tri,ngay\n1,Hộ tịch Ninh Thuận,1,\n', 'utf-16le')])],
    ['Windows-1258', windows1258('ma,ten,gia_tri,ngay\n1,Hộ tịch Ninh Thuận,1,\n')],
    ['TCVN3', Buffer.concat([Buffer.from('ma,ten,gia_tri,ngay\n1,'), encodeTcvn3('hộ tịch ninh thuận'), Buffer.from(',1,\n')])],
    ['semicolon-delimited', Buffer.from('ma;ten;gia_tri;ngay\n1;Hộ tịch Ninh Thuận;1;\n')],
  ])('encodings and dialects: %s is read as Vietnamese', async (_case, body) => {
    const name = await dataset();
    const job = await ingest(name, body);
    expect(job.problems).toEqual([]);
    const rows = await sqlOf<{ ten: string }>(`select ten from datastore.v_${job.id.replace(/-/g, '')}`);
    expect(rows.map((row) => row.ten.toLowerCase())).toEqual(['hộ tịch ninh thuận']);
  });

  it('a declared encoding that is wrong is a clear problem', async () => {
    const name = await dataset();
    const job = await ingest(name, windows1258('ma,ten,gia_tri,ngay\n1,A,1,\n2,Hộ tịch,1,\n'), '?encoding=utf-8');
    expect(job.state).toBe('FAILED');
    expect(job.problems[0]).toEqual({ row: 3, column: null, message: expect.stringContaining('not valid in the utf-8') });
  });

  it('without a Table Schema, one is inferred from the file and the version is marked inferred (a code column stays text)', async () => {
    const name = await dataset(null);
    const job = await ingest(name, 'ma,so,ngay,ten\n1,"1.234,5",31/12/2024,A\n2,3,01/01/2025,B\n');
    expect(job.state).toBe('SUCCEEDED');
    expect(job.inferredSchema).toMatchObject({
      fields: [
        { name: 'ma', type: 'string' },
        { name: 'so', type: 'number', decimalChar: ',', groupChar: '.' },
        { name: 'ngay', type: 'date', format: '%d/%m/%Y' },
        { name: 'ten', type: 'string' },
      ],
    });
    const { versions } = await versionRows(name);
    expect(versions[0].schemaInferred).toBe(true);
  });
});

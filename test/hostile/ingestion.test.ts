import zlib from 'node:zlib';
import iconv from 'iconv-lite';
import { workbookMediaType, type IngestionJob } from '../../src/modules/datastore/service';
import { datasetWithSchema, uploadAndIngest } from '../datastore/ingestion-fixtures';
import { publishThroughCouncil } from '../helpers/publish';
import { filesLeftOpenUnder } from '../helpers/open-files';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import {
  asZip64,
  embeddedBombWorkbook,
  goodWorkbook,
  manyCellsBomb,
  manyPartsBomb,
  nestedBomb,
  oneCellBomb,
  sharedStringsBomb,
  streamedWorkbook,
} from './ingestion-fixtures';

const slug = 'kiem-thu-tep-doc-hai';
/** Where the neighbours that must succeed go, so the hostile dataset keeps its one version. */
const neighbour = 'kiem-thu-tep-lang-gieng';
const served = 'ma,ten\n1,Phường Phủ Hà\n2,Xã Phước Dinh\n';

describe('hostile uploads: every ingestion ends, with a problem the owner can act on', () => {
  let t: TestHub;
  let steward: string;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    steward = await t.signIn('ninhthuan', 'vankiemthu');
    await datasetWithSchema(t, slug, 'Kiểm thử tệp độc hại', null, {
      contactName: 'Phòng Công nghệ thông tin',
      contactEmail: 'cntt.sotttt@ninhthuan.gov.vn',
      updateFrequency: 'monthly',
      temporalFrom: '2025-01-01',
      temporalTo: '2025-12-31',
    });
    await datasetWithSchema(t, neighbour, 'Kiểm thử tệp hợp lệ', null);
    expect((await uploadAndIngest(t, steward, slug, served)).state).toBe('SUCCEEDED');
    await publishThroughCouncil(t, slug);
  }, 60_000);
  afterAll(() => t.close());

  /** Uploads, waits for the job, and checks what must hold after any hostile file (issue 13: answered within 5 s). */
  async function refused(body: string | Buffer, options: { contentType?: string; query?: string } = {}): Promise<IngestionJob> {
    const started = Date.now();
    const job = await uploadAndIngest(t, steward, slug, body, { query: options.query, contentType: options.contentType });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(job.state).toBe('FAILED');
    expect(job.problems.length).toBeGreaterThan(0);
    const health = await t.hub.http.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    for (const url of [`/datasets/${slug}/download`, `/datasets/${slug}/download/original`]) {
      const download = await t.hub.http.inject({ method: 'GET', url });
      expect({ url, servedStill: download.rawPayload.equals(Buffer.from(served)) }).toEqual({ url, servedStill: true });
    }
    const running = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute(`select id from ingestion_job where state in ('QUEUED', 'RUNNING')`);
    expect(running).toEqual([]);
    expect(await filesLeftOpenUnder(t.dataDir)).toEqual([]);
    return job;
  }

  function messages(job: IngestionJob): string {
    return job.problems.map((problem) => `${problem.row ?? '-'}:${problem.column ?? '-'} ${problem.message}`).join('\n');
  }

  describe('files that are not text', () => {
    it('binary bytes labelled text/csv: "the file is not text"', async () => {
      const binary = Buffer.from(Array.from({ length: 70_000 }, (_, index) => (index * 7919 + 13) % 256));
      expect(messages(await refused(binary))).toMatch(/không phải là văn bản .*the file is not text/);
    });

    it('a gzip-compressed CSV labelled text/csv: "the file is not text"', async () => {
      const rows = Array.from({ length: 5000 }, (_, index) => `${index},Xã ${index}\n`).join('');
      expect(messages(await refused(zlib.gzipSync(`ma,ten\n${rows}`)))).toMatch(/the file is not text/);
    });

    it('UTF-16 without a byte-order mark is recognised and ingested (neighbour: mislabelled but text)', async () => {
      const job = await uploadAndIngest(t, steward, neighbour, iconv.encode('ma,ten\n7,Ninh Hải\n8,Ninh Phước\n', 'utf-16le'));
      expect(job.problems).toEqual([]);
      expect(job.state).toBe('SUCCEEDED');
      expect(job.encoding).toBe('utf-16le');
    });

    it('UTF-16 declared as utf-8: "the file is not text in utf-8", naming what it reads as', async () => {
      const job = await refused(iconv.encode('ma,ten\n9,Ninh Sơn\n', 'utf-16le'), { query: '?encoding=utf-8' });
      expect(messages(job)).toMatch(/the file is not text in utf-8.*utf-16le/);
    });

    it("a NUL byte in a cell is reported at its row and column, not in PostgreSQL's words", async () => {
      const job = await refused(`ma,ten\n1,a\n2,b\u0000c\n3,d\n`);
      expect(job.problems).toEqual([{ row: 3, column: 'ten', message: expect.stringMatching(/NUL/) }]);
      expect(messages(job)).not.toMatch(/invalid byte sequence|UTF8/);
    });

    it('a NUL byte far into the file (after the sample) is reported at its row and column too', async () => {
      const rows = Array.from({ length: 20_000 }, (_, index) => `${index},dòng ${index}\n`);
      rows[15_000] = '15000,x\u0000y\n';
      const job = await refused(`ma,ten\n${rows.join('')}`);
      expect(job.problems).toEqual([{ row: 15_002, column: 'ten', message: expect.stringMatching(/NUL/) }]);
    });
  });

  describe('shapes beyond the limits', () => {
    const header = (columns: number) => Array.from({ length: columns }, (_, index) => `cot_${index + 1}`).join(',');
    const row = (columns: number) => Array.from({ length: columns }, (_, index) => `v${index}`).join(',');

    it('a header of 5,000 columns: "more than 1000 columns", before any table is made', async () => {
      const job = await refused(`${header(5000)}\n${row(5000)}\n`);
      expect(messages(job)).toMatch(/more than 1000 columns/);
    });

    it('1,001 columns are refused; 1,000 are ingested', async () => {
      expect(messages(await refused(`${header(1001)}\n${row(1001)}\n`))).toMatch(/more than 1000 columns/);
      const job = await uploadAndIngest(t, steward, neighbour, `${header(1000)}\n${row(1000)}\n`);
      expect(job.problems).toEqual([]);
      expect(job.state).toBe('SUCCEEDED');
    });

    it('a single cell of 17 MB: the row is refused as too long, at its row', async () => {
      const job = await refused(`ma,ten\n1,${'x'.repeat(17 * 2 ** 20)}\n`);
      expect(job.problems).toEqual([{ row: 2, column: null, message: expect.stringMatching(/16 MiB/) }]);
    });

    it('a column name longer than 63 bytes, and one with a control character, are named', async () => {
      const job = await refused(`ma,${'tên'.repeat(30)},x\u0007y\n1,a,b\n`);
      expect(job.problems).toEqual([
        { row: 1, column: '#2', message: expect.stringMatching(/longer than 63 bytes/) },
        { row: 1, column: '#3', message: expect.stringMatching(/control character/) },
      ]);
    });

    it('a header-only file and an empty one', async () => {
      expect(messages(await refused('ma,ten\n'))).toMatch(/header only/);
      const empty = await t.hub.http.inject({
        method: 'PUT',
        url: `/datasets/${slug}/distributions`,
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${steward}` },
        payload: '',
      });
      expect(empty.statusCode).toBe(400);
      expect(empty.json()).toMatchObject({ error: expect.any(String) });
    });
  });

  describe('workbooks', () => {
    const xlsx = { contentType: workbookMediaType, query: '?filename=bang.xlsx' };

    it('a truncated workbook: "the workbook is damaged"', async () => {
      const whole = await goodWorkbook('cut', [[1, 'a']]);
      expect(messages(await refused(whole.subarray(0, Math.floor(whole.length / 2)), xlsx))).toMatch(/the workbook is damaged/);
    });

    it('bytes that are no ZIP at all, labelled as a workbook: "the workbook is damaged"', async () => {
      expect(messages(await refused(Buffer.from('ma,ten\n1,a\n'), xlsx))).toMatch(/the workbook is damaged/);
    });

    it('a zip bomb of many cells: "the workbook expands beyond 512 MB", from its headers, before it is inflated', async () => {
      expect(messages(await refused(manyCellsBomb(600), xlsx))).toMatch(/the workbook expands beyond 512 MB/);
    });

    it('a zip bomb whose headers understate its size: "the workbook is damaged" once it inflates beyond them', async () => {
      const job = await refused(manyCellsBomb(600, 'understated'), xlsx);
      expect(messages(job)).toMatch(
        /the workbook is damaged: xl\/worksheets\/sheet1\.xml inflates beyond the 1024 bytes its header declares/,
      );
    });

    it('a zip bomb whose sizes follow its data (bit 3, local headers say 0): refused from the central directory before it is inflated', async () => {
      expect(messages(await refused(manyCellsBomb(600, 'after-data'), xlsx))).toMatch(
        /the workbook expands beyond 512 MB: its ZIP central directory declares 600\.0 MB/,
      );
    });

    it('a zip bomb whose sizes follow its data and whose central directory says 1 KB: "the workbook is damaged" past 1 KB', async () => {
      expect(messages(await refused(manyCellsBomb(600, 'after-data-understated'), xlsx))).toMatch(
        /the workbook is damaged: xl\/worksheets\/sheet1\.xml inflates beyond the 1024 bytes its header declares/,
      );
    });

    it('a zip bomb just inside 512 MB whose sizes follow its data: "the workbook expands beyond 142.4 MB", 100 times its size, from the central directory', async () => {
      expect(messages(await refused(manyCellsBomb(500, 'after-data'), xlsx))).toMatch(
        /the workbook expands beyond 142\.4 MB, the most a 1\.4 MB file may: 100 times its size, 16 MB at least; its ZIP central directory declares 500\.0 MB/,
      );
    });

    it('a zip bomb of 5,000 small parts whose sizes follow their data: refused from the central directory', async () => {
      expect(messages(await refused(manyPartsBomb(5000, 110), xlsx))).toMatch(
        /the workbook expands beyond 512 MB: its ZIP central directory declares/,
      );
    });

    it('a zip bomb of 5,000 small parts, the central directory saying 1 KB each: "the workbook is damaged" at the first', async () => {
      expect(messages(await refused(manyPartsBomb(5000, 110, 'after-data-understated'), xlsx))).toMatch(
        /the workbook is damaged: xl\/media\/image1\.bin inflates beyond the 1024 bytes its header declares/,
      );
    });

    it('a ZIP of 20,000 parts: "the workbook has more than 10,000 parts", from the central directory', async () => {
      expect(messages(await refused(manyPartsBomb(20_000, 1), xlsx))).toMatch(/the workbook has more than 10,000 parts/);
    });

    it('nested zip bombs (a ZIP of 16 bombs, as 42.zip): 27 MB of inner ZIPs in 0.1 MB, refused from the central directory', async () => {
      expect(messages(await refused(nestedBomb(16), xlsx))).toMatch(/the workbook expands beyond 16 MB, the most a 0\.1 MB file may/);
    });

    it('nested zip bombs within what any workbook may expand to (4 bombs): the inner ZIPs are never opened, and it is no workbook', async () => {
      expect(messages(await refused(nestedBomb(4), xlsx))).toMatch(/the workbook is empty/);
    });

    it('a zip bomb of one cell: refused at the limit of a cell, not by running out of memory', async () => {
      // 8 MB: within what any workbook may expand to, so the cell's own limit is what refuses it.
      expect(messages(await refused(oneCellBomb(8), xlsx))).toMatch(/a cell longer than 4 MB/);
    });

    it('shared strings that would fill memory: refused at their limit', async () => {
      expect(messages(await refused(sharedStringsBomb(64), xlsx))).toMatch(/sharedStrings\.xml expands beyond 32 MB/);
    });

    it('a workbook just inside the limits is ingested (neighbour of the bombs)', async () => {
      const job = await uploadAndIngest(
        t,
        steward,
        neighbour,
        await goodWorkbook('ok', [
          [1, 'a'],
          [2, 'b'],
        ]),
        xlsx,
      );
      expect(job.problems).toEqual([]);
      expect(job.state).toBe('SUCCEEDED');
    });

    /** Neighbours of the bombs whose sizes follow their data: real workbooks are written that way. */
    it.each([
      ['written by a streaming writer (sizes after the data)', () => streamedWorkbook('streamed', [[1, 'a']])],
      ['with ZIP64 end records and an archive comment', async () => asZip64(await streamedWorkbook('zip64', [[1, 'a']]), 'ghi chú')],
      ['carrying a zip bomb as an embedded object, which nothing opens', async () => embeddedBombWorkbook()],
    ])('a good workbook %s is ingested', async (_name, workbook) => {
      // How much the check inflates of the embedded bomb (its own bytes, not what it holds) is counted in workbook-check.test.ts.
      const job = await uploadAndIngest(t, steward, neighbour, await workbook(), xlsx);
      expect(job.problems).toEqual([]);
      expect(job.state).toBe('SUCCEEDED');
    });
  });
});

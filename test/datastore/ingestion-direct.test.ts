import type { IngestionStage } from '../../src/modules/datastore/service';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { datasetWithSchema, uploadAndIngest } from './ingestion-fixtures';

const schema = {
  fields: [
    { name: 'ma', type: 'integer', constraints: { required: true, minimum: 1 } },
    { name: 'ngay', type: 'date', constraints: { required: true } },
    { name: 'ty_le', type: 'number' },
    { name: 'ten', type: 'string', constraints: { required: true } },
    { name: 'muc', type: 'string', constraints: { enum: ['A', 'B'] } },
  ],
  primaryKey: ['ma'],
};

const onServer = Boolean(process.env.DATABASE_URL);

/** The direct road (COPY straight into the typed table) exists only on a PostgreSQL server. */
(onServer ? describe : describe.skip)('ingestion straight into the typed table (PostgreSQL server)', () => {
  let t: TestHub;
  let token: string;
  let count = 0;
  const stages = new Map<string, IngestionStage[]>();

  beforeAll(async () => {
    t = await startTestHub({ seed: true, onIngestionStage: (jobId, stage) => stages.set(jobId, [...(stages.get(jobId) ?? []), stage]) });
    token = await t.signIn('ninhthuan', 'vankiemthu');
  });
  afterAll(() => t.close());

  async function ingest(body: string) {
    count += 1;
    const slug = await datasetWithSchema(t, `kiem-thu-duong-thang-${count}`, `Kiểm thử nạp thẳng ${count}`, schema);
    const job = await uploadAndIngest(t, token, slug, body);
    return { job, stages: stages.get(job.id) ?? [] };
  }

  it('a plain file skips staging and typing, and its typed rows are exactly the file', async () => {
    const { job, stages: taken } = await ingest(
      'ma,ngay,ty_le,ten,muc\r\n1,2024-06-06,99.5,"Phước Hải, Ninh Phước",A\n2,2024-06-10,,"dòng ""hai""\nxuống dòng",B\n',
    );
    expect(job.state).toBe('SUCCEEDED');
    expect(taken).not.toContain('typing');
    const rows = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute(
        `select _row, ma, ngay::text as ngay, ty_le::text as ty_le, ten, muc from datastore.v_${job.id.replace(/-/g, '')} order by _row`,
      );
    expect(rows).toEqual([
      { _row: '2', ma: '1', ngay: '2024-06-06', ty_le: '99.5', ten: 'Phước Hải, Ninh Phước', muc: 'A' },
      { _row: '3', ma: '2', ngay: '2024-06-10', ty_le: null, ten: 'dòng "hai"\nxuống dòng', muc: 'B' },
    ]);
  });

  it('a file of several batches goes through both COPY streams: every row once, its own row number', async () => {
    const rows = 150_000;
    const lines = Array.from({ length: rows }, (_, i) => `${i + 1},2024-06-06,${i % 100}.5,"Xã ${i}, ""dòng""\nhai",${i % 2 ? 'A' : 'B'}`);
    const { job } = await ingest(`ma,ngay,ty_le,ten,muc\n${lines.join('\n')}`);
    expect(job.state).toBe('SUCCEEDED');
    const [stats] = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute(
        `select count(*)::int as n, count(distinct _row)::int as rows, min(_row)::int as first, max(_row)::int as last, bool_and(_row = ma + 1) as aligned from datastore.v_${job.id.replace(/-/g, '')}`,
      );
    expect(stats).toEqual({ n: rows, rows, first: 2, last: rows + 1, aligned: true });
  });

  it('a duplicate key split across the two streams fails the job and leaves no table behind', async () => {
    const lines = Array.from({ length: 150_000 }, (_, i) => `${i === 149_999 ? 1 : i + 1},2024-06-06,1.5,"Xã ${i} ${'x'.repeat(40)}",A`);
    const { job } = await ingest(`ma,ngay,ty_le,ten,muc\n${lines.join('\n')}`);
    expect(job.state).toBe('FAILED');
    expect(job.problems.map((problem) => `${problem.row}:${problem.column}`)).toContain('150001:ma');
    const [{ n }] = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from pg_tables where schemaname = 'datastore' and tablename like ?`, [
        `%${job.id.replace(/-/g, '')}%`,
      ]);
    expect(n).toBe(0);
  });

  it('what PostgreSQL would wrongly accept is refused with its row and column, through the full report', async () => {
    const { job } = await ingest('ma,ngay,ty_le,ten,muc\n1, 2024-06-06,1,a,A\n2,today,NaN,b,C\n3,2024-6-1,1,c,A\n3,2024-06-01,1,d,A\n');
    expect(job.state).toBe('FAILED');
    const where = job.problems.map((problem) => `${problem.row}:${problem.column}`);
    expect(where).toEqual(expect.arrayContaining(['2:ngay', '3:ngay', '3:ty_le', '3:muc', '4:ngay', '5:ma']));
  });
});

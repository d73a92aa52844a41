import { startTestHub, type TestHub } from '../helpers/test-hub';
import { datasetWithSchema, uploadAndIngest } from './ingestion-fixtures';

const unitsList = 'dm-don-vi-hanh-chinh-ninhthuan';
const schema = {
  fields: [
    { name: 'ma', type: 'integer', constraints: { required: true } },
    { name: 'ma_don_vi', type: 'string', constraints: { required: true } },
    { name: 'so_ho', type: 'integer' },
  ],
  primaryKey: ['ma'],
  foreignKeys: [{ fields: ['ma_don_vi'], reference: { resource: unitsList, fields: ['code'] } }],
};

describe('002 §5.2: ingestion refuses codes that the referenced shared code list lacks', () => {
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
    return datasetWithSchema(t, `kiem-thu-danh-muc-${slug}`, `Số hộ theo đơn vị hành chính ${slug}`, schema);
  }

  function ingest(name: string, body: string) {
    return uploadAndIngest(t, token, name, body);
  }

  async function versionsOf(name: string) {
    const [{ id }] = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>('select id from dataset where slug = ?', [name]);
    return (await t.hub.services().datastore.versionsOf([id])).get(id) ?? [];
  }

  it('one unknown code fails the job naming its row, column and the code; nothing is loaded', async () => {
    const name = await dataset();
    const job = await ingest(name, 'ma,ma_don_vi,so_ho\n1,58,100\n2,582,200\n3,590,300\n4,589,400\n');
    expect(job.state).toBe('FAILED');
    expect(job.problemCount).toBe(1);
    expect(job.problems).toEqual([{ row: 4, column: 'ma_don_vi', message: expect.stringContaining('"590"') }]);
    expect(job.problems[0].message).toContain(unitsList);
    expect(await versionsOf(name)).toEqual([]);
  });

  it('all codes known (58, 582, 584–589) makes a version', async () => {
    const name = await dataset();
    const codes = ['58', '582', '584', '585', '586', '587', '588', '589'];
    const job = await ingest(name, `ma,ma_don_vi,so_ho\n${codes.map((code, index) => `${index + 1},${code},${index * 10}\n`).join('')}`);
    expect(job.problems).toEqual([]);
    expect(job.state).toBe('SUCCEEDED');
    expect((await versionsOf(name)).map((version) => [version.number, version.rowCount])).toEqual([[1, codes.length]]);
  });
});

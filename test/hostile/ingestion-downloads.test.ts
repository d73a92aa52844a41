import { DatasetBySlugDocument, DatasetVersionsDocument, IngestionJobDocument } from '../generated/graphql';
import { datasetWithSchema, uploadAndIngest } from '../datastore/ingestion-fixtures';
import { publishThroughCouncil } from '../helpers/publish';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const slug = 'kiem-thu-tai-ve-phien-ban';
const first = 'ma,ten\n1,Phường Đô Vinh\n2,Phường Bảo An\n';
const second = 'ma,ten\n1,Phường Đô Vinh\n2,Phường Bảo An\n3,Phường Phước Mỹ\n';

describe('only files that became a version are served; ranges follow RFC 9110', () => {
  let t: TestHub;
  let steward: string;
  const get = (url: string, headers: Record<string, string> = {}) => t.hub.http.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    steward = await t.signIn('ninhthuan', 'vankiemthu');
    await datasetWithSchema(t, slug, 'Kiểm thử tải về theo phiên bản', null, {
      contactName: 'Phòng Công nghệ thông tin',
      contactEmail: 'cntt.sotttt@ninhthuan.gov.vn',
      updateFrequency: 'monthly',
      temporalFrom: '2025-01-01',
      temporalTo: '2025-12-31',
    });
    expect((await uploadAndIngest(t, steward, slug, first)).state).toBe('SUCCEEDED');
    await publishThroughCouncil(t, slug);
  }, 60_000);
  afterAll(() => t.close());

  it('a failed upload: /download/original still serves the served version; the public sees neither the file nor its report', async () => {
    const failed = await uploadAndIngest(t, steward, slug, 'ma,ten\n');
    expect(failed.state).toBe('FAILED');
    const original = await get(`/datasets/${slug}/download/original`);
    expect(original.statusCode).toBe(200);
    expect(original.rawPayload.toString('utf8')).toBe(first);

    const anonymous = await t.gql(DatasetBySlugDocument, { slug });
    expect(anonymous.data?.dataset?.distributions.map((file) => file.byteSize)).toEqual([Buffer.byteLength(first)]);
    const jobs = await t.gql(DatasetVersionsDocument, { slug });
    expect(jobs.data?.dataset?.ingestionJobs).toEqual([]);
    expect((await t.gql(IngestionJobDocument, { id: failed.id })).data?.ingestionJob).toBeNull();

    // Its owner sees the upload and why it failed.
    const owned = await t.gql(DatasetBySlugDocument, { slug }, steward);
    expect(owned.data?.dataset?.distributions).toHaveLength(2);
    const report = await t.gql(IngestionJobDocument, { id: failed.id }, steward);
    expect(report.data?.ingestionJob).toMatchObject({ state: 'FAILED', problems: [{ message: expect.stringMatching(/header only/) }] });
  });

  it('If-Range with the current ETag resumes (206); a stale one, a weak one or a date gets the whole file (200)', async () => {
    const whole = await get(`/datasets/${slug}/download`);
    const etag = whole.headers.etag as string;
    const resumed = await get(`/datasets/${slug}/download`, { range: 'bytes=7-', 'if-range': etag });
    expect(resumed.statusCode).toBe(206);
    expect(resumed.rawPayload.toString('utf8')).toBe(first.slice(7));
    for (const validator of [
      '"0000000000000000000000000000000000000000000000000000000000000000"',
      `W/${etag}`,
      whole.headers.date as string,
    ]) {
      const answer = await get(`/datasets/${slug}/download`, { range: 'bytes=7-', 'if-range': validator });
      expect({ validator, status: answer.statusCode, body: answer.rawPayload.toString('utf8') }).toEqual({
        validator,
        status: 200,
        body: first,
      });
    }
  });

  it('several ranges get a multipart 206 (test/http/multipart-ranges.test.ts); bad syntax is ignored (200); ranges all outside the file get 416', async () => {
    const several = await get(`/datasets/${slug}/download`, { range: 'bytes=0-3, 10-12' });
    expect(several.statusCode).toBe(206);
    expect(several.headers['content-type']).toMatch(/^multipart\/byteranges; boundary=/);
    for (const range of ['bytes=abc', 'bytes=9-3', 'items=0-3']) {
      const answer = await get(`/datasets/${slug}/download`, { range });
      expect({ range, status: answer.statusCode }).toEqual({ range, status: 200 });
    }
    const outside = await get(`/datasets/${slug}/download`, { range: 'bytes=5000-5001, 6000-' });
    expect(outside.statusCode).toBe(416);
    const one = await get(`/datasets/${slug}/download/original`, { range: 'bytes=0-1, 9000-' });
    expect(one.statusCode).toBe(206);
    expect(one.rawPayload.toString('utf8')).toBe('ma');
  });

  it('a resumed download that spans a new version restarts from the new file, whole', async () => {
    const before = await get(`/datasets/${slug}/download/original`);
    expect((await uploadAndIngest(t, steward, slug, second)).state).toBe('SUCCEEDED');
    const resumed = await get(`/datasets/${slug}/download/original`, { range: 'bytes=7-', 'if-range': before.headers.etag as string });
    expect(resumed.statusCode).toBe(200);
    expect(resumed.rawPayload.toString('utf8')).toBe(second);
    const anonymous = await t.gql(DatasetBySlugDocument, { slug });
    expect(anonymous.data?.dataset?.distributions.map((file) => file.byteSize)).toEqual([
      Buffer.byteLength(second),
      Buffer.byteLength(first),
    ]);
  });
});

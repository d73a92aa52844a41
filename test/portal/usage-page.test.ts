import { DatasetRowsDocument } from '../generated/graphql';
import { datasetWithVersion, grantVia } from '../access/fixtures';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { getPage } from './page-checks';

describe('DIC’s usage report page (002 §31.8, issue 9)', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
  });

  afterAll(() => t.close());

  it('shows reads, rows and refusals per dataset and grantee to DIC only', async () => {
    const owner = await t.signIn('ninhthuan', 'vankiemthu');
    const police = await t.signIn('ninhthuan', 'thividu');
    const health = await t.signIn('ninhthuan', 'vanthidiem');
    await datasetWithVersion(t, owner, 'nt-bao-cao-khai-thac', 'xa,so_ho_so\nPhan Rang,12\nNinh Hải,7\nBác Ái,3\n', {
      title: 'Hồ sơ một cửa theo xã (báo cáo khai thác)',
    });
    const now = Date.now();
    await grantVia(t, { requester: police, owner }, 'nt-bao-cao-khai-thac', ['xa'], {
      validFrom: new Date(now),
      validTo: new Date(now + 86_400_000),
    });
    const read = await t.gql(DatasetRowsDocument, { slug: 'nt-bao-cao-khai-thac', first: 10 }, police);
    expect(read.errors).toBeUndefined();
    // Another agency without a grant: refused, and counted as such.
    expect((await t.gql(DatasetRowsDocument, { slug: 'nt-bao-cao-khai-thac', first: 10 }, health)).errors).toBeDefined();

    const report = await getPage(t, '/usage', { cookie: `hub_session=${await t.signIn('ninhthuan', 'thunghiem')}` });
    expect(report.status).toBe(200);
    // Rows come in the report's order (by ids): each grantee's row is found on its own.
    const title = 'Hồ sơ một cửa theo xã \\(báo cáo khai thác\\)';
    expect(report.body).toMatch(new RegExp(`<td>${title}</td>\\s*<td>Công an[^<]*</td>\\s*<td>1</td>\\s*<td>3</td>`));
    expect(report.body).toMatch(/Sở Y tế<\/td>\s*<td>0<\/td>\s*<td>0<\/td>\s*<td>—<\/td>\s*<td>1<\/td>/);

    const steward = await getPage(t, '/usage', { cookie: `hub_session=${owner}` });
    expect(steward.status).toBe(403);
  });
});

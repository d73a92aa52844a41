import { DatasetRowsDocument } from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { datasetWithVersion } from './fixtures';

/** Security by default: every read of non-public data is audited, the owner's and DIC's own included. */
describe('reads of non-public rows by their owner and DIC are audited (REQUIREMENTS §5, audit log)', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
  });

  afterAll(() => t.close());

  // Registration, upload and the new version are audited too; reads are what this suite is about.
  const readsOf = (datasetId: string) =>
    t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string; actor: string; details: { rows: number; columns: string[] } }[]>(
        `select action, actor, details from audit_event
          where subject_type = 'dataset' and subject_id = ? and action = 'access.internal_read' order by seq`,
        [datasetId],
      );

  it('the owner’s steward and DIC each write exactly one entry per page of RESTRICTED rows; open data writes none', async () => {
    const owner = await t.signIn('ninhthuan', 'vankiemthu');
    await datasetWithVersion(t, owner, 'nt-doc-noi-bo', 'xa,so_ho_so\nPhan Rang,12\nNinh Hải,7\n');
    const dataset = (await t.hub.services().trusted.catalog.findForReview('nt-doc-noi-bo'))!;
    for (const reader of [owner, await t.signIn('ninhthuan', 'thunghiem')]) {
      const read = await t.gql(DatasetRowsDocument, { slug: 'nt-doc-noi-bo', first: 1 }, reader);
      expect(read.errors).toBeUndefined();
    }
    const events = await readsOf(dataset.id);
    expect(events.map((event) => [event.action, event.details.rows, event.details.columns])).toEqual([
      ['access.internal_read', 1, ['xa', 'so_ho_so']],
      ['access.internal_read', 1, ['xa', 'so_ho_so']],
    ]);

    const open = (await t.hub.services().trusted.catalog.findForReview('nt-dich-vu-cong-truc-tuyen'))!;
    expect((await t.gql(DatasetRowsDocument, { slug: open.slug, first: 5 }, owner)).errors).toBeUndefined();
    expect(await readsOf(open.id)).toEqual([]);
  });
});

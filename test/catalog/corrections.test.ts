import {
  DatasetBySlugDocument,
  PublishDatasetDocument,
  RegisterDatasetDocument,
  ReviewOfDocument,
  SubmitForReviewDocument,
  UpdateDatasetDocument,
  WithdrawDraftDocument,
} from '../generated/graphql';
import { completeRegistration, csvFor, readyDataset } from '../compliance/fixtures';
import { publishThroughCouncil, reviewThroughCouncil, waitForIngestions } from '../helpers/publish';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { upload } from '../helpers/upload';

/** Issue 15: a registered dataset can be corrected or withdrawn, every change audited; open data is free. */
describe('correcting and withdrawing datasets (002 §4.2, §20.1g, §5.5)', () => {
  let t: TestHub;
  let steward: string;
  let policeSteward: string;
  let dic: string;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    steward = await t.signIn('ninhthuan', 'vankiemthu');
    policeSteward = await t.signIn('ninhthuan', 'thividu');
    dic = await t.signIn('ninhthuan', 'thunghiem');
  });

  afterAll(() => t.close());

  async function actionsOf(slug: string): Promise<{ action: string; details: Record<string, unknown> }[]> {
    const dataset = await t.hub.services().trusted.catalog.findForReview(slug);
    const events = (await t.hub.services().audit.eventsOf('dataset', [dataset!.id])).get(dataset!.id) ?? [];
    return events.map((event) => ({ action: event.action, details: event.details }));
  }

  it('002 §20.1g: PUBLIC with CHARGED is refused at registration, naming the article', async () => {
    const result = await t.gql(
      RegisterDatasetDocument,
      { input: completeRegistration('nt-mo-thu-phi', { fee: 'CHARGED', feeNote: '10.000 đồng mỗi lượt' }) },
      steward,
    );
    expect(result.data?.registerDataset.error?.inputErrors).toEqual([{ field: 'fee', message: expect.stringContaining('002 §20.1g') }]);
    expect((await t.gql(DatasetBySlugDocument, { slug: 'nt-mo-thu-phi' }, steward)).data?.dataset).toBeNull();
  });

  it('002 §20.1g: PUBLIC with CHARGED is refused at edit, whichever of the two changes', async () => {
    const charged = completeRegistration('nt-han-che-thu-phi', { accessLevel: 'RESTRICTED', fee: 'CHARGED', feeNote: '10.000 đồng' });
    expect((await t.gql(RegisterDatasetDocument, { input: charged }, steward)).data?.registerDataset.error).toBeNull();
    const toPublic = await t.gql(UpdateDatasetDocument, { slug: 'nt-han-che-thu-phi', input: { accessLevel: 'PUBLIC' } }, steward);
    expect(toPublic.data?.updateDataset.error?.inputErrors).toEqual([{ field: 'fee', message: expect.stringContaining('002 §20.1g') }]);

    expect((await t.gql(RegisterDatasetDocument, { input: completeRegistration('nt-mo-mien-phi') }, steward)).data?.registerDataset.error).toBeNull();
    const toCharged = await t.gql(UpdateDatasetDocument, { slug: 'nt-mo-mien-phi', input: { fee: 'CHARGED', feeNote: '5.000 đồng' } }, steward);
    expect(toCharged.data?.updateDataset.error?.inputErrors).toEqual([{ field: 'fee', message: expect.stringContaining('002 §20.1g') }]);
    expect((await t.gql(DatasetBySlugDocument, { slug: 'nt-mo-mien-phi' }, steward)).data?.dataset?.accessLevel).toBe('PUBLIC');
  });

  it('002 §20.1g: a CHARGED dataset is never published as open data, even one made PUBLIC before the rule', async () => {
    const slug = 'nt-thu-phi-cu';
    await readyDataset(t, steward, slug, { accessLevel: 'RESTRICTED', fee: 'CHARGED', feeNote: '10.000 đồng' });
    await reviewThroughCouncil(t, slug);
    // Data written before registration refused the combination.
    await t.hub.database.orm.em.fork().getConnection().execute(`update dataset set access_level = 'PUBLIC' where slug = ?`, [slug]);
    const published = await t.gql(PublishDatasetDocument, { slug }, dic);
    expect(published.data?.publishDataset.error?.inputErrors).toEqual([{ field: 'fee', message: expect.stringContaining('002 §20.1g') }]);
  });

  it('002 §4.2e: the owner’s steward corrects missing metadata with updateDataset; the change is audited and the checks then pass', async () => {
    const slug = 'nt-thieu-thong-tin';
    await readyDataset(t, steward, slug, { contactName: null, contactEmail: null, updateFrequency: null });
    const before = await t.gql(SubmitForReviewDocument, { slug }, steward);
    expect(before.data?.submitForReview.checks?.find((check) => check.name === 'METADATA_COMPLETE')?.passed).toBe(false);

    const input = { contactName: 'Phòng Công nghệ thông tin', contactEmail: 'cntt.sotttt@ninhthuan.gov.vn', updateFrequency: 'monthly' };
    const foreign = await t.gql(UpdateDatasetDocument, { slug, input }, policeSteward);
    expect(foreign.errors?.[0].extensions?.code ?? foreign.data?.updateDataset.error?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const invalid = await t.gql(UpdateDatasetDocument, { slug, input: { ...input, title: ' ', contactEmail: 'khong-phai-thu' } }, steward);
    expect(invalid.data?.updateDataset.error?.inputErrors.map((problem) => problem.field)).toEqual(['title', 'contactEmail']);

    const corrected = await t.gql(UpdateDatasetDocument, { slug, input }, steward);
    expect(corrected.data?.updateDataset.error).toBeNull();
    const after = await t.gql(SubmitForReviewDocument, { slug }, steward);
    expect(after.data?.submitForReview.error).toBeNull();
    expect(after.data?.submitForReview.dataset?.reviewState).toBe('SUBMITTED');
    expect((await actionsOf(slug)).filter((event) => event.action === 'catalog.metadata_changed')).toEqual([
      { action: 'catalog.metadata_changed', details: { fields: ['updateFrequency', 'contactName', 'contactEmail'] } },
    ]);
    // Under review, the council's copy does not change under it.
    const during = await t.gql(UpdateDatasetDocument, { slug, input: { description: 'Khác' } }, steward);
    expect(during.data?.updateDataset.error?.code).toBe('CONFLICT');
  });

  it('a change to a published dataset follows the reconfirmation rule: it stays published and needs the council again', async () => {
    const slug = 'nt-sua-sau-cong-bo';
    await readyDataset(t, steward, slug);
    await publishThroughCouncil(t, slug);
    const changed = await t.gql(UpdateDatasetDocument, { slug, input: { description: 'Mô tả đã được làm rõ phạm vi số liệu.' } }, steward);
    expect(changed.data?.updateDataset.error).toBeNull();
    const seen = (await t.gql(ReviewOfDocument, { slug }, steward)).data?.dataset;
    expect(seen).toMatchObject({ reviewState: 'COMPLIANT', needsReconfirmation: true, publishedAt: expect.any(String) });
    const resubmitted = await t.gql(SubmitForReviewDocument, { slug }, steward);
    expect(resubmitted.data?.submitForReview.dataset?.reviewState).toBe('SUBMITTED');
  });

  it('withdrawDraft removes a DRAFT never submitted, with its files and versions; the audit log keeps registration, upload, version and withdrawal', async () => {
    const slug = 'nt-dang-ky-nham';
    await readyDataset(t, steward, slug);
    const dataset = await t.hub.services().trusted.catalog.findForReview(slug);
    const versions = (await t.hub.services().datastore.versionsOf([dataset!.id])).get(dataset!.id) ?? [];
    expect(versions.length).toBeGreaterThan(0);

    const foreign = await t.gql(WithdrawDraftDocument, { slug }, policeSteward);
    expect(foreign.errors?.[0].extensions?.code ?? foreign.data?.withdrawDraft.error?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const withdrawn = await t.gql(WithdrawDraftDocument, { slug }, steward);
    expect(withdrawn.data?.withdrawDraft.error).toBeNull();
    expect((await t.gql(DatasetBySlugDocument, { slug }, steward)).data?.dataset).toBeNull();
    const tables = await t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as count from pg_tables where schemaname = 'datastore' and tablename in (?)`, [versions.map((version) => version.tableName)]);
    expect(tables[0].count).toBe(0);

    const events = (await t.hub.services().audit.eventsOf('dataset', [dataset!.id])).get(dataset!.id) ?? [];
    expect(events.map((event) => event.action)).toEqual([
      'catalog.dataset_registered',
      'catalog.file_uploaded',
      'datastore.version_created',
      'datastore.table_schema_confirmed',
      'datastore.version_created',
      'catalog.draft_withdrawn',
    ]);
    expect(events[0].details).toMatchObject({ slug, owner: 'sotttt', accessLevel: 'PUBLIC', fee: 'FREE' });
    expect(events[2].details).toMatchObject({ version: 1, schemaInferred: true });
    // The same slug is free again.
    expect((await t.gql(RegisterDatasetDocument, { input: completeRegistration(slug) }, steward)).data?.registerDataset.error).toBeNull();
  });

  it('a dataset that went before the council cannot be withdrawn as a draft', async () => {
    const slug = 'nt-da-gui';
    await readyDataset(t, steward, slug);
    expect((await t.gql(SubmitForReviewDocument, { slug }, steward)).data?.submitForReview.error).toBeNull();
    const refused = await t.gql(WithdrawDraftDocument, { slug }, steward);
    expect(refused.data?.withdrawDraft.error).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('never submitted') });
  });

  it('002 §4.2b: the duplicate refusal names the existing dataset and the action to take', async () => {
    const slug = 'nt-goc';
    await readyDataset(t, steward, slug);
    const again = await t.gql(RegisterDatasetDocument, { input: completeRegistration('nt-goc-lan-hai', { title: `Hồ sơ thẩm định ${slug}` }) }, steward);
    expect(again.data?.registerDataset.error).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/nt-goc.*add a new version to it, or ask DIC to override/),
    });
    expect((await t.gql(RegisterDatasetDocument, { input: completeRegistration('nt-goc-ban-sao') }, steward)).data?.registerDataset.error).toBeNull();
    const sameFile = await upload(t, 'nt-goc-ban-sao', csvFor(slug), { token: steward });
    expect(sameFile.status).toBe(409);
    expect(JSON.stringify(sameFile.body)).toMatch(/nt-goc.*duplicateOverrideReason/);
    await waitForIngestions(t, 'nt-goc-ban-sao');
  });
});

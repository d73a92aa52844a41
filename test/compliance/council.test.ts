import {
  DatasetBySlugDocument,
  DatasetsPageDocument,
  DecideSeatDocument,
  PublishDatasetDocument,
  ReopenDatasetDocument,
  ReviewOfDocument,
  ReviewQueueDocument,
  SubmitForReviewDocument,
  UnpublishDatasetDocument,
  type CouncilSeat,
  type SeatVerdict,
} from '../generated/graphql';
import { publishThroughCouncil, reviewThroughCouncil, waitForIngestions } from '../helpers/publish';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { upload } from '../helpers/upload';
import { csvFor, readyDataset } from './fixtures';

describe('the council of three seats and publication (002 §5.5, §30.2)', () => {
  let t: TestHub;
  let steward: string;
  let ppcOffice: string;
  let dic: string;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    [steward, ppcOffice, dic] = await Promise.all([
      t.signIn('ninhthuan', 'vankiemthu'),
      t.signIn('ninhthuan', 'vanmau'),
      t.signIn('ninhthuan', 'thunghiem'),
    ]);
  });

  afterAll(() => t.close());

  async function submitted(slug: string, options: Parameters<typeof readyDataset>[3] = {}) {
    await readyDataset(t, steward, slug, options);
    const result = await t.gql(SubmitForReviewDocument, { slug }, steward);
    expect(result.data?.submitForReview.error).toBeNull();
  }

  const decide = (slug: string, seat: CouncilSeat, decision: SeatVerdict, token: string, reason?: string) =>
    t.gql(DecideSeatDocument, { slug, seat, decision, reason }, token);

  const anonymousSlugs = async () => (await t.gql(DatasetsPageDocument, { first: 100 })).data!.datasets.edges.map((edge) => edge.node.slug);

  it('002 §5.5: COMPLIANT only when PPC Office, DIC and the owner all approve; then DIC publishes and anyone downloads', async () => {
    const slug = 'nt-hoi-dong-thong-qua';
    await submitted(slug);
    expect((await t.gql(ReviewQueueDocument, {}, ppcOffice)).data?.reviewQueue.map((dataset) => dataset.slug)).toContain(slug);

    const first = await decide(slug, 'PPC_OFFICE', 'APPROVE', ppcOffice);
    expect(first.data?.decideSeat).toMatchObject({
      dataset: { reviewState: 'UNDER_REVIEW' },
      round: { number: 1, outcome: 'OPEN' },
      error: null,
    });
    expect((await t.gql(ReviewQueueDocument, {}, ppcOffice)).data?.reviewQueue.map((dataset) => dataset.slug)).not.toContain(slug);
    expect((await decide(slug, 'DIC', 'APPROVE', dic)).data?.decideSeat.dataset?.reviewState).toBe('UNDER_REVIEW');

    const early = await t.gql(PublishDatasetDocument, { slug }, dic);
    expect(early.data?.publishDataset.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      inputErrors: [{ field: 'slug', message: expect.stringContaining('not COMPLIANT') }],
    });

    const last = await decide(slug, 'OWNER', 'APPROVE', steward);
    expect(last.data?.decideSeat).toMatchObject({
      dataset: { reviewState: 'COMPLIANT', publishedAt: null },
      round: { outcome: 'COMPLIANT' },
    });
    expect(await anonymousSlugs()).not.toContain(slug);

    const published = await t.gql(PublishDatasetDocument, { slug }, dic);
    expect(published.data?.publishDataset).toMatchObject({
      dataset: { publishedAt: expect.any(String), downloadPath: `/datasets/${slug}/download` },
      error: null,
    });
    expect(await anonymousSlugs()).toContain(slug);
    const download = await t.hub.http.inject({ method: 'GET', url: `/datasets/${slug}/download` });
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe(csvFor(slug));
  });

  it('002 §5.5: a seat decides once per round; a second decision is a CONFLICT', async () => {
    const slug = 'nt-mot-lan';
    await submitted(slug);
    expect((await decide(slug, 'PPC_OFFICE', 'APPROVE', ppcOffice)).data?.decideSeat.error).toBeNull();
    const again = await decide(slug, 'PPC_OFFICE', 'REJECT', ppcOffice, 'Đổi ý');
    expect(again.data?.decideSeat.error).toMatchObject({ code: 'CONFLICT', inputErrors: [{ field: 'seat' }] });
    expect((await t.gql(ReviewOfDocument, { slug }, steward)).data?.dataset?.reviewRounds[0].decisions).toEqual([
      expect.objectContaining({ seat: 'PPC_OFFICE', decision: 'APPROVE' }),
    ]);
  });

  it('002 §5.5: each seat belongs to its body in the dataset’s province; anyone else is FORBIDDEN', async () => {
    const slug = 'nt-sai-ghe';
    await submitted(slug);
    const [otherProvinceDic, otherAgencySteward, ppcOfficeSteward] = await Promise.all([
      t.signIn('binhphuoc', 'thithunghiem'),
      t.signIn('ninhthuan', 'thividu'),
      t.signIn('ninhthuan', 'vangiadinh'),
    ]);
    const refusals = await Promise.all([
      decide(slug, 'DIC', 'APPROVE', otherProvinceDic),
      decide(slug, 'OWNER', 'APPROVE', otherAgencySteward),
      decide(slug, 'PPC_OFFICE', 'APPROVE', ppcOfficeSteward),
      decide(slug, 'DIC', 'APPROVE', ppcOffice),
      decide(slug, 'PPC_OFFICE', 'APPROVE', dic),
    ]);
    expect(refusals.map((refusal) => refusal.errors?.[0].extensions?.code)).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    expect((await t.gql(ReviewOfDocument, { slug }, steward)).data?.dataset).toMatchObject({
      reviewState: 'SUBMITTED',
      reviewRounds: [{ decisions: [] }],
    });
  });

  it('002 §5.5: REJECT needs a reason; one REJECT ends the round as REJECTED with the reason shown to the owner', async () => {
    const slug = 'nt-khong-thong-qua';
    await submitted(slug);
    const withoutReason = await decide(slug, 'DIC', 'REJECT', dic, '   ');
    expect(withoutReason.data?.decideSeat.error).toMatchObject({ code: 'BAD_USER_INPUT', inputErrors: [{ field: 'reason' }] });
    expect((await decide(slug, 'PPC_OFFICE', 'APPROVE', ppcOffice)).data?.decideSeat.error).toBeNull();

    const rejected = await decide(slug, 'DIC', 'REJECT', dic, 'Thiếu cột mã đơn vị hành chính theo danh mục dùng chung');
    expect(rejected.data?.decideSeat).toMatchObject({ dataset: { reviewState: 'REJECTED' }, round: { outcome: 'REJECTED' }, error: null });
    const seen = await t.gql(ReviewOfDocument, { slug }, steward);
    expect(seen.data?.dataset?.reviewRounds[0].decisions).toContainEqual(
      expect.objectContaining({ seat: 'DIC', decision: 'REJECT', reason: 'Thiếu cột mã đơn vị hành chính theo danh mục dùng chung' }),
    );
    // The round is over: the remaining seat has nothing to decide.
    expect((await decide(slug, 'OWNER', 'APPROVE', steward)).data?.decideSeat.error?.code).toBe('CONFLICT');
  });

  it('a new round after REJECTED: the owner reopens (→ DRAFT), changes the data and resubmits', async () => {
    const slug = 'nt-khong-thong-qua';
    expect((await t.gql(SubmitForReviewDocument, { slug }, steward)).data?.submitForReview.error?.code).toBe('CONFLICT');
    const reopened = await t.gql(ReopenDatasetDocument, { slug }, steward);
    expect(reopened.data?.reopenDataset.dataset?.reviewState).toBe('DRAFT');
    expect((await upload(t, slug, csvFor(slug, 3), { token: steward })).status).toBe(201);
    await waitForIngestions(t, slug);
    const again = await t.gql(SubmitForReviewDocument, { slug }, steward);
    expect(again.data?.submitForReview).toMatchObject({ dataset: { reviewState: 'SUBMITTED' }, error: null });
    const rounds = (await t.gql(ReviewOfDocument, { slug }, steward)).data?.dataset?.reviewRounds;
    // Version 1 was typed by the inferred schema; the owner's confirmation typed the file again as version 2.
    expect(rounds?.map((round) => [round.number, round.outcome, round.versionNumber])).toEqual([
      [2, 'OPEN', 3],
      [1, 'REJECTED', 2],
    ]);
  });

  it('002 §30.2: a RESTRICTED dataset is never published, even when compliant', async () => {
    const slug = 'nt-han-che-dat-chuan';
    await readyDataset(t, steward, slug, { accessLevel: 'RESTRICTED' });
    await reviewThroughCouncil(t, slug);
    const result = await t.gql(PublishDatasetDocument, { slug }, dic);
    expect(result.data?.publishDataset.error).toMatchObject({
      code: 'BAD_USER_INPUT',
      inputErrors: [{ field: 'slug', message: expect.stringContaining('PUBLIC') }],
    });
  });

  it('unpublishing needs a reason, keeps the history, and the public catalogue no longer lists the dataset', async () => {
    const slug = 'nt-rut-cong-bo';
    await readyDataset(t, steward, slug);
    await publishThroughCouncil(t, slug);
    expect(await anonymousSlugs()).toContain(slug);
    expect((await t.gql(UnpublishDatasetDocument, { slug, reason: ' ' }, dic)).data?.unpublishDataset.error?.inputErrors).toEqual([
      { field: 'reason', message: expect.any(String) },
    ]);
    const withdrawn = await t.gql(UnpublishDatasetDocument, { slug, reason: 'Số liệu đang được rà soát lại' }, dic);
    expect(withdrawn.data?.unpublishDataset).toMatchObject({ dataset: { publishedAt: null, reviewState: 'COMPLIANT' }, error: null });
    expect(await anonymousSlugs()).not.toContain(slug);
    expect((await t.gql(DatasetBySlugDocument, { slug })).data?.dataset).toBeNull();
    expect((await t.hub.http.inject({ method: 'GET', url: `/datasets/${slug}/download` })).statusCode).toBe(404);
    const history = (await t.gql(ReviewOfDocument, { slug }, dic)).data?.dataset?.reviewHistory ?? [];
    expect(history.slice(-2)).toEqual([
      expect.objectContaining({ action: 'dataset.published', reason: null }),
      expect.objectContaining({ action: 'dataset.unpublished', reason: 'Số liệu đang được rà soát lại' }),
    ]);
  });

  it('dataset.reviewHistory tells who did what, when and why, in order', async () => {
    const history = (await t.gql(ReviewOfDocument, { slug: 'nt-hoi-dong-thong-qua' }, steward)).data?.dataset?.reviewHistory ?? [];
    expect(history.map((event) => [event.action, event.details])).toEqual([
      ['review.checks_run', { round: 1, passed: true, failed: [] }],
      ['review.state_changed', { from: 'DRAFT', to: 'SUBMITTED', round: 1 }],
      ['review.seat_decided', { round: 1, seat: 'PPC_OFFICE', decision: 'APPROVE' }],
      ['review.state_changed', { from: 'SUBMITTED', to: 'UNDER_REVIEW', round: 1 }],
      ['review.seat_decided', { round: 1, seat: 'DIC', decision: 'APPROVE' }],
      ['review.seat_decided', { round: 1, seat: 'OWNER', decision: 'APPROVE' }],
      ['review.state_changed', { from: 'UNDER_REVIEW', to: 'COMPLIANT', round: 1 }],
      ['dataset.published', {}],
    ]);
    const seqs = history.map((event) => event.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const officials = await t.hub.services().accounts.findByIds(history.map((event) => event.actor));
    const accountOf = new Map(officials.map((official) => [official.id, official.accountName]));
    expect(history.map((event) => accountOf.get(event.actor))).toEqual([
      'vankiemthu',
      'vankiemthu',
      'vanmau',
      'vanmau',
      'thunghiem',
      'vankiemthu',
      'vankiemthu',
      'thunghiem',
    ]);
    // Published open data: anyone sees how it came to be published.
    expect((await t.gql(ReviewOfDocument, { slug: 'nt-hoi-dong-thong-qua' })).data?.dataset?.reviewHistory).toHaveLength(history.length);
  });

  it('a new version after COMPLIANT asks for reconfirmation: the dataset stays published until the council confirms again', async () => {
    const slug = 'nt-hoi-dong-thong-qua';
    expect((await t.gql(SubmitForReviewDocument, { slug }, steward)).data?.submitForReview.error?.code).toBe('CONFLICT');
    expect((await upload(t, slug, csvFor(slug, 4), { token: steward })).status).toBe(201);
    await waitForIngestions(t, slug);
    expect((await t.gql(ReviewOfDocument, { slug }, steward)).data?.dataset).toMatchObject({
      reviewState: 'COMPLIANT',
      needsReconfirmation: true,
    });

    await reviewThroughCouncil(t, slug);
    const confirmed = (await t.gql(ReviewOfDocument, { slug }, steward)).data?.dataset;
    expect(confirmed).toMatchObject({ reviewState: 'COMPLIANT', needsReconfirmation: false, publishedAt: expect.any(String) });
    expect(confirmed?.reviewRounds.map((round) => [round.number, round.outcome, round.versionNumber])).toEqual([
      // Version 1 was typed by the inferred schema; the owner's confirmation made version 2.
      [2, 'COMPLIANT', 3],
      [1, 'COMPLIANT', 2],
    ]);
  });

  it('002 §30.1: the province’s public catalogue lists exactly the published datasets', async () => {
    const published = await t.hub.database.orm.em
      .getConnection()
      .execute<{ slug: string }[]>(`select slug from dataset where published_at is not null and access_level = 'PUBLIC'`);
    expect(new Set(await anonymousSlugs())).toEqual(new Set(published.map((row) => row.slug)));
  });

  it('seed datasets that the catalogue publishes are COMPLIANT', async () => {
    expect((await t.gql(DatasetBySlugDocument, { slug: 'nt-tai-khoan-dinh-danh-dien-tu' })).data?.dataset).toMatchObject({
      reviewState: 'COMPLIANT',
      publishedAt: expect.any(String),
    });
  });
});

import {
  FeedbackSatisfactionDocument,
  FileFeedbackDocument,
  MyFeedbackDocument,
  PublicFeedbackDocument,
  RateFeedbackDocument,
  UpdateFeedbackStatusDocument,
  type FileFeedbackInput,
  type PublicFeedbackQuery,
} from '../generated/graphql';
import { signedInCitizen } from '../citizens/fixtures';
import { startTestHub, type TestHub } from '../helpers/test-hub';

const healthRecords = 'nt-ho-so-suc-khoe-dien-tu'; // owned by soyt
const idCards = 'nt-cap-the-can-cuoc-cong-dan'; // owned by catinh

const onDataset = (overrides: Partial<FileFeedbackInput> = {}): FileFeedbackInput => ({
  datasetSlug: healthRecords,
  subject: 'Số liệu chưa cập nhật',
  text: 'Bộ dữ liệu vẫn ghi số liệu tháng 11/2023, đề nghị cập nhật số liệu mới.',
  ...overrides,
});

describe('citizens’ feedback, publicly tracked with a satisfaction rating (000 §7.3)', () => {
  let t: TestHub;
  let author: string;
  let neighbour: string;
  let soyt: string; // vanthidiem, steward of soyt
  let catinh: string; // thividu, steward of catinh
  let dic: string;

  async function filed(token: string, input: FileFeedbackInput): Promise<string> {
    const result = await t.gql(FileFeedbackDocument, { input }, token);
    const id = result.data?.fileFeedback.feedback?.id;
    if (!id) throw new Error(JSON.stringify(result));
    return id;
  }

  async function resolved(id: string, token = soyt): Promise<void> {
    const result = await t.gql(UpdateFeedbackStatusDocument, { id, status: 'RESOLVED', response: 'Đã cập nhật.' }, token);
    if (result.data?.updateFeedbackStatus.feedback?.status !== 'RESOLVED') throw new Error(JSON.stringify(result));
  }

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    [soyt, catinh, dic] = await Promise.all([
      t.signIn('ninhthuan', 'vanthidiem'),
      t.signIn('ninhthuan', 'thividu'),
      t.signIn('ninhthuan', 'thunghiem'),
    ]);
    author = await signedInCitizen(t, 'nguoiphananh', '058090000401', '0913000401');
    neighbour = await signedInCitizen(t, 'nguoihangxom', '058090000402', '0913000402');
  });

  afterAll(() => t?.close());

  it('000 §7.3 a citizen files feedback on a dataset; it is routed to the dataset’s owner and starts RECEIVED', async () => {
    const result = await t.gql(FileFeedbackDocument, { input: onDataset() }, author);
    expect(result.data?.fileFeedback.feedback).toMatchObject({
      datasetSlug: healthRecords,
      serviceName: null,
      status: 'RECEIVED',
      response: null,
      rating: null,
      agency: { code: 'soyt' },
    });
    const mine = await t.gql(MyFeedbackDocument, {}, author);
    expect(mine.data?.myFeedback.map((feedback) => feedback.id)).toEqual([result.data!.fileFeedback.feedback!.id]);
    expect((await t.gql(MyFeedbackDocument, {}, neighbour)).data?.myFeedback).toEqual([]);
  });

  it('000 §7.3 feedback on a service is routed to the agency chosen by code', async () => {
    const result = await t.gql(
      FileFeedbackDocument,
      {
        input: { serviceName: 'Cấp lại thẻ CCCD', agencyCode: 'catinh', subject: 'Chờ lâu', text: 'Hẹn 7 ngày nhưng 20 ngày chưa có thẻ.' },
      },
      author,
    );
    expect(result.data?.fileFeedback.feedback).toMatchObject({
      serviceName: 'Cấp lại thẻ CCCD',
      datasetSlug: null,
      agency: { code: 'catinh' },
    });
  });

  it('bad feedback is refused field by field: one target, required texts, length limits, known dataset and agency', async () => {
    const errorsOf = async (input: FileFeedbackInput) =>
      (await t.gql(FileFeedbackDocument, { input }, author)).data?.fileFeedback.error?.inputErrors.map((problem) => problem.field).sort();

    expect(await errorsOf({ subject: '', text: 'x'.repeat(4001) })).toEqual(['datasetSlug', 'subject', 'text']);
    expect(await errorsOf(onDataset({ serviceName: 'Cả hai' }))).toEqual(['datasetSlug']);
    expect(await errorsOf(onDataset({ datasetSlug: 'khong-co' }))).toEqual(['datasetSlug']);
    expect(await errorsOf({ serviceName: 'Dịch vụ', subject: 'a', text: 'b' })).toEqual(['agencyCode']);
    expect(await errorsOf({ serviceName: 'Dịch vụ', agencyCode: 'khongco', subject: 'a', text: 'b' })).toEqual(['agencyCode']);
    expect(await errorsOf(onDataset({ subject: 's'.repeat(201) }))).toEqual(['subject']);

    const anonymous = await t.gql(FileFeedbackDocument, { input: onDataset() });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const official = await t.gql(FileFeedbackDocument, { input: onDataset() }, soyt);
    expect(official.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('text is stored and returned as text: markup typed by a citizen is never interpreted or altered', async () => {
    const text = '<script>alert("x")</script> & <b>đậm</b>';
    const id = await filed(author, onDataset({ subject: '<img src=x onerror=alert(1)>', text }));
    const shown = (await t.gql(PublicFeedbackDocument, { province: 'ninhthuan', datasetSlug: healthRecords })).data!.feedback.items.find(
      (feedback) => feedback.id === id,
    );
    expect(shown).toMatchObject({ subject: '<img src=x onerror=alert(1)>', text });
  });

  it('000 §7.3 only the agency it was routed to moves its handling on; forward only; an answer to resolve', async () => {
    const id = await filed(author, onDataset({ subject: 'Xử lý theo thứ tự' }));
    const byOtherAgency = await t.gql(UpdateFeedbackStatusDocument, { id, status: 'IN_PROGRESS' }, catinh);
    expect(byOtherAgency.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byDic = await t.gql(UpdateFeedbackStatusDocument, { id, status: 'IN_PROGRESS' }, dic);
    expect(byDic.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byCitizen = await t.gql(UpdateFeedbackStatusDocument, { id, status: 'RESOLVED', response: 'Tự giải quyết' }, author);
    expect(byCitizen.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const started = await t.gql(UpdateFeedbackStatusDocument, { id, status: 'IN_PROGRESS' }, soyt);
    expect(started.data?.updateFeedbackStatus.feedback).toMatchObject({ status: 'IN_PROGRESS', response: null, resolvedAt: null });
    const noAnswer = await t.gql(UpdateFeedbackStatusDocument, { id, status: 'RESOLVED' }, soyt);
    expect(noAnswer.data?.updateFeedbackStatus.error?.inputErrors.map((problem) => problem.field)).toEqual(['response']);
    const backwards = await t.gql(UpdateFeedbackStatusDocument, { id, status: 'RECEIVED' }, soyt);
    expect(backwards.data?.updateFeedbackStatus.error?.inputErrors.map((problem) => problem.field)).toEqual(['status']);

    const done = await t.gql(
      UpdateFeedbackStatusDocument,
      { id, status: 'RESOLVED', response: 'Đã cập nhật số liệu đến 31/5/2024.' },
      soyt,
    );
    expect(done.data?.updateFeedbackStatus.feedback).toMatchObject({ status: 'RESOLVED', response: 'Đã cập nhật số liệu đến 31/5/2024.' });
    expect(done.data?.updateFeedbackStatus.feedback?.resolvedAt).not.toBeNull();

    const events = await t.hub.services().audit.eventsOf('feedback', [id]);
    expect(events.get(id)?.map((event) => event.action)).toEqual(['feedback.filed', 'feedback.status_changed', 'feedback.status_changed']);
  });

  it('000 §7.3 the handling is public: anyone lists a dataset’s or an agency’s feedback, never who filed it', async () => {
    const byDataset = await t.gql(PublicFeedbackDocument, { province: 'ninhthuan', datasetSlug: healthRecords });
    expect(byDataset.errors).toBeUndefined();
    expect(byDataset.data!.feedback.items.length).toBeGreaterThan(0);
    expect(byDataset.data!.feedback.items.every((feedback) => feedback.agency?.code === 'soyt')).toBe(true);
    expect(byDataset.data!.feedback.items.some((feedback) => feedback.status === 'RESOLVED' && feedback.response)).toBe(true);

    const byAgency = await t.gql(PublicFeedbackDocument, { province: 'ninhthuan', agencyCode: 'catinh' });
    expect(byAgency.data!.feedback.items.map((feedback) => feedback.serviceName)).toEqual(['Cấp lại thẻ CCCD']);

    // Nothing about the author is in the schema's Feedback type, nor in what is sent.
    const raw = await t.postGraphQL({ query: `{ __type(name: "Feedback") { fields { name } } }` });
    const fields = (raw.body.data as { __type: { fields: { name: string }[] } }).__type.fields.map((field) => field.name);
    expect(fields.filter((name) => /citizen|author|phone|cccd|identity/i.test(name))).toEqual([]);
    expect(JSON.stringify(byDataset.data)).not.toMatch(/058090000401|nguoiphananh|0913000401/);

    expect((await t.gql(PublicFeedbackDocument, { province: 'ninhthuan', agencyCode: 'khongco' })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('public lists page by keyset, newest first, without loss or repetition', async () => {
    for (const n of [1, 2, 3]) await filed(neighbour, onDataset({ datasetSlug: idCards, subject: `Trang ${n}` }));
    const all = (await t.gql(PublicFeedbackDocument, { province: 'ninhthuan', first: 100 })).data!.feedback.items.map(
      (feedback) => feedback.id,
    );
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const page: PublicFeedbackQuery['feedback'] = (await t.gql(PublicFeedbackDocument, { province: 'ninhthuan', first: 2, after })).data!
        .feedback;
      seen.push(...page.items.map((feedback) => feedback.id));
      if (!page.hasNextPage) break;
      after = page.endCursor;
    }
    expect(seen).toEqual(all);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('000 §7.3 only the author rates, only once, only after resolution, 1 to 5', async () => {
    const id = await filed(author, onDataset({ subject: 'Đánh giá' }));
    const early = await t.gql(RateFeedbackDocument, { id, rating: 5 }, author);
    expect(early.data?.rateFeedback.error).toMatchObject({ code: 'CONFLICT', inputErrors: [{ field: 'rating' }] });

    await resolved(id);
    const byNeighbour = await t.gql(RateFeedbackDocument, { id, rating: 1 }, neighbour);
    expect(byNeighbour.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byOfficial = await t.gql(RateFeedbackDocument, { id, rating: 5 }, soyt);
    expect(byOfficial.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const outOfRange = await t.gql(RateFeedbackDocument, { id, rating: 6 }, author);
    expect(outOfRange.data?.rateFeedback.error?.inputErrors.map((problem) => problem.field)).toEqual(['rating']);

    const rated = await t.gql(RateFeedbackDocument, { id, rating: 4 }, author);
    expect(rated.data?.rateFeedback.feedback?.rating).toBe(4);
    const twice = await t.gql(RateFeedbackDocument, { id, rating: 5 }, author);
    expect(twice.data?.rateFeedback.error).toMatchObject({ code: 'CONFLICT', inputErrors: [{ field: 'rating' }] });
    const shown = (await t.gql(PublicFeedbackDocument, { province: 'ninhthuan', agencyCode: 'soyt', first: 100 })).data!.feedback.items;
    expect(shown.find((feedback) => feedback.id === id)?.rating).toBe(4);
  });

  it('000 §7.3 two ratings sent at once: exactly one counts', async () => {
    const id = await filed(neighbour, onDataset({ datasetSlug: idCards, subject: 'Gửi hai lần' }));
    const handled = await t.gql(UpdateFeedbackStatusDocument, { id, status: 'CLOSED', response: 'Đã trả lời qua điện thoại.' }, catinh);
    expect(handled.data?.updateFeedbackStatus.feedback?.status).toBe('CLOSED');
    const outcomes = await Promise.all([5, 3].map((rating) => t.gql(RateFeedbackDocument, { id, rating }, neighbour)));
    expect(outcomes.filter((outcome) => outcome.data?.rateFeedback.feedback).length).toBe(1);
    expect(outcomes.filter((outcome) => outcome.data?.rateFeedback.error?.code === 'CONFLICT').length).toBe(1);
    const [catinhSatisfaction] = (await t.gql(FeedbackSatisfactionDocument, { province: 'ninhthuan', agencyCode: 'catinh' })).data!
      .feedbackSatisfaction;
    expect(catinhSatisfaction.ratingCount).toBe(1);
  });

  it('000 §7.3 ratings aggregate per agency, in public: count, average and share satisfied (4 or more) exact', async () => {
    // soyt so far: one rating of 4. Three more, 5, 2 and 1: ratings 4, 5, 2, 1.
    for (const rating of [5, 2, 1]) {
      const id = await filed(author, onDataset({ subject: `Mức ${rating}` }));
      await resolved(id);
      expect((await t.gql(RateFeedbackDocument, { id, rating }, author)).data?.rateFeedback.feedback?.rating).toBe(rating);
    }
    const soytFeedback = (await t.gql(PublicFeedbackDocument, { province: 'ninhthuan', agencyCode: 'soyt', first: 100 })).data!.feedback
      .items;

    const all = await t.gql(FeedbackSatisfactionDocument, { province: 'ninhthuan' });
    const bySoyt = all.data?.feedbackSatisfaction.find((row) => row.agency?.code === 'soyt');
    expect(bySoyt).toEqual({
      agency: { code: 'soyt' },
      feedbackCount: soytFeedback.length,
      ratingCount: 4,
      averageRating: 3,
      satisfiedShare: 0.5,
    });
    const byCatinh = all.data?.feedbackSatisfaction.find((row) => row.agency?.code === 'catinh');
    expect(byCatinh).toMatchObject({ agency: { code: 'catinh' }, feedbackCount: 5, ratingCount: 1 });

    const one = await t.gql(FeedbackSatisfactionDocument, { province: 'ninhthuan', agencyCode: 'soyt' });
    expect(one.data?.feedbackSatisfaction).toEqual([bySoyt]);
    expect((await t.gql(FeedbackSatisfactionDocument, { province: 'binhphuoc' })).data?.feedbackSatisfaction).toEqual([]);
  });
});

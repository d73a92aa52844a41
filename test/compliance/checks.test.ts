import { RegisterDatasetDocument, ReviewOfDocument, SubmitForReviewDocument } from '../generated/graphql';
import { waitForIngestions } from '../helpers/publish';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { upload } from '../helpers/upload';
import { completeRegistration, readyDataset } from './fixtures';

describe('automated checks at submission (002 §5, §30.2)', () => {
  let t: TestHub;
  let steward: string;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    steward = await t.signIn('ninhthuan', 'vankiemthu');
  });

  afterAll(() => t.close());

  /** A dataset as the catalogue-as-code import writes it, so it can carry its own Table Schema. */
  async function withTableSchema(slug: string, tableSchema: Record<string, unknown>) {
    const { slug: _slug, ...spec } = completeRegistration(slug);
    await t.hub.services().trusted.catalog.upsertFromCatalog({ ...spec, slug, provinceCode: 'ninhthuan', tableSchema });
  }

  async function submit(slug: string) {
    const result = await t.gql(SubmitForReviewDocument, { slug }, steward);
    expect(result.errors).toBeUndefined();
    return result.data!.submitForReview;
  }

  function failed(payload: Awaited<ReturnType<typeof submit>>) {
    return Object.fromEntries(payload.error?.inputErrors.map((problem) => [problem.field, problem.message]) ?? []);
  }

  it('002 §5: every check runs and is kept; the failures are the answer and the dataset stays DRAFT', async () => {
    await t.gql(
      RegisterDatasetDocument,
      {
        input: {
          ...completeRegistration('nt-thieu-mo-ta'),
          contactName: null,
          contactEmail: null,
          updateFrequency: null,
          temporalFrom: null,
          temporalTo: null,
        },
      },
      steward,
    );
    const payload = await submit('nt-thieu-mo-ta');
    expect(payload.checks?.map((check) => check.name)).toEqual([
      'SINGLE_OWNER',
      'METADATA_COMPLETE',
      'CURRENT_VERSION',
      'TABLE_SCHEMA_VALID',
      'CODE_LISTS_VALID',
      'NO_DUPLICATE',
      'NOT_STATE_SECRET',
    ]);
    expect(payload.error?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(failed(payload))).toEqual(['METADATA_COMPLETE', 'CURRENT_VERSION', 'TABLE_SCHEMA_VALID']);
    expect(failed(payload).METADATA_COMPLETE).toEqual(expect.stringContaining('contact point'));
    expect(failed(payload).METADATA_COMPLETE).toEqual(expect.stringContaining('update frequency'));
    expect(failed(payload).METADATA_COMPLETE).toEqual(expect.stringContaining('temporal or spatial coverage'));
    expect(failed(payload).CURRENT_VERSION).toEqual(expect.stringContaining('no version has been ingested'));
    expect(payload.dataset?.reviewState).toBe('DRAFT');
    const review = await t.gql(ReviewOfDocument, { slug: 'nt-thieu-mo-ta' }, steward);
    expect(review.data?.dataset?.reviewRounds).toEqual([expect.objectContaining({ number: 1, outcome: 'CHECKS_FAILED' })]);
    expect(review.data?.dataset?.reviewRounds[0].checks.filter((check) => !check.passed)).toHaveLength(3);
  });

  it('002 §5.3: a current version ingested without errors — a failed latest ingestion stops the submission', async () => {
    await withTableSchema('nt-nap-loi', { fields: [{ name: 'so_ho_so', type: 'integer' }] });
    expect((await upload(t, 'nt-nap-loi', 'so_ho_so\nkhông phải số\n', { token: steward })).status).toBe(201);
    await waitForIngestions(t, 'nt-nap-loi');
    expect(failed(await submit('nt-nap-loi'))).toEqual({ CURRENT_VERSION: expect.stringContaining('the latest ingestion failed') });
  });

  it('a Table Schema that is not valid Frictionless 2.0 stops the submission', async () => {
    await withTableSchema('nt-luoc-do-sai', { fields: 'không phải danh sách' });
    expect(failed(await submit('nt-luoc-do-sai'))).toMatchObject({
      TABLE_SCHEMA_VALID: expect.stringContaining('invalid against Frictionless 2.0'),
    });
  });

  it('002 §5.2: a column tied to a code list that does not exist stops the submission', async () => {
    await withTableSchema('nt-danh-muc-sai', {
      fields: [{ name: 'don_vi', type: 'string' }],
      foreignKeys: [{ fields: 'don_vi', reference: { resource: 'dm-khong-co', fields: 'code' } }],
    });
    expect(failed(await submit('nt-danh-muc-sai'))).toMatchObject({ CODE_LISTS_VALID: expect.stringContaining('dm-khong-co') });
  });

  it('002 §4.2b: an open near-duplicate flag stops the submission until DIC clears it', async () => {
    // Close to catinh's "Nhân khẩu thường trú được cấp thẻ Căn cước công dân": flagged, not refused.
    await readyDataset(t, steward, 'nt-gan-trung', { title: 'Nhân khẩu thường trú được cấp thẻ Căn cước công dân năm 2024' });
    expect(failed(await submit('nt-gan-trung'))).toEqual({ NO_DUPLICATE: expect.stringContaining('open duplicate flags') });
  });

  it('002 §30.3: "not a state secret" is always listed, and says why it holds', async () => {
    await readyDataset(t, steward, 'nt-du-dieu-kien');
    const payload = await submit('nt-du-dieu-kien');
    expect(payload.error).toBeNull();
    expect(payload.checks?.every((check) => check.passed)).toBe(true);
    expect(payload.checks?.find((check) => check.name === 'NOT_STATE_SECRET')?.detail).toContain('registration refuses state secrets');
    expect(payload.dataset?.reviewState).toBe('SUBMITTED');
  });

  it('only the owning agency’s steward submits', async () => {
    const otherSteward = await t.signIn('ninhthuan', 'thividu');
    const dic = await t.signIn('ninhthuan', 'thunghiem');
    expect((await t.gql(SubmitForReviewDocument, { slug: 'nt-du-dieu-kien' }, dic)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // Another agency's steward cannot even see the draft.
    expect((await t.gql(SubmitForReviewDocument, { slug: 'nt-thieu-mo-ta' }, otherSteward)).data?.submitForReview.error?.code).toBe(
      'NOT_FOUND',
    );
  });
});

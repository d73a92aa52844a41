import { ConfirmTableSchemaDocument, DatasetVersionsDocument } from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { datasetWithSchema, uploadAndIngest } from './ingestion-fixtures';

describe('the owner confirms an inferred Table Schema (REQUIREMENTS §2: infer one for the owner to confirm)', () => {
  let t: TestHub;
  let steward: string;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    steward = await t.signIn('ninhthuan', 'vankiemthu');
  });

  afterAll(() => t.close());

  async function inferred(slug: string): Promise<Record<string, unknown>> {
    await datasetWithSchema(t, slug, `Xác nhận lược đồ ${slug}`, null);
    // Each file different: the same content in two datasets is a duplicate (002 §4.2b).
    const job = await uploadAndIngest(t, steward, slug, `ma,so_ho,ngay\n1,"1.234",31/12/2024\n2,${slug.length},01/01/2025\n`);
    expect(job.state).toBe('SUCCEEDED');
    return job.inferredSchema!;
  }

  it('a confirmed (corrected) schema becomes the dataset’s own and the current file is typed by it again', async () => {
    const schema = (await inferred('xac-nhan-luoc-do')) as { fields: Record<string, unknown>[] };
    const corrected = {
      ...schema,
      fields: schema.fields.map((field) => (field.name === 'so_ho' ? { ...field, constraints: { minimum: 0 } } : field)),
      primaryKey: ['ma'],
    };
    const confirmed = await t.gql(ConfirmTableSchemaDocument, { slug: 'xac-nhan-luoc-do', tableSchema: corrected }, steward);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmTableSchema.error).toBeNull();
    const [job] = confirmed.data!.confirmTableSchema.dataset!.ingestionJobs;
    expect((await t.hub.services().datastore.waitForJob(job.id)).problems).toEqual([]);

    const { data } = await t.gql(DatasetVersionsDocument, { slug: 'xac-nhan-luoc-do' }, steward);
    expect(data?.dataset?.versions.map((version) => [version.number, version.schemaInferred])).toEqual([
      [2, false],
      [1, true],
    ]);
    const dataset = await t.hub.services().trusted.catalog.findForReview('xac-nhan-luoc-do');
    expect(dataset?.tableSchema).toEqual(corrected);
  });

  it('an invalid schema, or one whose columns are not the file’s, is refused naming the field; nothing changes', async () => {
    await inferred('luoc-do-sai');
    const invalid = await t.gql(
      ConfirmTableSchemaDocument,
      { slug: 'luoc-do-sai', tableSchema: { fields: [{ name: 'ma', type: 'so-nguyen' }] } },
      steward,
    );
    expect(invalid.data?.confirmTableSchema.error?.code).toBe('BAD_USER_INPUT');
    expect(invalid.data?.confirmTableSchema.error?.inputErrors?.[0].field).toBe('tableSchema');

    const otherColumns = await t.gql(
      ConfirmTableSchemaDocument,
      {
        slug: 'luoc-do-sai',
        tableSchema: {
          fields: [
            { name: 'ma', type: 'integer' },
            { name: 'so_ho', type: 'integer' },
            { name: 'ten', type: 'string' },
          ],
        },
      },
      steward,
    );
    expect(otherColumns.data?.confirmTableSchema.error?.inputErrors).toEqual([
      { field: 'tableSchema.fields.ngay', message: expect.stringContaining('missing') },
      { field: 'tableSchema.fields.ten', message: expect.stringContaining('not a column') },
    ]);
    expect((await t.hub.services().trusted.catalog.findForReview('luoc-do-sai'))?.tableSchema).toBeNull();
  });

  it('only the owning agency’s steward may confirm: another agency’s steward and anonymous are refused', async () => {
    const schema = await inferred('luoc-do-cua-so');
    const otherSteward = await t.signIn('ninhthuan', 'thividu');
    const foreign = await t.gql(ConfirmTableSchemaDocument, { slug: 'luoc-do-cua-so', tableSchema: schema }, otherSteward);
    expect(foreign.data?.confirmTableSchema.error?.code ?? foreign.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    const anonymous = await t.gql(ConfirmTableSchemaDocument, { slug: 'luoc-do-cua-so', tableSchema: schema });
    expect(anonymous.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    expect((await t.hub.services().trusted.catalog.findForReview('luoc-do-cua-so'))?.tableSchema).toBeNull();
  });
});

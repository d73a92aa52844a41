import {
  ConfirmSharedListingDocument,
  DatasetRowsDocument,
  DecideAccessRequestDocument,
  SharedCatalogueDatasetDocument,
  SharedCatalogueSearchDocument,
  SubmitAccessRequestDocument,
  WithdrawSharedListingDocument,
} from '../generated/graphql';
import { datasetWithVersion, eForm } from '../access/fixtures';
import { accessToken, registerClient, registerOrganisation } from '../clients/fixtures';
import { startTestHub, type TestHub } from '../helpers/test-hub';

/** The seed's restricted dataset of the Provincial Police, listed by the catalogue-as-code. */
const listed = 'nt-thanh-tra-dinh-danh-dien-tu';

describe('the catalogue of shared data (002 §30, §27.1)', () => {
  let t: TestHub;
  /** soyt steward (another agency), catinh steward (the owner), DIC of Ninh Thuận, DIC of Bình Phước, sotttt steward. */
  const token = { health: '', police: '', dic: '', otherDic: '', sotttt: '', viewer: '' };

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    token.health = await t.signIn('ninhthuan', 'vanthidiem');
    token.police = await t.signIn('ninhthuan', 'thividu');
    token.dic = await t.signIn('ninhthuan', 'thunghiem');
    token.otherDic = await t.signIn('binhphuoc', 'thithunghiem');
    token.sotttt = await t.signIn('ninhthuan', 'vankiemthu');
    token.viewer = await t.signIn('ninhthuan', 'thimophong');
  });

  afterAll(() => t.close());

  const search = async (words: string, as?: string) => {
    const found = await t.gql(SharedCatalogueSearchDocument, { search: words }, as);
    expect(found.errors).toBeUndefined();
    return found.data!.datasets;
  };
  const show = async (slug: string, as?: string) => (await t.gql(SharedCatalogueDatasetDocument, { slug }, as)).data?.dataset ?? null;
  const confirm = async (slug: string, metadataPublic: boolean, as = token.dic) =>
    t.gql(ConfirmSharedListingDocument, { slug, metadataPublic }, as);
  const auditOf = async (slug: string) => {
    const dataset = (await t.hub.services().trusted.catalog.findForReview(slug))!;
    return t.hub.database.orm.em
      .fork()
      .getConnection()
      .execute<{ action: string; actor: string; details: Record<string, unknown>; reason: string | null }[]>(
        `select action, actor, details, reason from audit_event
          where subject_type = 'dataset' and subject_id = ? and action like 'catalog.shared_listing_%' order by seq`,
        [dataset.id],
      );
  };

  it('002 §30: the seed catalogue lists a restricted dataset the council approved, confirmed by the import', async () => {
    const dataset = await show(listed, token.dic);
    expect(dataset).toMatchObject({ accessLevel: 'RESTRICTED', metadataPublic: false, sharedListedAt: expect.any(String) });
    expect((await auditOf(listed)).map((event) => [event.action, event.actor, event.details.reference])).toEqual([
      ['catalog.shared_listing_confirmed', 'system', expect.stringContaining('BB-HĐTĐ-01/2024')],
    ]);
  });

  it('002 §30: an official of another agency finds a restricted dataset by search and files an e-form from it without knowing its slug', async () => {
    const found = await search('thanh tra dinh danh', token.health);
    expect(found.totalCount).toBe(1);
    const [{ node }] = found.edges;
    expect(node).toMatchObject({ accessLevel: 'RESTRICTED', downloadPath: null, owner: { code: 'catinh' } });

    const dataset = (await show(node.slug, token.health))!;
    expect(dataset.howToRequestAccess).toContain('002 §27.2');
    expect(dataset.columns.map((column) => [column.name, column.type])).toEqual([
      ['row_no', 'integer'],
      ['group', 'string'],
      ['group_en', 'string'],
      ['units', 'integer'],
      ['source', 'string'],
    ]);
    expect(dataset.columns[3]).toMatchObject({ title: 'Số đơn vị', description: expect.stringContaining('Đoàn thanh tra') });
    expect(dataset.myAccessRequests).toEqual([]);

    // Rows never without a grant: the dataset is known, so the refusal says so (not NOT_FOUND).
    const before = await t.gql(DatasetRowsDocument, { slug: node.slug }, token.health);
    expect(before.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const columns = dataset.columns.map((column) => column.name);
    const filed = await t.gql(SubmitAccessRequestDocument, { input: eForm(node.slug, { requestedColumns: columns }) }, token.health);
    expect(filed.data?.submitAccessRequest.error).toBeNull();
    const requestId = filed.data!.submitAccessRequest.request!.id;
    expect((await show(node.slug, token.health))!.myAccessRequests).toEqual([{ id: requestId, state: 'PENDING', requestedColumns: columns }]);
    // Another agency's official sees none of it.
    expect((await show(node.slug, token.viewer))!.myAccessRequests).toEqual([]);

    const decided = await t.gql(
      DecideAccessRequestDocument,
      {
        id: requestId,
        input: { decision: 'APPROVE', allowedColumns: ['group', 'units'], validFrom: new Date(), validTo: new Date(Date.now() + 86_400_000) },
      },
      token.police,
    );
    expect(decided.data?.decideAccessRequest.error).toBeNull();
    const after = (await show(node.slug, token.health))!;
    expect(after.myGrants).toEqual([{ id: expect.any(String), allowedColumns: ['group', 'units'] }]);
    const rows = await t.gql(DatasetRowsDocument, { slug: node.slug }, token.health);
    expect(rows.data?.datasetRows.columns.map((column) => column.name)).toEqual(['group', 'units']);
  });

  it('002 §20.1, §30: anonymous visitors never see a listed dataset, unless DIC makes its metadata public; never its rows or a download', async () => {
    expect((await search('thanh tra dinh danh')).totalCount).toBe(0);
    expect(await show(listed)).toBeNull();

    expect((await confirm(listed, true)).data?.confirmSharedListing).toMatchObject({ dataset: { metadataPublic: true }, error: null });
    try {
      const found = await search('thanh tra dinh danh');
      expect(found.edges.map(({ node }) => [node.slug, node.downloadPath])).toEqual([[listed, null]]);
      expect((await show(listed))!.columns).toHaveLength(5);
      const rows = await t.gql(DatasetRowsDocument, { slug: listed });
      expect(rows.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const download = await t.hub.http.inject({ method: 'GET', url: `/datasets/${listed}/download` });
      expect(download.statusCode).toBe(404);
      // Open-data surfaces stay open data: DCAT and CKAN's default search do not list it.
      const dcat = await t.hub.http.inject({ method: 'GET', url: '/catalog.ttl' });
      expect(dcat.body).not.toContain(listed);
      const ckan = await t.hub.http.inject({ method: 'GET', url: '/api/3/action/package_search?q=thanh%20tra&rows=100' });
      expect(JSON.stringify(ckan.json())).not.toContain(listed);
    } finally {
      expect((await confirm(listed, false)).data?.confirmSharedListing.dataset?.metadataPublic).toBe(false);
    }
    expect(await show(listed)).toBeNull();
    expect((await auditOf(listed)).slice(1).map((event) => [event.action, event.details.metadataPublic, event.details.wasListed])).toEqual([
      ['catalog.shared_listing_confirmed', true, true],
      ['catalog.shared_listing_confirmed', false, true],
    ]);
  });

  it('002 §27.1b: a partner client with the catalogue scope finds it; one without sees open data only; rows:read alone lists too', async () => {
    const organisation = await registerOrganisation(t, token.dic);
    const catalogue = await accessToken(t, await registerClient(t, token.dic, organisation, ['CATALOGUE_READ']));
    const openOnly = await accessToken(t, await registerClient(t, token.dic, organisation, ['DATASETS_READ']));
    const rowsOnly = await accessToken(t, await registerClient(t, token.dic, organisation, ['ROWS_READ']));

    expect((await search('thanh tra dinh danh', catalogue)).edges.map(({ node }) => node.slug)).toEqual([listed]);
    expect((await show(listed, catalogue))!.myAccessRequests).toEqual([]);
    const rows = await t.gql(DatasetRowsDocument, { slug: listed }, catalogue);
    expect(rows.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    expect((await search('thanh tra dinh danh', openOnly)).totalCount).toBe(0);
    expect(await show(listed, openOnly)).toBeNull();
    expect((await search('dinh danh', rowsOnly)).totalCount).toBeGreaterThan(0);
    expect((await search('thanh tra dinh danh', rowsOnly)).totalCount).toBe(0);
  });

  it('002 §30.2: only DIC of the province confirms, only COMPLIANT RESTRICTED data; withdrawal needs a reason, both audited', async () => {
    const steward = await confirm(listed, false, token.police);
    expect(steward.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await confirm(listed, true, token.otherDic);
    expect(elsewhere.data?.confirmSharedListing.error?.code ?? elsewhere.errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);

    await datasetWithVersion(t, token.sotttt, 'nt-chua-dat-chuan', 'xa,so_ho_so\nPhan Rang,12\n');
    const draft = await confirm('nt-chua-dat-chuan', false);
    expect(draft.data?.confirmSharedListing.error?.inputErrors).toEqual([{ field: 'slug', message: expect.stringContaining('COMPLIANT') }]);
    expect((await search('nt-chua-dat-chuan', token.health)).totalCount).toBe(0);

    const noReason = await t.gql(WithdrawSharedListingDocument, { slug: listed, reason: ' ' }, token.dic);
    expect(noReason.data?.withdrawSharedListing.error?.inputErrors[0].field).toBe('reason');
    const withdrawn = await t.gql(WithdrawSharedListingDocument, { slug: listed, reason: 'Rà soát lại phạm vi chia sẻ (scope under review)' }, token.dic);
    expect(withdrawn.data?.withdrawSharedListing).toMatchObject({ dataset: { sharedListedAt: null, metadataPublic: false }, error: null });
    expect((await search('thanh tra dinh danh', token.viewer)).totalCount).toBe(0);
    // The owner and DIC still see their own.
    expect(await show(listed, token.police)).not.toBeNull();

    const [withdrawal] = (await auditOf(listed)).slice(-1);
    expect(withdrawal).toMatchObject({ action: 'catalog.shared_listing_withdrawn', reason: 'Rà soát lại phạm vi chia sẻ (scope under review)' });
    expect((await confirm(listed, false)).data?.confirmSharedListing.error).toBeNull();
    expect((await search('thanh tra dinh danh', token.viewer)).totalCount).toBe(1);
  });
});

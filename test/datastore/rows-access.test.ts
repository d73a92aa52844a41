import { DatasetRowsDocument } from '../generated/graphql';
import { startTestHub, type TestHub } from '../helpers/test-hub';
import { addFixtureVersion, createFixtureDataset } from './rows-fixtures';

const version = { fields: [{ name: 'district', type: 'string' }], rows: [['Ninh Hải']] };

describe('datasetRows access (issue 3, Rows): open data for all, the rest for the owner and DIC', () => {
  let t: TestHub;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
    for (const [slug, spec] of Object.entries({
      'nt-mo': { accessLevel: 'PUBLIC' as const },
      'nt-chua-cong-bo': { accessLevel: 'PUBLIC' as const, published: false },
      'nt-han-che': { accessLevel: 'RESTRICTED' as const },
      'nt-ca-nhan-cong-an': { accessLevel: 'PERSONAL' as const, ownerCode: 'catinh' },
    })) {
      await addFixtureVersion(t, await createFixtureDataset(t, { slug, ...spec }), version);
    }
    await createFixtureDataset(t, { slug: 'nt-chua-co-phien-ban' });
    // steward of sotttt; DIC of Ninh Thuận; steward of another agency; platform administrator
    for (const account of ['vankiemthu', 'thunghiem', 'vangiadinh', 'minhhethong']) tokens[account] = await t.signIn('ninhthuan', account);
  });

  afterAll(() => t.close());

  async function outcome(slug: string, account?: string): Promise<string> {
    const result = await t.gql(DatasetRowsDocument, { slug }, account ? tokens[account] : undefined);
    return result.errors?.[0].extensions?.code ?? (result.data?.datasetRows.rows.length === 1 ? 'ROWS' : 'NO ROWS');
  }

  it('002 §20.1: open data (published, PUBLIC) is readable anonymously and by every official', async () => {
    expect(await outcome('nt-mo')).toBe('ROWS');
    expect(await outcome('nt-mo', 'vangiadinh')).toBe('ROWS');
  });

  it('RESTRICTED rows: the owning agency’s officials and DIC; others do not learn the dataset exists', async () => {
    expect(await outcome('nt-han-che')).toBe('NOT_FOUND');
    expect(await outcome('nt-han-che', 'vangiadinh')).toBe('NOT_FOUND');
    expect(await outcome('nt-han-che', 'vankiemthu')).toBe('ROWS');
    expect(await outcome('nt-han-che', 'thunghiem')).toBe('ROWS');
  });

  it('PERSONAL rows of another agency: its province DIC reads them; a platform administrator who may see the dataset may not read its rows', async () => {
    expect(await outcome('nt-ca-nhan-cong-an', 'vankiemthu')).toBe('NOT_FOUND');
    expect(await outcome('nt-ca-nhan-cong-an', 'thunghiem')).toBe('ROWS');
    expect(await outcome('nt-ca-nhan-cong-an', 'minhhethong')).toBe('FORBIDDEN');
  });

  it('a public dataset not yet published is not open data: its owner reads it, anonymous does not', async () => {
    expect(await outcome('nt-chua-cong-bo')).toBe('NOT_FOUND');
    expect(await outcome('nt-chua-cong-bo', 'vankiemthu')).toBe('ROWS');
  });

  it('an unknown slug, and a dataset without any version, are NOT_FOUND', async () => {
    expect(await outcome('nt-khong-ton-tai')).toBe('NOT_FOUND');
    expect(await outcome('nt-chua-co-phien-ban')).toBe('NOT_FOUND');
  });
});

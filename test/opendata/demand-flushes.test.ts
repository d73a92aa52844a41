import { startTestHub, type TestHub } from '../helpers/test-hub';

const slugs = ['nt-tai-khoan-dinh-danh-dien-tu', 'nt-dich-vu-cong-truc-tuyen', 'nt-xac-thuc-du-lieu-bhxh-bhyt'];

/**
 * 002 §20.1h demand written by several replicas at once: each flush adds to the catalogue's
 * running totals and to the days' counts in one transaction, whatever order the others take.
 */
describe('demand flushes from several processes at once (issue 16, issue 20)', () => {
  let t: TestHub;

  beforeAll(async () => {
    t = await startTestHub({ seed: true });
  });

  afterAll(() => t.close());

  async function totals(): Promise<{ total: number; days: number }[]> {
    const datasets = await Promise.all(slugs.map((slug) => t.hub.services().trusted.catalog.findForReview(slug)));
    const ids = datasets.map((dataset) => dataset!.id);
    const days = await t.hub.database.orm.em
      .fork()
      .execute<{ dataset_id: string; counted: string }[]>(
        'select dataset_id, sum(downloads + api_reads) as counted from dataset_usage where dataset_id in (?) group by dataset_id',
        [ids],
      );
    return datasets.map((dataset) => ({
      total: Number(dataset!.usageTotal),
      days: Number(days.find((row) => row.dataset_id === dataset!.id)?.counted ?? 0),
    }));
  }

  it('twelve flushes at once, each naming the datasets in its own order, lose and double nothing', async () => {
    const before = await totals();
    const datasets = await Promise.all(slugs.map((slug) => t.hub.services().trusted.catalog.findForReview(slug)));
    const ids = datasets.map((dataset) => dataset!.id);
    const flushes = Array.from({ length: 12 }, (_, flush) => {
      const order = flush % 2 === 0 ? ids : [...ids].reverse();
      // Each flush is a replica's: its own unit of work, its own connection.
      return t.hub
        .services()
        .openData.writeDemand(order.map((datasetId, index) => ({ datasetId, day: '2026-12-07', downloads: 1 + index, apiReads: 1 })));
    });
    await Promise.all(flushes);
    const after = await totals();
    // Per flush, the dataset named at position i got 1 + i downloads and 1 read; positions alternate.
    const added = ids.map((_, index) => 6 * (2 + index) + 6 * (2 + (ids.length - 1 - index)));
    expect(after.map((figures, index) => figures.total - before[index].total)).toEqual(added);
    expect(after.map((figures, index) => figures.days - before[index].days)).toEqual(added);
  });

  it('a dataset withdrawn since its reads were counted is skipped; the others are written', async () => {
    const before = await totals();
    const [kept] = await Promise.all(slugs.slice(0, 1).map((slug) => t.hub.services().trusted.catalog.findForReview(slug)));
    await t.hub.services().openData.writeDemand([
      { datasetId: kept!.id, day: '2026-12-07', downloads: 2, apiReads: 0 },
      { datasetId: '00000000-0000-4000-8000-000000000000', day: '2026-12-07', downloads: 5, apiReads: 0 },
    ]);
    const after = await totals();
    expect([after[0].total - before[0].total, after[0].days - before[0].days]).toEqual([2, 2]);
  });
});

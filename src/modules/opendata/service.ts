import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../shared/clock';
import { InputError, NotFoundError } from '../../shared/errors';
import { inTransaction } from '../../shared/transaction';
import type { AgencyService } from '../agencies/service';
import { isOpenData, type CatalogService, type Dataset, type Distribution } from '../catalog/service';
import { canonicalSchema, type DatasetVersion, type DatastoreService } from '../datastore/service';
import { dataPackageOf } from './data-package';
import { atomFeed, datasetJsonLd, robotsTxt, scriptJson, sitemapLimit, sitemapXml } from './discovery';
import type { DayCounts, DemandCounts } from './demand';
import { DatasetUsage } from './entities';
import { qualityOf, type DatasetQuality } from './quality';
import { citationOf, termsOfUse } from './terms';
import { groupBy } from '../../shared/group';

export type { DatasetUsage } from './entities';
export { DemandCounts } from './demand';
export type { DatasetQuality } from './quality';

/** The CSV open data serves for a dataset, and the Table Schema that describes that file. */
export interface ServedCsv {
  distribution: Distribution;
  tableSchema: Record<string, unknown> | null;
  /** The hub wrote this CSV (served-csv.ts): formula-like cells carry a ' that is not data. */
  formulaGuarded: boolean;
}
export { termsOfUse } from './terms';
/** Where the hub's datasets live on the web: their DCAT IRIs, which CKAN's uri extra carries too. */
export { HubIris } from './dcat/hub-iris';
export { updateFrequencyLabel } from './dcat/eu-authorities';

/** What anyone may take, and how its demand is measured (002 §20). */
export class OpenDataService {
  constructor(
    private readonly em: EntityManager,
    private readonly catalog: CatalogService,
    private readonly agencies: AgencyService,
    private readonly datastore: DatastoreService,
    private readonly clock: Clock,
    private readonly publicUrl: string,
    private readonly demand: DemandCounts,
  ) {}

  /** 002 §20.1h: every download counts towards the dataset's demand, per day (written at the next flush, demand.ts). */
  recordDownload(datasetId: string): void {
    this.demand.add(datasetId, this.today(), 'downloads');
  }

  /** Reads of a dataset's rows through the API count as demand too. */
  recordApiRead(datasetId: string): void {
    this.demand.add(datasetId, this.today(), 'apiReads');
  }

  /** Writes the demand counted so far in this process; the hub does it every HUB_DEMAND_FLUSH_SECONDS and as it stops. */
  flushDemand(): Promise<void> {
    return this.demand.flush();
  }

  /** Stores one flush of demand (demand.ts): the days' counts and the datasets' running totals, in one transaction. */
  async writeDemand(counts: readonly DayCounts[]): Promise<void> {
    await inTransaction(this.em, async () => {
      const totals = new Map<string, number>();
      for (const day of counts) totals.set(day.datasetId, (totals.get(day.datasetId) ?? 0) + day.downloads + day.apiReads);
      const existing = await this.catalog.addUsageTotals(totals);
      const kept = counts.filter((day) => existing.has(day.datasetId));
      if (kept.length === 0) return;
      await this.em.execute(
        `insert into dataset_usage (dataset_id, day, downloads, api_reads)
         select dataset_id, day, downloads, api_reads
           from jsonb_to_recordset(?::jsonb) as c(dataset_id uuid, day date, downloads integer, api_reads integer)
         on conflict (dataset_id, day) do update
           set downloads = dataset_usage.downloads + excluded.downloads, api_reads = dataset_usage.api_reads + excluded.api_reads`,
        [
          JSON.stringify(
            kept.map((day) => ({ dataset_id: day.datasetId, day: day.day, downloads: day.downloads, api_reads: day.apiReads })),
          ),
        ],
      );
    });
  }

  /** Usage per day, oldest first, within [from, to] (YYYY-MM-DD, inclusive). */
  async usageOf(datasetIds: readonly string[], from: string, to: string): Promise<Map<string, DatasetUsage[]>> {
    for (const [field, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
        throw new InputError([{ field, message: 'ngày dạng YYYY-MM-DD (a date as YYYY-MM-DD)' }]);
      }
    }
    const rows = await this.em.find(
      DatasetUsage,
      { datasetId: { $in: [...datasetIds] }, day: { $gte: from, $lte: to } },
      { orderBy: { day: 'asc' } },
    );
    return groupBy(datasetIds, rows, (row) => row.datasetId);
  }

  /** robots.txt: crawlers are pointed at the sitemap and kept off the desks. */
  robotsTxt(): string {
    return robotsTxt(this.publicUrl);
  }

  /** Every open dataset's page, for search engines. */
  async sitemapXml(): Promise<string> {
    return sitemapXml(this.publicUrl, await this.catalog.openDataByChange(sitemapLimit));
  }

  /** The 50 open datasets published or changed last, as an Atom feed. */
  async atomFeed(): Promise<string> {
    const datasets = await this.catalog.openDataByChange(50);
    const owners = new Map((await this.agencies.findByIds([...new Set(datasets.map((d) => d.ownerAgencyId))])).map((a) => [a.id, a.name]));
    const entries = datasets.map((dataset) => ({ dataset, ownerName: owners.get(dataset.ownerAgencyId) ?? '' }));
    return atomFeed(this.publicUrl, 'Dữ liệu mở mới và vừa cập nhật (open data, new and updated)', entries);
  }

  /** schema.org JSON-LD for an open dataset's page, ready for its <script> element; null for any other dataset. */
  async jsonLdOf(dataset: Dataset, ownerName: string): Promise<string | null> {
    if (!isOpenData(dataset)) return null;
    const hasCsv = (await this.servedCsvOf([dataset.id])).has(dataset.id);
    return scriptJson(datasetJsonLd(this.publicUrl, { dataset, ownerName }, hasCsv));
  }

  /**
   * Completeness, schema and freshness of each dataset (quality.ts), from its served version:
   * one statement for a whole page, none when the caller already holds the versions.
   */
  async qualitiesOf(datasets: readonly Dataset[], versions?: Map<string, DatasetVersion[]>): Promise<Map<string, DatasetQuality>> {
    const byDataset = versions ?? (await this.datastore.versionsOf(datasets.map((dataset) => dataset.id)));
    const now = this.clock.now();
    return new Map(datasets.map((dataset) => [dataset.id, qualityOf(dataset, byDataset.get(dataset.id)?.[0], now)]));
  }

  /**
   * Ready commands for an open dataset's rows through each door the hub has (issue 21): the CSV,
   * GraphQL's `datasetRows` and CKAN's `datastore_search` (its resource id is the dataset's id).
   */
  apiExamples(dataset: Dataset): { csv: string; graphql: string; ckan: string } {
    const base = this.publicUrl;
    const query = JSON.stringify({ query: `{ datasetRows(slug: "${dataset.slug}", first: 10) { columns { name type } rows } }` });
    return {
      csv: `curl -o ${dataset.slug}.csv ${base}/datasets/${dataset.slug}/download`,
      graphql: `curl -s ${base}/graphql -H 'content-type: application/json' \\\n  -d '${query}'`,
      ckan: `curl -s '${base}/api/3/action/datastore_search?resource_id=${dataset.id}&limit=10'`,
    };
  }

  citation(dataset: Dataset, agencyName: string): string {
    return citationOf({
      agencyName,
      datasetTitle: dataset.title,
      datasetUrl: `${this.publicUrl}/datasets/${dataset.slug}`,
      accessedOn: this.clock.now(),
    });
  }

  /** Today in Vietnam, YYYY-MM-DD: the day demand is counted on. */
  today(): string {
    return this.clock.now().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' });
  }

  termsOfUse(language: 'vi' | 'en'): string {
    return termsOfUse[language];
  }

  /**
   * The CSV that open data serves (002 §20.1b: the latest version): the file of the newest
   * ingested version (or the CSV written from it); nothing before a first version.
   */
  async latestCsv(slug: string): Promise<{ dataset: Dataset } & ServedCsv> {
    const dataset = await this.catalog.openDataset(slug);
    const served = (await this.servedCsvOf([dataset.id])).get(dataset.id);
    if (!served) throw new NotFoundError(`Không có tệp CSV của dữ liệu mở "${slug}" (no CSV for this open dataset)`);
    return { ...served, dataset, tableSchema: served.tableSchema ?? dataset.tableSchema ?? null };
  }

  /**
   * Batch form of the rule above, two statements whatever the number of datasets (DCAT pages).
   * Datasets with no CSV (shared code lists have entries, not files) are absent from the map.
   */
  async servedCsvOf(datasetIds: readonly string[]): Promise<Map<string, ServedCsv>> {
    const [versions, distributions] = await Promise.all([this.datastore.versionsOf(datasetIds), this.catalog.distributionsOf(datasetIds)]);
    const served = new Map<string, ServedCsv>();
    for (const datasetId of datasetIds) {
      const files = distributions.get(datasetId) ?? [];
      const [latest] = versions.get(datasetId) ?? [];
      // Only a file that became a version is served: never one still ingesting, or failed.
      const upload = latest ? files.find((file) => file.id === latest.distributionId) : undefined;
      if (!upload) continue;
      if (latest?.servedSha256 && latest.servedByteSize !== null) {
        served.set(datasetId, {
          distribution: { ...upload, sha256: latest.servedSha256, byteSize: latest.servedByteSize, mediaType: 'text/csv' },
          tableSchema: canonicalSchema(latest.tableSchema),
          formulaGuarded: true,
        });
      } else if (upload.mediaType === 'text/csv') {
        served.set(datasetId, { distribution: upload, tableSchema: latest?.tableSchema ?? null, formulaGuarded: false });
      }
    }
    return served;
  }

  /**
   * The file of the version open data serves, as it was uploaded: a newer upload is served
   * only once it has become a version (an upload still ingesting, or failed, is not).
   */
  async latestOriginal(slug: string): Promise<{ dataset: Dataset; distribution: Distribution }> {
    const dataset = await this.catalog.openDataset(slug);
    const [[latest], files] = await Promise.all([
      this.datastore.versionsOf([dataset.id]).then((versions) => versions.get(dataset.id) ?? []),
      this.catalog.distributionsOf([dataset.id]).then((distributions) => distributions.get(dataset.id) ?? []),
    ]);
    const distribution = latest ? files.find((file) => file.id === latest.distributionId) : undefined;
    if (!distribution) throw new NotFoundError(`Không có tệp của dữ liệu mở "${slug}" (no file for this open dataset)`);
    return { dataset, distribution };
  }

  /** The Data Package 2.0 descriptor of a published dataset; 404 like its download otherwise. */
  async dataPackage(slug: string): Promise<Record<string, unknown>> {
    const { dataset, distribution, tableSchema } = await this.latestCsv(slug);
    const [owner] = await this.agencies.findByIds([dataset.ownerAgencyId]);
    if (!owner) throw new NotFoundError(`Không có dữ liệu mở "${slug}" (no such open dataset)`);
    return dataPackageOf(dataset, owner, distribution, tableSchema, this.publicUrl);
  }
}

import type { Quad } from 'n3';
import type { Agency, AgencyApi } from '../../agencies/service';
import type { CatalogApi, Dataset } from '../../catalog/service';
import type { OpenDataService } from '../service';
import { describeAgency } from './agent';
import { describeCatalogue, describePageView, type ProvinceCatalogue } from './catalogue-graph';
import { describeDataset, type OpenDatasetRecord } from './dataset-graph';
import { GraphBuilder } from './graph';
import { HubIris } from './hub-iris';
import { positionOf, type PagePosition, type PageRequest } from './paging';

export interface CataloguePage {
  quads: Quad[];
  position: PagePosition;
  /** The IRI of a page of the same document, for Link headers. */
  pageUrl(page: number): string;
}

/**
 * The hub's open data as DCAT-AP 3.0.0 graphs: exactly what an anonymous viewer may see
 * (published and public, 002 §20.1), one dcat:Catalog per province (002 §30.1).
 */
export class DcatDocuments {
  private readonly iris: HubIris;

  constructor(
    private readonly catalog: CatalogApi,
    private readonly agencies: AgencyApi,
    private readonly openData: OpenDataService,
    publicUrl: string,
  ) {
    this.iris = new HubIris(publicUrl);
  }

  /** One page of the catalogue; `documentPath` (e.g. `/catalog.ttl`) names its pages. */
  async cataloguePage(request: PageRequest, documentPath: string): Promise<CataloguePage> {
    const byProvince = await this.catalog.openDataByProvince();
    const position = positionOf(
      request,
      byProvince.reduce((sum, province) => sum + province.datasets, 0),
    );
    const datasets = await this.catalog.openDatasetsPage(position.offset, position.pageSize);
    const [records, provinces] = await Promise.all([
      this.recordsOf(datasets),
      this.agencies.findProvincesByCodes(byProvince.map((province) => province.provinceCode)),
    ]);

    const graph = new GraphBuilder();
    const datasetNodes = records.map((record) => ({
      provinceCode: record.dataset.provinceCode,
      node: describeDataset(graph, this.iris, record),
    }));
    for (const summary of byProvince) {
      const province = provinces.find((candidate) => candidate.code === summary.provinceCode);
      if (!province) throw new Error(`open data of unknown province ${summary.provinceCode}`);
      const catalogue: ProvinceCatalogue = {
        province,
        publisher: describeAgency(graph, this.iris, await this.publisherOf(province.code)),
        firstPublishedAt: summary.firstPublishedAt,
        lastModifiedAt: summary.lastModifiedAt,
        datasets: datasetNodes.filter((dataset) => dataset.provinceCode === province.code).map((dataset) => dataset.node),
      };
      describeCatalogue(graph, this.iris, catalogue);
    }
    describePageView(graph, this.iris, documentPath, position);
    return { quads: graph.build(), position, pageUrl: (page) => this.iris.page(documentPath, page, position.pageSize).value };
  }

  /** One open dataset; unknown, unpublished and restricted all answer the same 404. */
  async dataset(slug: string): Promise<Quad[]> {
    const dataset = await this.catalog.openDataset(slug);
    const graph = new GraphBuilder();
    for (const record of await this.recordsOf([dataset])) describeDataset(graph, this.iris, record);
    return graph.build();
  }

  /** Each dataset with its owner and the file its download serves. */
  private async recordsOf(datasets: readonly Dataset[]): Promise<OpenDatasetRecord[]> {
    const [owners, served] = await Promise.all([
      this.agencies.findByIds([...new Set(datasets.map((dataset) => dataset.ownerAgencyId))]),
      // The download's own choice of file (002 §20.1b), so size and checksum describe the bytes a harvester fetches.
      this.openData.servedCsvOf(datasets.map((dataset) => dataset.id)),
    ]);
    return datasets.map((dataset) => {
      const owner = owners.find((agency) => agency.id === dataset.ownerAgencyId);
      if (!owner) throw new Error(`dataset ${dataset.slug} has no owning agency`);
      return { dataset, owner, distribution: served.get(dataset.id)?.distribution ?? null };
    });
  }

  /** The DIC confirms publication (002 §30.2), so it publishes the catalogue; the PPC if none is registered. */
  private async publisherOf(provinceCode: string): Promise<Agency> {
    const agencies = await this.agencies.list(provinceCode);
    const publisher = agencies.find((agency) => agency.kind === 'DIC') ?? agencies.find((agency) => agency.kind === 'PPC');
    if (!publisher) throw new Error(`province ${provinceCode} has neither a DIC nor a PPC to publish its catalogue`);
    return publisher;
  }
}

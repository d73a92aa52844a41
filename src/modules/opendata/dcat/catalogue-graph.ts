import type { NamedNode } from 'n3';
import type { Province } from '../../agencies/service';
import { dataThemeScheme, vietnamese } from './eu-authorities';
import type { GraphBuilder } from './graph';
import type { HubIris } from './hub-iris';
import type { PagePosition } from './paging';
import { dcat, dct, foaf, hydra, skos } from './vocabulary';

/** One province's catalogue of open data (002 §30.1), published by its DIC (002 §30.2). */
export interface ProvinceCatalogue {
  province: Province;
  publisher: NamedNode;
  firstPublishedAt: Date;
  lastModifiedAt: Date;
  /** Its datasets on this page of the document. */
  datasets: NamedNode[];
}

export function describeCatalogue(graph: GraphBuilder, iris: HubIris, catalogue: ProvinceCatalogue): NamedNode {
  const { province } = catalogue;
  const node = iris.catalogue(province.code);
  const home = iris.home();
  graph
    .type(node, dcat('Catalog'))
    .text(node, dct('title'), {
      vi: `Danh mục dữ liệu mở tỉnh ${province.name}`,
      en: `Open data catalogue of ${province.nameEn ?? province.name}`,
    })
    .text(node, dct('description'), {
      vi: `Dữ liệu mở do các cơ quan nhà nước tỉnh ${province.name} công bố: truy cập tự do, không cần định danh, miễn phí.`,
      en: `Open data published by the public bodies of ${province.nameEn ?? province.name} province: free of charge, with no identification needed.`,
    })
    .add(node, dct('publisher'), catalogue.publisher)
    .add(node, foaf('homepage'), home)
    .add(node, dct('language'), graph.concept(vietnamese, dct('LinguisticSystem')))
    .add(node, dcat('themeTaxonomy'), dataThemeScheme.iri)
    .dateTime(node, dct('issued'), catalogue.firstPublishedAt)
    .dateTime(node, dct('modified'), catalogue.lastModifiedAt);
  graph.once(home, () => graph.type(home, foaf('Document')));
  graph.once(dataThemeScheme.iri, () =>
    graph.type(dataThemeScheme.iri, skos('ConceptScheme')).text(dataThemeScheme.iri, dct('title'), dataThemeScheme.title),
  );
  if (province.administrativeCode) {
    const territory = iris.administrativeUnit(province.code, province.administrativeCode);
    graph.add(node, dct('spatial'), territory);
    graph.once(territory, () => graph.type(territory, dct('Location')));
  }
  for (const dataset of catalogue.datasets) graph.add(node, dcat('dataset'), dataset);
  return node;
}

/**
 * Paging as Hydra's PartialCollectionView (the way data.europa.eu's harvester pages DCAT
 * catalogues): the whole list is the collection, this page is one view of it.
 */
export function describePageView(graph: GraphBuilder, iris: HubIris, documentPath: string, position: PagePosition): void {
  const pageIri = (page: number) => iris.page(documentPath, page, position.pageSize);
  const collection = iris.document(documentPath);
  const view = pageIri(position.page);
  graph
    .type(collection, hydra('Collection'))
    .typed(collection, hydra('totalItems'), String(position.totalItems), 'nonNegativeInteger')
    .add(collection, hydra('view'), view)
    .type(view, hydra('PartialCollectionView'))
    .add(view, hydra('first'), pageIri(1))
    .add(view, hydra('last'), pageIri(position.lastPage));
  if (position.next) graph.add(view, hydra('next'), pageIri(position.next));
  if (position.previous) graph.add(view, hydra('previous'), pageIri(position.previous));
}

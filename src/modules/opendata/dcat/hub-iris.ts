import { DataFactory, type NamedNode } from 'n3';
import { codeListSlugs } from '../../catalog/service';

/**
 * Where the hub's things live on the web, under the configured public URL. A dataset's IRI is
 * kept apart from its landing page (the page is a foaf:Document, the dataset is not).
 */
export class HubIris {
  constructor(private readonly publicUrl: string) {}

  home(): NamedNode {
    return this.iri('/');
  }

  catalogue(provinceCode: string): NamedNode {
    return this.iri(`/catalog/${encodeURIComponent(provinceCode)}`);
  }

  dataset(slug: string): NamedNode {
    return this.iri(`/datasets/${encodeURIComponent(slug)}#dataset`);
  }

  landingPage(slug: string): NamedNode {
    return this.iri(`/datasets/${encodeURIComponent(slug)}`);
  }

  distribution(slug: string, distributionId: string): NamedNode {
    return this.iri(`/datasets/${encodeURIComponent(slug)}/distributions/${distributionId}`);
  }

  download(slug: string): NamedNode {
    return this.iri(`/datasets/${encodeURIComponent(slug)}/download`);
  }

  agency(provinceCode: string, agencyCode: string): NamedNode {
    return this.iri(`/agencies/${encodeURIComponent(provinceCode)}/${encodeURIComponent(agencyCode)}`);
  }

  /** An administrative unit as an entry of the province's shared code list (002 §5.2). */
  administrativeUnit(provinceCode: string, unitCode: string): NamedNode {
    return this.iri(`/code-lists/${encodeURIComponent(codeListSlugs.administrativeUnits(provinceCode))}/${encodeURIComponent(unitCode)}`);
  }

  /** A document the hub serves, e.g. `/catalog.ttl`. */
  document(path: string): NamedNode {
    return this.iri(path);
  }

  /** A page of a paged document, e.g. `/catalog.ttl?page=2&pageSize=100`. */
  page(path: string, page: number, pageSize: number): NamedNode {
    return this.iri(`${path}?page=${page}&pageSize=${pageSize}`);
  }

  private iri(path: string): NamedNode {
    return DataFactory.namedNode(`${this.publicUrl}${path}`);
  }
}

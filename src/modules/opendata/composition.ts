// For http/dcat.ts: the catalogue's DCAT documents and their serialisations.
export { DcatDocuments, type CataloguePage } from './dcat/documents';
export { toJsonLd } from './dcat/json-ld';
export { defaultPageSize, maxPageSize, type PageRequest } from './dcat/paging';
export { toTurtle } from './dcat/turtle';

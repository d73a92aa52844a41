import { DataFactory, type NamedNode } from 'n3';

/** The vocabularies DCAT-AP 3.0.0 uses, under the prefixes its own documents use. */
export const prefixes = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  hydra: 'http://www.w3.org/ns/hydra/core#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  spdx: 'http://spdx.org/rdf/terms#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

export type Prefix = keyof typeof prefixes;

function namespace(prefix: Prefix): (local: string) => NamedNode {
  return (local) => DataFactory.namedNode(prefixes[prefix] + local);
}

export const dcat = namespace('dcat');
export const dct = namespace('dct');
export const foaf = namespace('foaf');
export const hydra = namespace('hydra');
export const rdf = namespace('rdf');
export const rdfs = namespace('rdfs');
export const skos = namespace('skos');
export const spdx = namespace('spdx');
export const vcard = namespace('vcard');
export const xsd = namespace('xsd');

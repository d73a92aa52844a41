import { DataFactory, type NamedNode } from 'n3';
import type { Dataset, Distribution } from '../../catalog/service';
import { termsOfUse } from '../terms';
import { csvFileType } from './eu-authorities';
import type { GraphBuilder } from './graph';
import type { HubIris } from './hub-iris';
import { licenceDocumentOf } from './licences';
import { dcat, dct, rdfs, spdx } from './vocabulary';

const csvMediaType = DataFactory.namedNode('http://www.iana.org/assignments/media-types/text/csv');
const sha256 = spdx('checksumAlgorithm_sha256');
/** One node for the terms of use (002 §20.2), which every open distribution shares. */
const termsOfUseNode = DataFactory.blankNode('terms-of-use');

/**
 * The file a dataset's download serves: its URL, size and sha256 describe exactly the bytes
 * `GET /datasets/:slug/download` returns, so a harvester can check what it fetched.
 */
export function describeDistribution(graph: GraphBuilder, iris: HubIris, dataset: Dataset, distribution: Distribution): NamedNode {
  const node = iris.distribution(dataset.slug, distribution.id);
  const download = iris.download(dataset.slug);
  const checksum = DataFactory.blankNode(`sha256-${distribution.id}`);
  graph
    .type(node, dcat('Distribution'))
    .add(node, dcat('accessURL'), download)
    .add(node, dcat('downloadURL'), download)
    .add(node, dct('format'), graph.concept(csvFileType, dct('MediaTypeOrExtent')))
    .add(node, dcat('mediaType'), csvMediaType)
    .typed(node, dcat('byteSize'), String(distribution.byteSize), 'nonNegativeInteger')
    .add(node, spdx('checksum'), checksum)
    .dateTime(node, dct('issued'), distribution.createdAt)
    .add(node, dct('rights'), termsOfUseNode);
  // DCAT-AP's range for both URLs is rdfs:Resource, which a validator without inference must see stated.
  graph.once(download, () => graph.type(download, rdfs('Resource')));
  graph.once(csvMediaType, () => graph.type(csvMediaType, dct('MediaType')));
  graph
    .type(checksum, spdx('Checksum'))
    .add(checksum, spdx('algorithm'), sha256)
    .typed(checksum, spdx('checksumValue'), distribution.sha256, 'hexBinary');
  graph.once(sha256, () => graph.type(sha256, spdx('ChecksumAlgorithm')));
  graph.once(termsOfUseNode, () => graph.type(termsOfUseNode, dct('RightsStatement')).text(termsOfUseNode, rdfs('label'), termsOfUse));
  const licence = licenceDocumentOf(dataset.licence);
  if (licence) {
    graph.add(node, dct('license'), licence);
    graph.once(licence, () => graph.type(licence, dct('LicenseDocument')));
  }
  return node;
}

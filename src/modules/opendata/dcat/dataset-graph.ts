import { DataFactory, type NamedNode } from 'n3';
import type { Agency } from '../../agencies/service';
import type { Dataset, Distribution } from '../../catalog/service';
import { describeAgency } from './agent';
import { describeDistribution } from './distribution-graph';
import { dataThemeOf, frequencyOf, publicAccess, vietnamese } from './eu-authorities';
import type { GraphBuilder } from './graph';
import type { HubIris } from './hub-iris';
import { dcat, dct, foaf, vcard } from './vocabulary';

/** What one open dataset's DCAT description is made of. */
export interface OpenDatasetRecord {
  dataset: Dataset;
  owner: Agency;
  /** The file its download serves; shared code lists have none. */
  distribution: Distribution | null;
}

/** An open dataset as a DCAT-AP 3.0.0 dcat:Dataset with its publisher, contact point and file. */
export function describeDataset(graph: GraphBuilder, iris: HubIris, { dataset, owner, distribution }: OpenDatasetRecord): NamedNode {
  const node = iris.dataset(dataset.slug);
  const landingPage = iris.landingPage(dataset.slug);
  graph
    .type(node, dcat('Dataset'))
    .plain(node, dct('identifier'), node.value)
    .text(node, dct('title'), { vi: dataset.title, en: dataset.titleEn })
    .text(node, dct('description'), { vi: dataset.description, en: dataset.descriptionEn })
    .add(node, dct('publisher'), describeAgency(graph, iris, owner))
    .add(node, dcat('theme'), graph.concept(dataThemeOf(dataset.sector)))
    .add(node, dct('language'), graph.concept(vietnamese, dct('LinguisticSystem')))
    .add(node, dct('accessRights'), graph.concept(publicAccess, dct('RightsStatement')))
    .add(node, dcat('landingPage'), landingPage)
    .dateTime(node, dct('modified'), dataset.updatedAt);
  graph.type(landingPage, foaf('Document'));
  if (dataset.publishedAt) graph.dateTime(node, dct('issued'), dataset.publishedAt);
  for (const keyword of dataset.keywords) graph.add(node, dcat('keyword'), DataFactory.literal(keyword, 'vi'));
  describeContactPoint(graph, node, dataset);
  describeCoverage(graph, iris, node, dataset);
  const frequency = frequencyOf(dataset.updateFrequency);
  if (frequency) graph.add(node, dct('accrualPeriodicity'), graph.concept(frequency, dct('Frequency')));
  if (distribution) graph.add(node, dcat('distribution'), describeDistribution(graph, iris, dataset, distribution));
  return node;
}

function describeContactPoint(graph: GraphBuilder, node: NamedNode, dataset: Dataset): void {
  if (!dataset.contactName && !dataset.contactEmail) return;
  const contact = DataFactory.blankNode(`contact-${dataset.id}`);
  graph.add(node, dcat('contactPoint'), contact).type(contact, vcard('Kind'));
  if (dataset.contactName) graph.plain(contact, vcard('fn'), dataset.contactName);
  if (dataset.contactEmail) graph.add(contact, vcard('hasEmail'), DataFactory.namedNode(`mailto:${dataset.contactEmail}`));
  if (dataset.contactPhone)
    graph.add(contact, vcard('hasTelephone'), DataFactory.namedNode(`tel:${dataset.contactPhone.replace(/[^\d+]/g, '')}`));
}

/** Where and when the data applies: administrative units of the province's code list, and a period. */
function describeCoverage(graph: GraphBuilder, iris: HubIris, node: NamedNode, dataset: Dataset): void {
  for (const unit of dataset.spatialCoverage) {
    const location = iris.administrativeUnit(dataset.provinceCode, unit);
    graph.add(node, dct('spatial'), location);
    graph.once(location, () => graph.type(location, dct('Location')));
  }
  if (!dataset.temporalFrom && !dataset.temporalTo) return;
  const period = DataFactory.blankNode(`period-${dataset.id}`);
  graph.add(node, dct('temporal'), period).type(period, dct('PeriodOfTime'));
  if (dataset.temporalFrom) graph.typed(period, dcat('startDate'), dataset.temporalFrom, 'date');
  if (dataset.temporalTo) graph.typed(period, dcat('endDate'), dataset.temporalTo, 'date');
}

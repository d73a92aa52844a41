import { DataFactory, type NamedNode } from 'n3';
import type { Agency, AgencyKind } from '../../agencies/service';
import type { Concept, GraphBuilder } from './graph';
import type { HubIris } from './hub-iris';
import { dct, foaf } from './vocabulary';

const publisherTypes = 'http://purl.org/adms/publishertype/';
const regionalAuthority: Concept = {
  iri: DataFactory.namedNode(`${publisherTypes}RegionalAuthority`),
  label: { vi: 'Cơ quan cấp tỉnh', en: 'Regional authority' },
};
const localAuthority: Concept = {
  iri: DataFactory.namedNode(`${publisherTypes}LocalAuthority`),
  label: { vi: 'Cơ quan cấp huyện, xã', en: 'Local authority' },
};

/** Province-level bodies are regional authorities; districts and communes are local ones. */
function publisherTypeOf(kind: AgencyKind): Concept {
  return ['DISTRICT_PPC', 'DISTRICT_DIVISION', 'COMMUNE_PPC'].includes(kind) ? localAuthority : regionalAuthority;
}

/** An agency as the foaf:Agent that publishes a dataset or a catalogue. */
export function describeAgency(graph: GraphBuilder, iris: HubIris, agency: Agency): NamedNode {
  const node = iris.agency(agency.provinceCode, agency.code);
  graph.once(node, () =>
    graph
      .type(node, foaf('Agent'), foaf('Organization'))
      .text(node, foaf('name'), { vi: agency.name, en: agency.nameEn })
      .add(node, dct('type'), graph.concept(publisherTypeOf(agency.kind))),
  );
  return node;
}

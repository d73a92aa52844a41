import type { Quad, Term } from 'n3';
import { prefixes } from './vocabulary';

type JsonLdValue = { '@id': string } | { '@value': string; '@language'?: string; '@type'?: string };
/** `@id`, then `@type` and each property with the list of its values. */
type JsonLdNode = Record<string, string | unknown[]>;

const rdfType = `${prefixes.rdf}type`;
const xsdString = `${prefixes.xsd}string`;

/** A prefixed name where one of our prefixes applies, so the document reads like the Turtle. */
function compact(iri: string): string {
  for (const [prefix, namespace] of Object.entries(prefixes)) {
    if (iri.startsWith(namespace) && /^[A-Za-z_][\w-]*$/.test(iri.slice(namespace.length)))
      return `${prefix}:${iri.slice(namespace.length)}`;
  }
  return iri;
}

function idOf(term: Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : compact(term.value);
}

function valueOf(term: Term): JsonLdValue {
  if (term.termType !== 'Literal') return { '@id': idOf(term) };
  if (term.language) return { '@value': term.value, '@language': term.language };
  if (term.datatype.value === xsdString) return { '@value': term.value };
  return { '@value': term.value, '@type': compact(term.datatype.value) };
}

/**
 * The same graph as the Turtle, as flattened JSON-LD: one node object per subject in a @graph,
 * every value explicit (@id, @language, @type), so no term definitions are needed beyond prefixes.
 */
export function toJsonLd(quads: readonly Quad[]): Record<string, unknown> {
  const nodes = new Map<string, JsonLdNode>();
  for (const quad of quads) {
    const id = idOf(quad.subject);
    const node = nodes.get(id) ?? { '@id': id };
    nodes.set(id, node);
    const [key, value] =
      quad.predicate.value === rdfType ? ['@type', idOf(quad.object)] : [compact(quad.predicate.value), valueOf(quad.object)];
    node[key] = [...((node[key] as unknown[] | undefined) ?? []), value];
  }
  return { '@context': { ...prefixes }, '@graph': [...nodes.values()] };
}

import { DataFactory, type BlankNode, type Literal, type NamedNode, type Quad } from 'n3';
import { rdf, skos, xsd } from './vocabulary';

export type Subject = NamedNode | BlankNode;
export type ObjectTerm = NamedNode | BlankNode | Literal;

/** Text in the hub's two languages; English only where the data has it. */
export interface Multilingual {
  vi: string;
  en?: string | null;
}

/** A concept of a controlled vocabulary, with the label DCAT-AP requires of every skos:Concept. */
export interface Concept {
  iri: NamedNode;
  label: Multilingual;
}

/**
 * Collects the quads of one document. Shared nodes (an agency, a theme, a licence) are described
 * once however many datasets point at them, so a page of the catalogue states each fact once.
 */
export class GraphBuilder {
  private readonly quads: Quad[] = [];
  private readonly described = new Set<string>();

  add(subject: Subject, predicate: NamedNode, object: ObjectTerm): this {
    this.quads.push(DataFactory.quad(subject, predicate, object));
    return this;
  }

  type(subject: Subject, ...classes: NamedNode[]): this {
    for (const type of classes) this.add(subject, rdf('type'), type);
    return this;
  }

  text(subject: Subject, predicate: NamedNode, value: Multilingual): this {
    this.add(subject, predicate, DataFactory.literal(value.vi, 'vi'));
    if (value.en) this.add(subject, predicate, DataFactory.literal(value.en, 'en'));
    return this;
  }

  plain(subject: Subject, predicate: NamedNode, value: string): this {
    return this.add(subject, predicate, DataFactory.literal(value));
  }

  typed(subject: Subject, predicate: NamedNode, value: string, datatype: string): this {
    return this.add(subject, predicate, DataFactory.literal(value, xsd(datatype)));
  }

  dateTime(subject: Subject, predicate: NamedNode, value: Date): this {
    return this.typed(subject, predicate, value.toISOString(), 'dateTime');
  }

  /** Runs `describe` the first time `node` is met in this document only. */
  once(node: Subject, describe: () => void): this {
    if (!this.described.has(node.value)) {
      this.described.add(node.value);
      describe();
    }
    return this;
  }

  /** A concept, typed as well with the class the referring property's range asks for. */
  concept(concept: Concept, ...classes: NamedNode[]): NamedNode {
    this.once(concept.iri, () => this.type(concept.iri, skos('Concept'), ...classes).text(concept.iri, skos('prefLabel'), concept.label));
    return concept.iri;
  }

  /** Each subject's quads together, subjects in the order first met: Turtle then reads node by node. */
  build(): Quad[] {
    const bySubject = new Map<string, Quad[]>();
    for (const quad of this.quads) {
      const key = `${quad.subject.termType}:${quad.subject.value}`;
      const group = bySubject.get(key);
      if (group) group.push(quad);
      else bySubject.set(key, [quad]);
    }
    return [...bySubject.values()].flat();
  }
}

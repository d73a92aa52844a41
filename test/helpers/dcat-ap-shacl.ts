import fs from 'node:fs';
import path from 'node:path';
import factory from '@rdfjs/dataset';
import type { Quad } from '@rdfjs/types';
import { JsonLdParser } from 'jsonld-streaming-parser';
import { Parser } from 'n3';
import SHACLValidator from 'rdf-validate-shacl';

const standards = path.join(__dirname, '..', '..', 'src', 'standards');

/**
 * The DCAT-AP 3.0.0 shapes as SEMIC publishes them: the SHACL file holds cardinalities and
 * datatypes, the range file the classes each property's value must have. Together they are the
 * shapes graph; built once per test file.
 */
export function dcatApValidator(): { violationsOf(quads: readonly Quad[]): string[] } {
  const shapes = factory.dataset();
  for (const file of ['dcat-ap-3.0.0-SHACL.ttl', 'dcat-ap-3.0.0-range.ttl']) {
    for (const quad of new Parser().parse(fs.readFileSync(path.join(standards, file), 'utf8'))) shapes.add(quad);
  }
  const validator = new SHACLValidator(shapes, { factory });
  return {
    /** Every result of any severity, readable in a failing expectation; empty when the data conforms. */
    violationsOf(quads) {
      const report = validator.validate(factory.dataset([...quads]));
      const results = report.results.map(
        (result) =>
          `${result.focusNode?.value} ${result.path?.value ?? ''}: ${result.message.map((message) => message.value).join('; ')} (${result.severity?.value})`,
      );
      return report.conforms && results.length === 0 ? [] : results.length > 0 ? results : ['does not conform'];
    },
  };
}

export function parseTurtle(text: string): Quad[] {
  return new Parser({ format: 'text/turtle' }).parse(text);
}

export function parseJsonLd(text: string): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const quads: Quad[] = [];
    const parser = new JsonLdParser();
    parser
      .on('data', (quad: Quad) => quads.push(quad))
      .on('error', reject)
      .on('end', () => resolve(quads));
    parser.end(text);
  });
}

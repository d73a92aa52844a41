import { DataFactory, type NamedNode } from 'n3';

/** Our licence identifiers (SPDX) and the documents they stand for. */
const licenceDocuments: Record<string, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
  'ODbL-1.0': 'https://opendatacommons.org/licenses/odbl/1-0/',
};

/** An unknown licence is left out rather than guessed: a wrong licence misleads re-users. */
export function licenceDocumentOf(licence: string): NamedNode | null {
  const document = licenceUrlOf(licence);
  return document ? DataFactory.namedNode(document) : null;
}

/** The licence's document as a URL (schema.org's `license`), or null when unknown. */
export function licenceUrlOf(licence: string): string | null {
  return licenceDocuments[licence.trim()] ?? null;
}

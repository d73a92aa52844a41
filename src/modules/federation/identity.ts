import { withoutDiacritics } from '../../shared/text';
import type { RemoteRecord } from './connectors/types';

const words = (text: string | null) =>
  withoutDiacritics(text ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * What makes two harvested records the same dataset: the identifier a catalogue gives it (its
 * DCAT IRI, CKAN's `uri` extra), or failing that its title and publisher written alike in one
 * province (every province has a "Sở Thông tin và Truyền thông" publishing alike-named lists).
 */
export function identityOf(record: RemoteRecord): string {
  return record.identifier?.trim() || `title:${words(record.title)}|${words(record.publisher)}|${record.provinceCode ?? ''}`;
}

import type { HarvestFailure, HarvestSource } from '../entities';
import type { SourceFetcher } from './http';

/** A dataset description as a source states it, mapped to the hub's fields. */
export interface RemoteRecord {
  originalId: string;
  originalUrl: string | null;
  /** A catalogue-independent name (DCAT IRI, CKAN `uri` extra), when the source gives one. */
  identifier: string | null;
  title: string;
  description: string;
  keywords: string[];
  publisher: string | null;
  provinceCode: string | null;
  licence: string | null;
  downloadUrl: string | null;
  mediaType: string | null;
  modifiedAt: Date | null;
}

export type HarvestItem = { record: RemoteRecord } | { deletedId: string } | { failure: HarvestFailure };

export interface SourceRead {
  /** True when every live record is read, so a record not read was deleted at the source. */
  complete: boolean;
  items: AsyncIterable<HarvestItem>;
  /** Where the next incremental read resumes, known once `items` is exhausted. */
  watermark(): string | null;
}

export interface Connector {
  read(source: HarvestSource, options: { incremental: boolean; fetcher: SourceFetcher }): SourceRead;
}

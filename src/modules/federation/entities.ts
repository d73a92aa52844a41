import { ArrayType, Entity, Enum, JsonType, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/** How a remote catalogue is read: another hub's GraphQL, a CKAN Action API, a DCAT-AP document. */
export const sourceKinds = ['HUB', 'CKAN', 'DCAT'] as const;
export type SourceKind = (typeof sourceKinds)[number];

export const harvestStates = ['QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export type HarvestState = (typeof harvestStates)[number];

/** A remote catalogue DIC registered to harvest. */
@Entity({ tableName: 'harvest_source' })
export class HarvestSource {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'text' })
  name!: string;

  @Enum({ items: () => sourceKinds as unknown as string[], type: 'text' })
  kind!: SourceKind;

  /** The GraphQL endpoint, the CKAN site root, or the first page of the DCAT document. */
  @Property({ type: 'text' })
  url!: string;

  /** The province whose catalogue this is, for records that do not say. */
  @Property({ type: 'text', nullable: true })
  provinceCode?: string | null;

  /** Each request to the source gives up after this long: a slow source fails its own harvest only. */
  @Property({ type: 'integer' })
  timeoutMs!: number;

  @Property({ type: 'uuid' })
  registeredBy!: string;

  @Property({ type: 'text' })
  registeringProvinceCode!: string;

  @Property({ type: 'timestamptz' })
  registeredAt!: Date;

  @Property({ type: 'text', nullable: true })
  modifiedWatermark?: string | null;

  /** Harvested again this many hours after the last harvest was asked for; null = only when DIC asks. */
  @Property({ type: 'float', nullable: true })
  intervalHours?: number | null;
}

export interface HarvestFailure {
  originalId: string | null;
  reason: string;
}

/** One harvest of one source: a job with its progress and its report. */
@Entity({ tableName: 'harvest_run' })
export class HarvestRun {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  sourceId!: string;

  @Enum({ items: () => harvestStates as unknown as string[], type: 'text' })
  state!: HarvestState;

  /** Only what changed since the last harvest (CKAN); otherwise the whole catalogue, and absence is deletion. */
  @Property({ type: 'boolean' })
  incremental!: boolean;

  @Property({ type: 'uuid', nullable: true })
  requestedBy?: string | null;

  @Property({ type: 'timestamptz' })
  requestedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  startedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  finishedAt?: Date | null;

  /** Records read from the source so far: the progress while running. */
  @Property({ type: 'integer' })
  seen: Opt<number> = 0;

  @Property({ type: 'integer' })
  created: Opt<number> = 0;

  @Property({ type: 'integer' })
  updated: Opt<number> = 0;

  @Property({ type: 'integer' })
  deleted: Opt<number> = 0;

  @Property({ type: 'integer' })
  failed: Opt<number> = 0;

  @Property({ type: JsonType })
  failures: Opt<HarvestFailure[]> = [];

  /** Why the whole harvest failed (unreachable, timeout, not a catalogue). */
  @Property({ type: 'text', nullable: true })
  error?: string | null;
}

/** A dataset description harvested from a source: read-only here, with its origin. */
@Entity({ tableName: 'harvested_dataset' })
export class HarvestedDataset {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  sourceId!: string;

  @Property({ type: 'text' })
  originalId!: string;

  @Property({ type: 'text', nullable: true })
  originalUrl?: string | null;

  /** What names the dataset across catalogues (its DCAT IRI, or title and publisher): the de-duplication key. */
  @Property({ type: 'text' })
  identifier!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  description!: string;

  @Property({ type: ArrayType })
  keywords: string[] = [];

  @Property({ type: 'text', nullable: true })
  publisher?: string | null;

  @Property({ type: 'text', nullable: true })
  provinceCode?: string | null;

  @Property({ type: 'text', nullable: true })
  licence?: string | null;

  @Property({ type: 'text', nullable: true })
  downloadUrl?: string | null;

  @Property({ type: 'text', nullable: true })
  mediaType?: string | null;

  /** When the source last changed it, as the source says. */
  @Property({ type: 'timestamptz', nullable: true })
  modifiedAt?: Date | null;

  @Property({ type: 'timestamptz' })
  firstHarvestedAt!: Date;

  @Property({ type: 'timestamptz' })
  harvestedAt!: Date;

  /** Gone from the source: kept so the deletion shows, hidden from search. */
  @Property({ type: 'timestamptz', nullable: true })
  deletedAt?: Date | null;
}

import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { enumFrom } from '../../graphql/enum';
import { payloadType, type PayloadOf } from '../../graphql/payload';
import { PageInfo } from '../../graphql/page-info';
import {
  harvestStates,
  sourceKinds,
  type CatalogEntry,
  type HarvestRun,
  type HarvestSource,
  type HarvestState,
  type SourceKind,
} from './service';

export const SourceKindEnum = enumFrom('HarvestSourceKind', sourceKinds, {
  HUB: 'Một hub khác, qua GraphQL (another hub, over GraphQL)',
  CKAN: 'Cổng CKAN, qua Action API (a CKAN portal, over its Action API)',
  DCAT: 'Danh mục DCAT-AP dạng Turtle, phân trang hydra (a DCAT-AP catalogue in Turtle, hydra-paged)',
});

export const HarvestStateEnum = enumFrom('HarvestState', harvestStates, {
  QUEUED: 'Đang chờ (queued)',
  RUNNING: 'Đang thu thập (running)',
  SUCCEEDED: 'Hoàn tất (succeeded)',
  FAILED: 'Thất bại: xem lỗi (failed: see error)',
});

@ObjectType('HarvestFailure', { description: 'A record the harvest could not take, and why' })
export class HarvestFailureType {
  @Field(() => String, { nullable: true })
  originalId!: string | null;

  @Field()
  reason!: string;
}

@ObjectType('HarvestRun', { description: 'Một lần thu thập (one harvest of one source): progress and report' })
export class HarvestRunType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  sourceId!: string;

  @Field(() => HarvestStateEnum)
  state!: HarvestState;

  @Field({ description: 'Only what changed since the last harvest (CKAN)' })
  incremental!: boolean;

  @Field()
  requestedAt!: Date;

  @Field(() => Date, { nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  finishedAt?: Date | null;

  @Field(() => Int, { description: 'Records read so far' })
  seen!: number;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  deleted!: number;

  @Field(() => Int)
  failed!: number;

  @Field(() => [HarvestFailureType], { description: 'The first hundred failed records with their reasons' })
  failures!: HarvestFailureType[];

  @Field(() => String, { nullable: true, description: 'Why the whole harvest failed (unreachable, timeout…)' })
  error?: string | null;
}

@ObjectType('HarvestSource', { description: 'Nguồn thu thập (a remote catalogue harvested into this hub)' })
export class HarvestSourceType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => SourceKindEnum)
  kind!: SourceKind;

  @Field()
  url!: string;

  @Field(() => String, { nullable: true, description: 'The province of records that do not state one' })
  provinceCode?: string | null;

  @Field(() => Number, { nullable: true, description: 'Harvested again every this many hours; null = only on request' })
  intervalHours?: number | null;

  @Field()
  registeredAt!: Date;
}

@ObjectType('DatasetOrigin', { description: 'Nguồn gốc (where a harvested dataset comes from)' })
export class DatasetOriginType {
  @Field()
  sourceName!: string;

  @Field(() => SourceKindEnum)
  sourceKind!: SourceKind;

  @Field({ description: 'The id the source gives it' })
  originalId!: string;

  @Field(() => String, { nullable: true, description: 'Its page at the source' })
  originalUrl!: string | null;

  @Field()
  harvestedAt!: Date;
}

@ObjectType('CatalogEntry', { description: 'A dataset of this hub or harvested from another catalogue (read-only here)' })
export class CatalogEntryType {
  /** Resolved by CatalogEntryResolver from the local dataset or the harvested copy. */
  entry!: CatalogEntry;
}

@ObjectType()
export class CatalogEntryEdge {
  @Field()
  cursor!: string;

  @Field(() => CatalogEntryType)
  node!: CatalogEntry;
}

@ObjectType()
export class CatalogEntryConnection {
  @Field(() => [CatalogEntryEdge])
  edges!: CatalogEntryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  countTotal!: () => Promise<number>;
}

@InputType('RegisterHarvestSourceInput')
export class RegisterHarvestSourceInputType {
  @Field()
  name!: string;

  @Field(() => SourceKindEnum)
  kind!: SourceKind;

  @Field({ description: 'HUB: its /graphql; CKAN: the site root; DCAT: the first page, e.g. …/catalog.ttl' })
  url!: string;

  @Field(() => String, { nullable: true })
  provinceCode?: string | null;

  @Field(() => Number, { nullable: true, description: 'Each request gives up after this long; 10 by default' })
  timeoutSeconds?: number | null;

  @Field(() => Number, { nullable: true, description: 'Harvest again every this many hours (at least 0.25); null = only on request' })
  intervalHours?: number | null;
}

export const HarvestSourcePayload = payloadType('HarvestSourcePayload', 'source', () => HarvestSourceType);
export type HarvestSourcePayload = PayloadOf<'source', HarvestSource>;

export const HarvestRunPayload = payloadType('HarvestRunPayload', 'run', () => HarvestRunType);
export type HarvestRunPayload = PayloadOf<'run', HarvestRun>;

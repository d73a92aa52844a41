import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import { downloadPathOf, type Dataset } from '../catalog/service';
import { DatasetType } from '../catalog/types';
import type { CatalogEntry, HarvestRun, HarvestSource, Origin } from './service';
import {
  CatalogEntryConnection,
  CatalogEntryType,
  DatasetOriginType,
  HarvestRunPayload,
  HarvestRunType,
  HarvestSourcePayload,
  HarvestSourceType,
  RegisterHarvestSourceInputType,
} from './types';

@Resolver(() => HarvestSourceType)
export class HarvestSourceResolver {
  @Query(() => [HarvestSourceType], { description: 'Remote catalogues DIC of your province registered' })
  harvestSources(@Ctx() { viewer, services }: HubContext): Promise<HarvestSource[]> {
    return services.federation.sources(viewer);
  }

  @Query(() => HarvestRunType, { nullable: true, description: 'A harvest with its progress and report' })
  harvestRun(@Ctx() { viewer, services }: HubContext, @Arg('id', () => ID) id: string): Promise<HarvestRun | null> {
    return services.federation.run(viewer, id);
  }

  @Mutation(() => HarvestSourcePayload, { description: 'DIC registers a remote catalogue to harvest' })
  registerHarvestSource(
    @Ctx() { viewer, services }: HubContext,
    @Arg('input', () => RegisterHarvestSourceInputType) input: RegisterHarvestSourceInputType,
  ): Promise<HarvestSourcePayload> {
    return payloadOf('source', () => services.federation.registerSource(viewer, input));
  }

  @Mutation(() => HarvestSourcePayload, { description: 'DIC sets how often a source is harvested (null: only on request)' })
  setHarvestSchedule(
    @Ctx() { viewer, services }: HubContext,
    @Arg('sourceId', () => ID) sourceId: string,
    @Arg('intervalHours', () => Number, { nullable: true }) intervalHours: number | null,
  ): Promise<HarvestSourcePayload> {
    return payloadOf('source', () => services.federation.setSchedule(viewer, sourceId, intervalHours));
  }

  @Mutation(() => HarvestRunPayload, { description: 'DIC queues a harvest; CKAN reads only changes unless full' })
  requestHarvest(
    @Ctx() { viewer, services }: HubContext,
    @Arg('sourceId', () => ID) sourceId: string,
    @Arg('full', () => Boolean, { defaultValue: false }) full: boolean,
  ): Promise<HarvestRunPayload> {
    return payloadOf('run', () => services.federation.requestHarvest(viewer, sourceId, full));
  }

  @FieldResolver(() => HarvestRunType, { nullable: true })
  lastRun(@Root() source: HarvestSource, @Ctx() { loaders }: HubContext): Promise<HarvestRun | null> {
    return loaders.latestHarvestRunBySourceId.load(source.id);
  }

  @FieldResolver(() => Number)
  timeoutSeconds(@Root() source: HarvestSource): number {
    return source.timeoutMs / 1000;
  }
}

@Resolver(() => CatalogEntryConnection)
export class CatalogEntryConnectionResolver {
  @Query(() => CatalogEntryConnection, {
    description: 'One search over this hub’s datasets and those harvested from other catalogues, each with its origin',
  })
  async federatedSearch(
    @Ctx() { viewer, services }: HubContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('search', () => String, { nullable: true }) search?: string | null,
    @Arg('provinceCodes', () => [String], { nullable: true }) provinceCodes?: string[] | null,
  ): Promise<CatalogEntryConnection> {
    const page = await services.federation.search(viewer, { first, after, search, provinceCodes });
    return {
      edges: page.entries.map(({ cursor, entry }) => ({ cursor, node: entry })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      countTotal: page.countTotal,
    };
  }

  @FieldResolver(() => Int)
  totalCount(@Root() connection: CatalogEntryConnection): Promise<number> {
    return connection.countTotal();
  }
}

@Resolver(() => CatalogEntryType)
export class CatalogEntryResolver {
  @FieldResolver(() => ID, { description: 'The local dataset’s id, or the harvested copy’s' })
  id(@Root() entry: CatalogEntry): string {
    return entry.kind === 'LOCAL' ? entry.dataset.id : entry.hit.id;
  }

  @FieldResolver(() => String)
  title(@Root() entry: CatalogEntry): string {
    return entry.kind === 'LOCAL' ? entry.dataset.title : entry.hit.title;
  }

  @FieldResolver(() => String)
  description(@Root() entry: CatalogEntry): string {
    return entry.kind === 'LOCAL' ? entry.dataset.description : entry.hit.description;
  }

  @FieldResolver(() => [String])
  keywords(@Root() entry: CatalogEntry): string[] {
    return entry.kind === 'LOCAL' ? entry.dataset.keywords : entry.hit.keywords;
  }

  @FieldResolver(() => String, { nullable: true })
  provinceCode(@Root() entry: CatalogEntry): string | null {
    return entry.kind === 'LOCAL' ? entry.dataset.provinceCode : entry.hit.provinceCode;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The publishing agency’s name' })
  async publisher(@Root() entry: CatalogEntry, @Ctx() { loaders }: HubContext): Promise<string | null> {
    if (entry.kind === 'HARVESTED') return entry.hit.publisher;
    return (await loaders.agencyById.load(entry.dataset.ownerAgencyId))?.name ?? null;
  }

  @FieldResolver(() => String, { nullable: true })
  licence(@Root() entry: CatalogEntry): string | null {
    return entry.kind === 'LOCAL' ? entry.dataset.licence : entry.hit.licence;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Last changed, as its catalogue says' })
  modifiedAt(@Root() entry: CatalogEntry): Date | null {
    return entry.kind === 'LOCAL' ? entry.dataset.updatedAt : entry.hit.modifiedAt;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Anonymous download; a harvested file redirects to its source' })
  downloadPath(@Root() entry: CatalogEntry): string | null {
    if (entry.kind === 'HARVESTED') return entry.hit.downloadUrl ? `/harvested/${entry.hit.id}/download` : null;
    return downloadPathOf(entry.dataset);
  }

  @FieldResolver(() => DatasetOriginType, { nullable: true, description: 'Where it was harvested from; null for this hub’s own datasets' })
  origin(@Root() entry: CatalogEntry): Origin | null {
    return entry.kind === 'HARVESTED' ? entry.hit.origin : null;
  }

  @FieldResolver(() => [DatasetOriginType], { description: 'Other catalogues the same dataset was harvested from (de-duplicated)' })
  otherOrigins(@Root() entry: CatalogEntry): Origin[] {
    return entry.kind === 'HARVESTED' ? entry.otherOrigins : [];
  }

  @FieldResolver(() => DatasetType, { nullable: true, description: 'This hub’s dataset, for local entries' })
  dataset(@Root() entry: CatalogEntry): Dataset | null {
    return entry.kind === 'LOCAL' ? entry.dataset : null;
  }
}

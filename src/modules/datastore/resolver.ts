import DataLoader from 'dataloader';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import type { Dataset, Distribution } from '../catalog/service';
import { DatasetPayload, DatasetType, DistributionType } from '../catalog/types';
import { columnsOf, type DatasetColumn, type DatasetVersion, type IngestionJob } from './service';
import { DatasetColumnType, DatasetVersionType, IngestionJobType } from './types';

interface DatastoreLoaders {
  versions: DataLoader<string, DatasetVersion[]>;
  jobs: DataLoader<string, IngestionJob[]>;
}

/** Per request, like graphql/loaders.ts: one statement per field whatever the page size. */
const loadersOfRequest = new WeakMap<HubContext, DatastoreLoaders>();

function loadersOf(context: HubContext): DatastoreLoaders {
  let loaders = loadersOfRequest.get(context);
  if (!loaders) {
    const { datastore } = context.services;
    loaders = {
      versions: new DataLoader(async (ids) => {
        const byDataset = await datastore.versionsOf(ids);
        return ids.map((id) => byDataset.get(id) ?? []);
      }),
      jobs: new DataLoader(async (ids) => {
        const byDataset = await datastore.jobsOf(ids);
        return ids.map((id) => byDataset.get(id) ?? []);
      }),
    };
    loadersOfRequest.set(context, loaders);
  }
  return loaders;
}

/**
 * Versions hang off a dataset, so whoever may see it sees them. Files and ingestions are
 * shown whole only to those who manage the dataset: to anyone else a file exists once it
 * became a version, and an upload that failed (with its report) is the owner's business.
 */
@Resolver(() => DatasetType)
export class DatasetVersionsResolver {
  @FieldResolver(() => [DistributionType], { description: 'Files, newest first: to the public, only those that became a version' })
  async distributions(@Root() dataset: Dataset, @Ctx() context: HubContext): Promise<Distribution[]> {
    const files = await context.loaders.distributionsByDatasetId.load(dataset.id);
    if (context.services.catalog.mayManage(context.viewer, dataset)) return files;
    const versioned = new Set((await loadersOf(context).versions.load(dataset.id)).map((version) => version.distributionId));
    return files.filter((file) => versioned.has(file.id));
  }

  @FieldResolver(() => [DatasetVersionType], { description: 'Every version, newest first' })
  versions(@Root() dataset: Dataset, @Ctx() context: HubContext): Promise<DatasetVersion[]> {
    return loadersOf(context).versions.load(dataset.id);
  }

  @FieldResolver(() => DatasetVersionType, { nullable: true, description: 'What open data serves (002 §20.1b)' })
  async latestVersion(@Root() dataset: Dataset, @Ctx() context: HubContext): Promise<DatasetVersion | null> {
    return (await loadersOf(context).versions.load(dataset.id))[0] ?? null;
  }

  @FieldResolver(() => [DatasetColumnType], {
    description:
      'Các cột và kiểu dữ liệu (columns, types and descriptions) of the latest version, or of the declared Table Schema before any: what an e-form names; never the rows',
  })
  async columns(@Root() dataset: Dataset, @Ctx() context: HubContext): Promise<DatasetColumn[]> {
    const [latest] = await loadersOf(context).versions.load(dataset.id);
    return columnsOf(latest?.tableSchema ?? dataset.tableSchema ?? null);
  }

  @Mutation(() => DatasetPayload, {
    description:
      'Chủ sở hữu xác nhận Table Schema (the owner confirms the Table Schema, e.g. the inferred one); the current file is ingested again under it',
  })
  confirmTableSchema(
    @Ctx() { viewer, services }: HubContext,
    @Arg('slug') slug: string,
    @Arg('tableSchema', () => GraphQLJSONObject) tableSchema: Record<string, unknown>,
  ): Promise<DatasetPayload> {
    return payloadOf('dataset', () => services.datastore.confirmTableSchema(viewer, slug, tableSchema));
  }

  @FieldResolver(() => [IngestionJobType], {
    description: 'The latest ingestions of its files, newest first; empty unless you manage the dataset',
  })
  async ingestionJobs(@Root() dataset: Dataset, @Ctx() context: HubContext): Promise<IngestionJob[]> {
    if (!context.services.catalog.mayManage(context.viewer, dataset)) return [];
    return loadersOf(context).jobs.load(dataset.id);
  }
}

@Resolver(() => IngestionJobType)
export class IngestionJobResolver {
  @Query(() => IngestionJobType, { nullable: true, description: 'An ingestion, its progress and its problems, if you manage its dataset' })
  ingestionJob(@Ctx() { viewer, services }: HubContext, @Arg('id', () => ID) id: string): Promise<IngestionJob | null> {
    return services.datastore.findJob(viewer, id);
  }
}

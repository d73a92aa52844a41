import DataLoader from 'dataloader';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import type { Dataset } from '../catalog/service';
import { DatasetPayload, DatasetType } from '../catalog/types';
import type { DatasetVersion, IngestionJob } from './service';
import { DatasetVersionType, IngestionJobType } from './types';

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

/** Versions and ingestion jobs hang off a dataset, so whoever may see it sees them. */
@Resolver(() => DatasetType)
export class DatasetVersionsResolver {
  @FieldResolver(() => [DatasetVersionType], { description: 'Every version, newest first' })
  versions(@Root() dataset: Dataset, @Ctx() context: HubContext): Promise<DatasetVersion[]> {
    return loadersOf(context).versions.load(dataset.id);
  }

  @FieldResolver(() => DatasetVersionType, { nullable: true, description: 'What open data serves (002 §20.1b)' })
  async latestVersion(@Root() dataset: Dataset, @Ctx() context: HubContext): Promise<DatasetVersion | null> {
    return (await loadersOf(context).versions.load(dataset.id))[0] ?? null;
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

  @FieldResolver(() => [IngestionJobType], { description: 'The latest ingestions of its files, newest first' })
  ingestionJobs(@Root() dataset: Dataset, @Ctx() context: HubContext): Promise<IngestionJob[]> {
    return loadersOf(context).jobs.load(dataset.id);
  }
}

@Resolver(() => IngestionJobType)
export class IngestionJobResolver {
  @Query(() => IngestionJobType, { nullable: true, description: 'An ingestion and its progress, if its dataset is visible to you' })
  ingestionJob(@Ctx() { viewer, services }: HubContext, @Arg('id', () => ID) id: string): Promise<IngestionJob | null> {
    return services.datastore.findJob(viewer, id);
  }
}

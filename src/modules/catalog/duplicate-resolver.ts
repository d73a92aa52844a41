import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import { DuplicateFlagPayload, DuplicateFlagType, DuplicateOverrideType } from './duplicate-types';
import type { Dataset, DuplicateFlag, DuplicateOverride } from './service';
import { DatasetType } from './types';

@Resolver(() => DuplicateFlagType)
export class DuplicateFlagResolver {
  @Query(() => [DuplicateFlagType], { description: "DIC: open flags of likely duplicates in the province's catalogue (002 §4.2b)" })
  duplicateFlags(@Ctx() { viewer, services }: HubContext): Promise<DuplicateFlag[]> {
    return services.catalog.openDuplicateFlags(viewer);
  }

  @Mutation(() => DuplicateFlagPayload, { description: 'DIC: the flagged datasets are not duplicates' })
  clearDuplicateFlag(@Ctx() { viewer, services }: HubContext, @Arg('id', () => ID) id: string): Promise<DuplicateFlagPayload> {
    return payloadOf('flag', () => services.catalog.clearDuplicateFlag(viewer, id));
  }

  @FieldResolver(() => DatasetType, { nullable: true })
  dataset(@Root() flag: DuplicateFlag, @Ctx() { loaders }: HubContext): Promise<Dataset | null> {
    return loaders.datasetById.load(flag.datasetId);
  }

  @FieldResolver(() => DatasetType, { nullable: true })
  similarTo(@Root() flag: DuplicateFlag, @Ctx() { loaders }: HubContext): Promise<Dataset | null> {
    return loaders.datasetById.load(flag.similarToId);
  }
}

@Resolver(() => DatasetType)
export class DatasetDuplicatesResolver {
  @FieldResolver(() => [DuplicateOverrideType], { description: 'Duplicates DIC allowed, with the reasons (002 §4.2b)' })
  duplicateOverrides(@Root() dataset: Dataset, @Ctx() { loaders }: HubContext): Promise<DuplicateOverride[]> {
    return loaders.duplicateOverridesByDatasetId.load(dataset.id);
  }
}

import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import type { Dataset } from '../catalog/service';
import { DatasetType } from '../catalog/types';
import type { DatasetQuality, DatasetUsage } from './service';
import { DatasetQualityType, DatasetUsageDayType, LanguageEnum, type Language } from './types';

const day = 24 * 60 * 60 * 1000;

/** Per request: a page of datasets asking for their quality reads their versions in one statement. */
const qualityLoaders = new WeakMap<HubContext, DataLoader<Dataset, DatasetQuality, string>>();

function qualityLoaderOf(context: HubContext): DataLoader<Dataset, DatasetQuality, string> {
  let loader = qualityLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(
      async (datasets) => {
        const qualities = await context.services.openData.qualitiesOf(datasets);
        return datasets.map((dataset) => qualities.get(dataset.id)!);
      },
      { cacheKeyFn: (dataset) => dataset.id },
    );
    qualityLoaders.set(context, loader);
  }
  return loader;
}

/** What open data adds to a dataset: its terms, a citation, its demand. */
@Resolver(() => DatasetType)
export class OpenDataResolver {
  @FieldResolver(() => String, { description: 'Điều khoản sử dụng dữ liệu mở (terms of use, 002 §20.2)' })
  termsOfUse(@Ctx() { services }: HubContext, @Arg('language', () => LanguageEnum, { defaultValue: 'VI' }) language: Language): string {
    return services.openData.termsOfUse(language === 'EN' ? 'en' : 'vi');
  }

  @FieldResolver(() => String, { description: 'Trích dẫn nguồn sẵn dùng (a ready citation: users must cite the source, 002 §20.2)' })
  async citation(@Root() dataset: Dataset, @Ctx() { services, loaders }: HubContext): Promise<string> {
    const owner = await loaders.agencyById.load(dataset.ownerAgencyId);
    return services.openData.citation(dataset, owner?.name ?? '');
  }

  @FieldResolver(() => DatasetQualityType, { description: 'Chất lượng của bộ dữ liệu (quality: completeness, schema, freshness)' })
  async quality(@Root() dataset: Dataset, @Ctx() context: HubContext): Promise<DatasetQuality> {
    return qualityLoaderOf(context).load(dataset);
  }

  @FieldResolver(() => Int, { description: 'Downloads and API reads since publication: the "most used" order' })
  usageTotal(@Root() dataset: Dataset): number {
    return Number(dataset.usageTotal);
  }

  @FieldResolver(() => [DatasetUsageDayType], { description: 'Downloads and API reads per day (002 §20.1h); the last 30 days by default' })
  usage(
    @Root() dataset: Dataset,
    @Ctx() { loaders, services }: HubContext,
    @Arg('from', () => String, { nullable: true, description: 'YYYY-MM-DD' }) from?: string | null,
    @Arg('to', () => String, { nullable: true, description: 'YYYY-MM-DD' }) to?: string | null,
  ): Promise<DatasetUsage[]> {
    const today = services.openData.today();
    const until = to ?? today;
    const since = from ?? new Date(Date.parse(until) - 29 * day).toISOString().slice(0, 10);
    return loaders.usageByDatasetId.load({ datasetId: dataset.id, from: since, to: until });
  }
}

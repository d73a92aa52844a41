import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { payloadOf } from '../../graphql/payload';
import type { Agency } from '../agencies/service';
import { AgencyType } from '../agencies/types';
import { downloadPathOf, howToRequestAccess, type Dataset, type DatasetFacets, type DatasetOwnershipTransfer, type DatasetSort } from './service';
import {
  DatasetConnection,
  DatasetFacetsType,
  DatasetFilterInput,
  DatasetOwnershipTransferType,
  DatasetPayload,
  DatasetSortEnum,
  DatasetType,
  RegisterDatasetInputType,
  UpdateDatasetInputType,
} from './types';

@Resolver(() => DatasetConnection)
export class DatasetConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many datasets match, over all pages' })
  totalCount(@Root() connection: DatasetConnection): Promise<number> {
    return connection.countTotal();
  }

  @FieldResolver(() => DatasetFacetsType)
  facets(@Root() connection: DatasetConnection): Promise<DatasetFacets> {
    return connection.facets();
  }
}

@Resolver(() => DatasetType)
export class DatasetResolver {
  @Query(() => DatasetConnection, { description: 'Datasets the viewer may see, newest first (open data for everyone)' })
  async datasets(
    @Ctx() { viewer, services }: HubContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('search', () => String, {
      nullable: true,
      description: 'Words found in title, keywords, owner or description, with or without diacritics; ranks by relevance',
    })
    search?: string | null,
    @Arg('filter', () => DatasetFilterInput, { nullable: true }) filter?: DatasetFilterInput | null,
    @Arg('sort', () => DatasetSortEnum, { nullable: true, description: 'NEWEST by default; RELEVANCE when searching' })
    sort?: DatasetSort | null,
  ): Promise<DatasetConnection> {
    const page = await services.catalog.listDatasets(viewer, { first, after, search, filter, sort });
    return {
      // A cursor is encoded only if the query asks for it (most pages ask for endCursor only).
      edges: page.nodes.map((node) => ({
        get cursor() {
          return page.cursorOf(node);
        },
        node,
      })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      countTotal: page.countTotal,
      facets: page.facets,
    };
  }

  @Query(() => DatasetType, { nullable: true })
  dataset(@Ctx() { viewer, services }: HubContext, @Arg('slug', () => String) slug: string): Promise<Dataset | null> {
    return services.catalog.findBySlug(viewer, slug);
  }

  @Mutation(() => DatasetPayload, { description: 'Registers a dataset for exactly one owning agency (002 §4.2a)' })
  registerDataset(@Ctx() { viewer, services }: HubContext, @Arg('input', () => RegisterDatasetInputType) input: RegisterDatasetInputType): Promise<DatasetPayload> {
    return payloadOf('dataset', () => services.catalog.registerDataset(viewer, input));
  }

  @Mutation(() => DatasetPayload, {
    description:
      'Sửa thông tin mô tả của bộ dữ liệu (corrects a dataset’s metadata) under the rules of registration; audited; a change after approval needs the council again',
  })
  updateDataset(
    @Ctx() { viewer, services }: HubContext,
    @Arg('slug', () => String) slug: string,
    @Arg('input', () => UpdateDatasetInputType) input: UpdateDatasetInputType,
  ): Promise<DatasetPayload> {
    return payloadOf('dataset', () => services.catalog.updateDataset(viewer, slug, input));
  }

  @Mutation(() => DatasetPayload, {
    description:
      'Sở TTTT xác nhận đưa bộ dữ liệu hạn chế đã đạt chuẩn vào danh mục dữ liệu dùng chung (DIC lists a COMPLIANT RESTRICTED dataset in the catalogue of shared data, 002 §30, §27.1); again to change metadataPublic; audited',
  })
  confirmSharedListing(
    @Ctx() { viewer, services }: HubContext,
    @Arg('slug', () => String) slug: string,
    @Arg('metadataPublic', () => Boolean, { defaultValue: false, description: 'Show the metadata (never the rows) to anyone, anonymous included' })
    metadataPublic: boolean,
  ): Promise<DatasetPayload> {
    return payloadOf('dataset', () => services.catalog.confirmSharedListing(viewer, slug, metadataPublic));
  }

  @Mutation(() => DatasetPayload, {
    description: 'Sở TTTT rút bộ dữ liệu khỏi danh mục dữ liệu dùng chung, có lý do (DIC withdraws it from the catalogue of shared data, with a reason); grants stay',
  })
  withdrawSharedListing(
    @Ctx() { viewer, services }: HubContext,
    @Arg('slug', () => String) slug: string,
    @Arg('reason', () => String) reason: string,
  ): Promise<DatasetPayload> {
    return payloadOf('dataset', () => services.catalog.withdrawSharedListing(viewer, slug, reason));
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Cách đề nghị khai thác (how to obtain the rows of RESTRICTED data: the e-form, 002 §27.2); null for open and personal data',
  })
  howToRequestAccess(@Root() dataset: Dataset): string | null {
    return dataset.accessLevel === 'RESTRICTED' ? howToRequestAccess : null;
  }

  @FieldResolver(() => AgencyType, { description: 'The one owning agency' })
  owner(@Root() dataset: Dataset, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return loaders.agencyById.load(dataset.ownerAgencyId);
  }

  @FieldResolver(() => [DatasetOwnershipTransferType], { description: 'Earlier owners and when ownership passed on, oldest first' })
  ownershipHistory(@Root() dataset: Dataset, @Ctx() { loaders }: HubContext): Promise<DatasetOwnershipTransfer[]> {
    return loaders.ownershipHistoryByDatasetId.load(dataset.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Anonymous download of the latest CSV, once published' })
  downloadPath(@Root() dataset: Dataset): string | null {
    return downloadPathOf(dataset);
  }
}

@Resolver(() => DatasetOwnershipTransferType)
export class DatasetOwnershipTransferResolver {
  @FieldResolver(() => AgencyType, { nullable: true })
  from(@Root() transfer: DatasetOwnershipTransfer, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return loaders.agencyById.load(transfer.fromAgencyId);
  }

  @FieldResolver(() => AgencyType, { nullable: true })
  to(@Root() transfer: DatasetOwnershipTransfer, @Ctx() { loaders }: HubContext): Promise<Agency | null> {
    return loaders.agencyById.load(transfer.toAgencyId);
  }
}

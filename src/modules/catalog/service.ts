import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { BlobStore } from '../../storage/blob-store';
import type { Clock } from '../../shared/clock';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../shared/errors';
import { slugify } from '../../shared/text';
import { hasRole, type Viewer } from '../../shared/viewer';
import type { AgencyService } from '../agencies/service';
import { decodeCursor, encodeCursor } from './cursor';
import { Dataset, Distribution } from './entities';
import { registrationProblems, type RegisterDatasetInput } from './registration';
import { mayManage, openData, visibleTo } from './visibility';

export type { Dataset, Distribution, AccessLevel, DataCategory, ReviewState } from './entities';
export { accessLevels, dataCategories, reviewStates } from './entities';
export type { RegisterDatasetInput } from './registration';

export interface DatasetPage {
  nodes: Dataset[];
  endCursor: string | null;
  hasNextPage: boolean;
  countTotal(): Promise<number>;
}

export interface DatasetListing {
  first: number;
  after?: string | null;
  search?: string | null;
}

export interface UploadedFile {
  content: Readable;
  originalName: string;
  mediaType: string;
}

export interface CatalogDatasetSpec extends Omit<RegisterDatasetInput, 'slug'> {
  slug: string;
  provinceCode: string;
  temporalFrom?: string;
  temporalTo?: string;
  tableSchema?: Record<string, unknown>;
}

export interface RecordedDistribution {
  distribution: Distribution;
  /** False when the dataset already had a file with this content. */
  created: boolean;
}

export const maxPageSize = 100;

/** The dataset registry: 002 §4 (one owner, no duplicates) and §30 (what is published). */
export class CatalogService {
  constructor(
    private readonly em: EntityManager,
    private readonly agencies: AgencyService,
    private readonly blobs: BlobStore,
    private readonly clock: Clock,
    private readonly maxUploadBytes: number,
  ) {}

  /**
   * A page of the datasets the viewer may see. Rows are read as plain objects, not tracked
   * entities: a listing changes nothing, and hydration was the largest cost of a page.
   */
  async listDatasets(viewer: Viewer, listing: DatasetListing): Promise<DatasetPage> {
    if (!Number.isInteger(listing.first) || listing.first < 1 || listing.first > maxPageSize) {
      throw new InputError([{ field: 'first', message: `từ 1 đến ${maxPageSize} (between 1 and ${maxPageSize})` }]);
    }
    const visible = this.em.createQueryBuilder(Dataset, 'd').where(visibleTo(viewer));
    const search = listing.search?.trim();
    if (search) {
      visible.andWhere('unaccent(lower(d.title)) like unaccent(lower(?))', [`%${escapeLike(search)}%`]);
    }
    const page = visible.clone();
    if (listing.after) {
      const cursor = decodeCursor(listing.after);
      page.andWhere('(d.created_at, d.id) < (?, ?)', [cursor.createdAt, cursor.id]);
    }
    const rows = await page.orderBy({ createdAt: 'desc', id: 'desc' }).limit(listing.first + 1).execute<Dataset[]>('all', true);
    const nodes = rows.slice(0, listing.first);
    const last = nodes.at(-1);
    return {
      nodes,
      hasNextPage: rows.length > listing.first,
      endCursor: last ? encodeCursor(last) : null,
      // Counted only when a client asks for it.
      countTotal: () => visible.getCount(),
    };
  }

  findBySlug(viewer: Viewer, slug: string): Promise<Dataset | null> {
    return this.em.findOne(Dataset, { $and: [{ slug }, visibleTo(viewer)] });
  }

  async distributionsOf(datasetIds: readonly string[]): Promise<Map<string, Distribution[]>> {
    const rows = await this.em
      .createQueryBuilder(Distribution, 'f')
      .where({ datasetId: { $in: [...datasetIds] } })
      .orderBy({ createdAt: 'desc', id: 'desc' })
      .execute<Distribution[]>('all', true);
    const byDataset = new Map<string, Distribution[]>(datasetIds.map((id) => [id, []]));
    for (const row of rows) byDataset.get(row.datasetId)?.push(row);
    return byDataset;
  }

  /** 002 §4.2a: a dataset is registered by, and belongs to, exactly one agency. */
  async registerDataset(viewer: Viewer, input: RegisterDatasetInput): Promise<Dataset> {
    if (viewer.kind === 'anonymous') throw new ForbiddenError();
    const problems = registrationProblems(input);
    if (problems.length > 0) throw new InputError(problems);
    const owner = await this.agencies.findByCode(viewer.provinceCode, input.ownerCode.trim());
    if (!owner) {
      throw new InputError([{ field: 'ownerCode', message: `không có cơ quan "${input.ownerCode}" trong tỉnh (unknown agency in this province)` }]);
    }
    const stewardOfOwner = hasRole(viewer, 'DATA_STEWARD') && viewer.agencyId === owner.id;
    if (!stewardOfOwner && !hasRole(viewer, 'DIC_ADMIN')) {
      throw new ForbiddenError('Chỉ cán bộ quản lý dữ liệu của cơ quan chủ quản được đăng ký (only a data steward of the owning agency may register)');
    }
    const slug = input.slug ?? slugify(input.title);
    if (!slug) throw new InputError([{ field: 'slug', message: 'không tạo được từ tiêu đề (cannot be derived from the title)' }]);
    const now = this.clock.now();
    const dataset = this.em.create(Dataset, {
      id: randomUUID(),
      slug,
      provinceCode: owner.provinceCode,
      ownerAgencyId: owner.id,
      title: input.title.trim(),
      titleEn: input.titleEn ?? null,
      description: input.description.trim(),
      descriptionEn: input.descriptionEn ?? null,
      category: input.category,
      accessLevel: input.accessLevel,
      licence: input.licence.trim(),
      keywords: input.keywords ?? [],
      updateFrequency: input.updateFrequency ?? null,
      source: input.source ?? null,
      reviewState: 'DRAFT',
      createdAt: now,
      updatedAt: now,
    });
    try {
      await this.em.flush();
    } catch (error) {
      this.em.clear();
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(`Đã có bộ dữ liệu với địa chỉ "${slug}" (a dataset with this slug already exists)`, 'slug');
      }
      throw error;
    }
    return dataset;
  }

  /**
   * Makes a public dataset open data. DIC confirms publication (002 §30.2); the council's
   * compliance review will stand in front of this once it exists.
   */
  async publishDataset(viewer: Viewer, slug: string): Promise<Dataset> {
    const dataset = await this.findBySlug(viewer, slug);
    if (!dataset) throw new NotFoundError(`Không có bộ dữ liệu "${slug}" (no such dataset)`);
    if (!hasRole(viewer, 'DIC_ADMIN') || viewer.provinceCode !== dataset.provinceCode) {
      throw new ForbiddenError('Chỉ Sở Thông tin và Truyền thông của tỉnh được công bố (only the province DIC may publish, 002 §30.2)');
    }
    if (dataset.accessLevel !== 'PUBLIC') {
      throw new InputError([{ field: 'slug', message: 'chỉ dữ liệu công khai được công bố là dữ liệu mở (only PUBLIC data can be published as open data)' }]);
    }
    if ((await this.em.count(Distribution, { datasetId: dataset.id })) === 0) {
      throw new InputError([{ field: 'slug', message: 'chưa có tệp dữ liệu nào (the dataset has no file yet)' }]);
    }
    if (!dataset.publishedAt) {
      dataset.publishedAt = this.clock.now();
      dataset.updatedAt = dataset.publishedAt;
      await this.em.flush();
    }
    return dataset;
  }

  /**
   * Stores an uploaded file under its sha256 and records it as a distribution. The same
   * content twice is one distribution; a failure leaves neither a row nor an orphan blob.
   */
  async addDistribution(viewer: Viewer, slug: string, file: UploadedFile): Promise<Distribution> {
    const dataset = await this.findBySlug(viewer, slug);
    if (!dataset) throw new NotFoundError(`Không có bộ dữ liệu "${slug}" (no such dataset)`);
    if (!mayManage(viewer, dataset)) throw new ForbiddenError();
    const blob = await this.blobs.put(file.content, { maxBytes: this.maxUploadBytes });
    try {
      return (await this.recordDistribution(dataset, blob, file)).distribution;
    } catch (error) {
      if (!blob.alreadyExisted) await this.blobs.delete(blob.sha256);
      throw error;
    }
  }

  /** The latest CSV of a published public dataset; unknown and non-public look the same. */
  async latestOpenCsv(slug: string): Promise<{ dataset: Dataset; distribution: Distribution }> {
    const dataset = await this.em.findOne(Dataset, { $and: [{ slug }, openData] });
    const distribution = dataset
      ? await this.em.findOne(Distribution, { datasetId: dataset.id, mediaType: 'text/csv' }, { orderBy: { createdAt: 'desc', id: 'desc' } })
      : null;
    if (!dataset || !distribution) throw new NotFoundError(`Không có dữ liệu mở "${slug}" (no such open dataset)`);
    return { dataset, distribution };
  }

  openBlob(sha256: string): Promise<Readable> {
    return this.blobs.get(sha256);
  }

  /** Catalogue-as-code import (trusted): creates or updates by slug. */
  async upsertFromCatalog(spec: CatalogDatasetSpec): Promise<Dataset> {
    const owner = await this.agencies.findByCode(spec.provinceCode, spec.ownerCode);
    if (!owner) throw new Error(`dataset ${spec.slug}: owner ${spec.ownerCode} is not known in ${spec.provinceCode}`);
    const now = this.clock.now();
    const dataset =
      (await this.em.findOne(Dataset, { slug: spec.slug })) ??
      this.em.create(Dataset, { id: randomUUID(), slug: spec.slug, createdAt: now, updatedAt: now, reviewState: 'DRAFT' } as Dataset);
    this.em.assign(dataset, {
      provinceCode: spec.provinceCode,
      ownerAgencyId: owner.id,
      title: spec.title,
      titleEn: spec.titleEn ?? null,
      description: spec.description,
      descriptionEn: spec.descriptionEn ?? null,
      category: spec.category,
      accessLevel: spec.accessLevel,
      licence: spec.licence,
      keywords: spec.keywords ?? [],
      updateFrequency: spec.updateFrequency ?? null,
      temporalFrom: spec.temporalFrom ?? null,
      temporalTo: spec.temporalTo ?? null,
      source: spec.source ?? null,
      tableSchema: spec.tableSchema ?? null,
    });
    await this.em.flush();
    return dataset;
  }

  /** Catalogue-as-code import: adds the file unless the dataset already has this content. */
  async importDistribution(datasetId: string, file: UploadedFile): Promise<RecordedDistribution> {
    const dataset = await this.em.findOneOrFail(Dataset, { id: datasetId });
    const blob = await this.blobs.put(file.content, { maxBytes: this.maxUploadBytes });
    return this.recordDistribution(dataset, blob, file);
  }

  /** Catalogue-as-code import: publication as the catalogue states it. */
  async markPublished(datasetId: string): Promise<void> {
    const dataset = await this.em.findOneOrFail(Dataset, { id: datasetId });
    if (dataset.publishedAt) return;
    dataset.publishedAt = this.clock.now();
    await this.em.flush();
  }

  private async recordDistribution(dataset: Dataset, blob: { sha256: string; byteSize: number }, file: UploadedFile): Promise<RecordedDistribution> {
    const existing = await this.em.findOne(Distribution, { datasetId: dataset.id, sha256: blob.sha256 });
    if (existing) return { distribution: existing, created: false };
    const now = this.clock.now();
    const distribution = this.em.create(Distribution, {
      id: randomUUID(),
      datasetId: dataset.id,
      sha256: blob.sha256,
      byteSize: blob.byteSize,
      mediaType: file.mediaType,
      originalName: file.originalName,
      createdAt: now,
    });
    dataset.updatedAt = now;
    await this.em.flush();
    return { distribution, created: true };
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import { raw, UniqueConstraintViolationException } from '@mikro-orm/core';
import { actorOf, type AuditLog } from '../../audit/service';
import type { BlobStore, ByteRange, StoredBlob } from '../../storage/blob-store';
import type { Clock } from '../../shared/clock';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../shared/errors';
import { slugify } from '../../shared/text';
import { isDic, isOwnerSteward, mayManageDataset, requireDic, requireProvinceDic } from '../../shared/policy';
import type { Viewer } from '../../shared/viewer';
import type { AgencyService } from '../agencies/service';
import { CodeLists, codeListSlugs, type CodeListEntrySpec } from './code-lists';
import { DuplicateGuard, normaliseTitle, type OverrideDecision } from './duplicates';
import { CodeListEntry, Dataset, DatasetOwnershipTransfer, Distribution, DuplicateFlag, DuplicateOverride, type ReviewState } from './entities';
import { changedFields, changedRegistration } from './metadata-changes';
import { openDataIsFree, registrationProblems, type DatasetChanges, type RegisterDatasetInput } from './registration';
import { refreshSearchDocuments } from './search-document';
import { DatasetSearch, type DatasetListing, type DatasetPage } from './search';
import { PackageSearch, type PackageQuery, type PackageResults } from './package-query';
import { isSharedListed, openData, visibleTo } from './visibility';
import { SharedCatalogue } from './shared-catalogue';
import { groupBy } from '../../shared/group';
import { inTransaction } from '../../shared/transaction';

export type {
  CodeListEntry,
  Dataset,
  DatasetOwnershipTransfer,
  Distribution,
  DuplicateFlag,
  DuplicateKind,
  DuplicateOverride,
  AccessLevel,
  DataCategory,
  Fee,
  ReviewState,
} from './entities';
export { accessLevels, dataCategories, duplicateKinds, fees, reviewStates } from './entities';
export type { DatasetChanges, RegisterDatasetInput } from './registration';
export { openDataIsFree } from './registration';
export type { DatasetFacets, DatasetFilter, DatasetListing, DatasetPage, DatasetSort, FacetCount } from './search';
export { datasetSorts, maxPageSize, toTsQuery } from './search';
export { decodeCursor, encodeCursor, type DatasetCursor } from './cursor';
export type {
  LabelledCount,
  PackageClause,
  PackageFacetField,
  PackageField,
  PackageQuery,
  PackageResults,
  PackageSortKey,
} from './package-query';
export { formatOf, mediaTypesOf } from './distribution-formats';
export type { CodeListEntrySpec } from './code-lists';
export { codeListSlugs } from './code-lists';
export { howToRequestAccess, sharedListingConfirmedAction, sharedListingWithdrawnAction } from './shared-catalogue';
export { isOpenData, isSharedListed } from './visibility';

/** Audit subject of registrations, uploads and metadata changes: the dataset, as for its review. */
const auditSubject = 'dataset';

const onlyDicLists =
  'Chỉ Sở Thông tin và Truyền thông của tỉnh được xác nhận danh mục dữ liệu dùng chung (only DIC of the dataset’s province confirms the catalogue of shared data, 002 §30.2)';

export interface UploadedFile {
  content: Readable;
  originalName: string;
  mediaType: string;
  /** Aborted when the uploader left: the file is then not kept. */
  signal?: AbortSignal;
}

export interface CatalogDatasetSpec extends Omit<RegisterDatasetInput, 'slug' | 'stateSecret' | 'duplicateOverrideReason'> {
  slug: string;
  provinceCode: string;
  tableSchema?: Record<string, unknown>;
}

export interface RecordedDistribution {
  distribution: Distribution;
  /** False when the dataset already had a file with this content. */
  created: boolean;
}

/**
 * CatalogService's methods that take no viewer and check no access: the other services call them
 * once they have checked (or for the system: ingestion, the council, the demand flush), and the
 * rest of the hub only through `services.trusted`, whose every use is listed with its reason in
 * test/architecture.test.ts. Resolvers, routes, pages and jobs see `CatalogApi`.
 */
type TrustedMethod =
  | 'distributionsOf'
  | 'listFromCatalog'
  | 'storeDerivedBlob'
  | 'openBlob'
  | 'blobRange'
  | 'offloadPath'
  | 'unknownCodes'
  | 'duplicateOverridesOf'
  | 'findByIds'
  | 'codeListsByIds'
  | 'upsertFromCatalog'
  | 'replaceCodeListEntries'
  | 'refreshSearchDocuments'
  | 'importDistribution'
  | 'ingestionSource'
  | 'findForReview'
  | 'ownershipHistoryOf'
  | 'setTableSchema'
  | 'setReviewState'
  | 'setPublication'
  | 'countOpenDuplicateFlags'
  | 'datasetIdsOfProvince'
  | 'addUsageTotals';

/** What the catalogue answers to resolvers, routes, pages and jobs: every method checks its viewer, or serves only open data. */
export type CatalogApi = Omit<CatalogService, TrustedMethod>;

/** The dataset registry: 002 §4 (one owner, no duplicates), §5.2 (code lists), §30 (publication). */
export class CatalogService {
  private readonly search: DatasetSearch;
  private readonly packages: PackageSearch;
  private readonly duplicates: DuplicateGuard;
  private readonly codeLists: CodeLists;
  private readonly shared: SharedCatalogue;

  constructor(
    private readonly em: EntityManager,
    private readonly agencies: AgencyService,
    private readonly blobs: BlobStore,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly maxUploadBytes: number,
  ) {
    this.search = new DatasetSearch(em);
    this.packages = new PackageSearch(em);
    this.duplicates = new DuplicateGuard(em);
    this.codeLists = new CodeLists(em);
    this.shared = new SharedCatalogue(em, audit, clock);
  }

  /** A page of the datasets the viewer may see: newest first, or by relevance when searching. */
  listDatasets(viewer: Viewer, listing: DatasetListing): Promise<DatasetPage> {
    return this.search.page(viewer, listing);
  }

  /** Field clauses, date ranges, sorts by field and offset pages (CKAN's package_search), private ones only when asked. */
  searchPackages(viewer: Viewer, query: PackageQuery): Promise<PackageResults> {
    return this.packages.run(viewer, query);
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
    // Plain rows skip the entity's type conversions: bigint arrives as text.
    const files = rows.map((row) => ({ ...row, byteSize: Number(row.byteSize) }));
    return groupBy(datasetIds, files, (row) => row.datasetId);
  }

  /**
   * 002 §4.2a: a dataset belongs to exactly one agency. 002 §4.2b: the same title for the same
   * owner is refused naming the existing dataset, unless DIC overrides with a recorded reason;
   * similar titles of other owners are flagged for DIC. 002 §30.3: state secrets are refused.
   */
  async registerDataset(viewer: Viewer, input: RegisterDatasetInput): Promise<Dataset> {
    if (viewer.kind !== 'official') throw new ForbiddenError();
    const problems = registrationProblems(input);
    if (problems.length > 0) throw new InputError(problems);
    const owner = await this.agencies.findByCode(viewer.provinceCode, input.ownerCode.trim());
    if (!owner) {
      throw new InputError([{ field: 'ownerCode', message: `không có cơ quan "${input.ownerCode}" trong tỉnh (unknown agency in this province)` }]);
    }
    // Any DIC_ADMIN may register: the owner is looked up in the viewer's own province above.
    if (!isOwnerSteward(viewer, { ownerAgencyId: owner.id }) && !isDic(viewer)) {
      throw new ForbiddenError('Chỉ cán bộ quản lý dữ liệu của cơ quan chủ quản được đăng ký (only a data steward of the owning agency may register)');
    }
    const override = this.overrideOf(viewer, input.duplicateOverrideReason);
    await this.checkCodeListValues(owner.provinceCode, input);
    const duplicate = await this.duplicates.sameTitleAndOwner(owner.id, input.title);
    if (duplicate && !override) this.duplicates.refuse('TITLE', duplicate);

    const slug = input.slug ?? slugify(input.title);
    if (!slug) throw new InputError([{ field: 'slug', message: 'không tạo được từ tiêu đề (cannot be derived from the title)' }]);
    const now = this.clock.now();
    try {
      // One transaction: the dataset, its recorded override, its flags, its search document and its audit entry.
      return await inTransaction(this.em, async () => {
        const em = this.em;
        const dataset = em.create(Dataset, {
          id: randomUUID(),
          slug,
          provinceCode: owner.provinceCode,
          ownerAgencyId: owner.id,
          reviewState: 'DRAFT',
          createdAt: now,
          updatedAt: now,
          ...metadataOf(input),
        });
        await em.flush();
        // After the dataset's own row: the ORM does not order inserts by these plain foreign keys.
        // Everything here goes through `em`: on embedded PGlite a statement on another connection
        // would wait for this transaction to end.
        const duplicates = new DuplicateGuard(em);
        if (duplicate && override) duplicates.record('TITLE', dataset.id, duplicate.id, override, now);
        await duplicates.flagNearDuplicates(dataset, now);
        await em.flush();
        await refreshSearchDocuments(em, [dataset.id]);
        await this.audit.append({
          actor: actorOf(viewer),
          action: 'catalog.dataset_registered',
          subjectType: auditSubject,
          subjectId: dataset.id,
          details: { slug, title: dataset.title, owner: owner.code, accessLevel: dataset.accessLevel, fee: dataset.fee },
          reason: override?.reason ?? null,
        });
        return dataset;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError(`Đã có bộ dữ liệu với địa chỉ "${slug}" (a dataset with this slug already exists)`, 'slug');
      }
      throw error;
    }
  }

  /**
   * Corrects a registered dataset's metadata under the rules of registration (002 §4.2, §20.1g),
   * recorded in the audit log with the fields changed. Not while the council reviews it; a
   * change after an approval needs the council again (ComplianceService.reconfirmationNeeded).
   */
  async updateDataset(viewer: Viewer, slug: string, changes: DatasetChanges): Promise<Dataset> {
    const dataset = await this.findManaged(viewer, slug);
    if (dataset.reviewState === 'SUBMITTED' || dataset.reviewState === 'UNDER_REVIEW') {
      throw new ConflictError(
        'Bộ dữ liệu đang được hội đồng thẩm định: sửa sau khi có quyết định (under review: change it after the council decides)',
        'slug',
      );
    }
    const [owner] = await this.agencies.findByIds([dataset.ownerAgencyId]);
    const before = changedRegistration(dataset, owner?.code ?? dataset.ownerAgencyId, {});
    const after = changedRegistration(dataset, before.ownerCode, changes);
    const problems = registrationProblems(after);
    if (problems.length > 0) throw new InputError(problems);
    const changed = changedFields(before, after);
    if (changed.length === 0) return dataset;
    // Only what changes is checked against the code lists: codes retired since stay until edited.
    await this.checkCodeListValues(dataset.provinceCode, {
      ...after,
      sector: changed.includes('sector') ? after.sector : null,
      spatialCoverage: changed.includes('spatialCoverage') ? after.spatialCoverage : null,
    });
    if (changed.includes('title')) {
      const duplicate = await this.duplicates.sameTitleAndOwner(dataset.ownerAgencyId, after.title, dataset.id);
      if (duplicate) this.duplicates.refuse('TITLE', duplicate);
    }
    // Only RESTRICTED data is in the catalogue of shared data (002 §30): another level leaves it.
    const leavesSharedCatalogue = isSharedListed(dataset) && after.accessLevel !== 'RESTRICTED';
    return inTransaction(this.em, async () => {
      const now = this.clock.now();
      this.em.assign(dataset, { ...metadataOf(after), updatedAt: now, metadataChangedAt: now });
      if (leavesSharedCatalogue) this.em.assign(dataset, { sharedListedAt: null, metadataPublic: false });
      await this.em.flush();
      await refreshSearchDocuments(this.em, [dataset.id]);
      await this.audit.append({
        actor: actorOf(viewer),
        action: 'catalog.metadata_changed',
        subjectType: auditSubject,
        subjectId: dataset.id,
        details: { fields: changed, ...(leavesSharedCatalogue ? { leftSharedCatalogue: true } : {}) },
      });
      return dataset;
    });
  }

  /**
   * 002 §30, §27.1: DIC of the dataset's province lists a COMPLIANT RESTRICTED dataset in the
   * catalogue of shared data (or, already listed, changes whether its metadata is public).
   */
  async confirmSharedListing(viewer: Viewer, slug: string, metadataPublic: boolean): Promise<Dataset> {
    const dataset = await this.findBySlug(viewer, slug);
    if (!dataset) throw new NotFoundError(`Không có bộ dữ liệu "${slug}" (no such dataset)`);
    requireProvinceDic(viewer, dataset, onlyDicLists);
    return this.shared.confirm(actorOf(viewer), dataset, metadataPublic);
  }

  /** DIC of the dataset's province takes it out of the catalogue of shared data, with a reason. */
  async withdrawSharedListing(viewer: Viewer, slug: string, reason: string): Promise<Dataset> {
    const dataset = await this.findBySlug(viewer, slug);
    if (!dataset) throw new NotFoundError(`Không có bộ dữ liệu "${slug}" (no such dataset)`);
    requireProvinceDic(viewer, dataset, onlyDicLists);
    return this.shared.withdraw(actorOf(viewer), dataset, reason);
  }

  /** Catalogue-as-code (trusted): the council's minutes were just recorded and the catalogue lists the dataset. */
  async listFromCatalog(slug: string, metadataPublic: boolean, reference: string): Promise<Dataset> {
    const dataset = await this.em.findOneOrFail(Dataset, { slug });
    return this.shared.confirm('system', dataset, metadataPublic, reference);
  }

  /**
   * Trusted: the compliance module decided this DRAFT was never submitted. The dataset goes with
   * its files' records and versions (their tables are the datastore's); the audit entry stays.
   */
  async deleteDraft(viewer: Viewer, dataset: Dataset): Promise<void> {
    await this.audit.append({
      actor: actorOf(viewer),
      action: 'catalog.draft_withdrawn',
      subjectType: auditSubject,
      subjectId: dataset.id,
      details: { slug: dataset.slug, title: dataset.title },
    });
    await this.em.nativeDelete(Dataset, { id: dataset.id });
  }

  /**
   * Stores an uploaded file under its sha256 and records it as a distribution. The same content
   * twice in one dataset is one distribution; content already in another dataset is refused
   * (002 §4.2b) unless DIC overrides. A failure leaves neither a row nor an orphan blob.
   */
  async addDistribution(viewer: Viewer, slug: string, file: UploadedFile, duplicateOverrideReason?: string | null): Promise<Distribution> {
    const dataset = await this.findManaged(viewer, slug);
    const override = this.overrideOf(viewer, duplicateOverrideReason);
    const blob = await this.blobs.put(file.content, { maxBytes: this.maxUploadBytes, signal: file.signal });
    try {
      const duplicate = await this.duplicates.sameContent(blob.sha256, dataset.id);
      if (duplicate && !override) this.duplicates.refuse('CONTENT', duplicate);
      if (duplicate && override) this.duplicates.record('CONTENT', dataset.id, duplicate.id, override, this.clock.now());
      return (await this.recordDistribution(dataset, blob, file, actorOf(viewer))).distribution;
    } catch (error) {
      if (!blob.alreadyExisted) await this.blobs.delete(blob.sha256);
      throw error;
    }
  }

  /** A file the hub wrote itself (a version's served CSV): content-addressed, not a distribution. */
  storeDerivedBlob(content: Readable): Promise<StoredBlob> {
    return this.blobs.put(content, { maxBytes: Number.MAX_SAFE_INTEGER });
  }

  /** A published public dataset (open data), or NotFound — unknown and non-public look the same. */
  async openDataset(slug: string): Promise<Dataset> {
    const dataset = await this.em.findOne(Dataset, { $and: [{ slug }, openData] });
    if (!dataset) throw new NotFoundError(`Không có dữ liệu mở "${slug}" (no such open dataset)`);
    return dataset;
  }

  openBlob(sha256: string): Promise<Readable> {
    return this.blobs.get(sha256);
  }

  blobRange(sha256: string, range: ByteRange): Promise<Readable> {
    return this.blobs.get(sha256, range);
  }

  offloadPath(sha256: string): Promise<string> {
    return this.blobs.offloadPath(sha256);
  }

  /** Shared code lists (category SHARED_CATALOGUE), optionally of one province. */
  codeListDatasets(provinceCode?: string): Promise<Dataset[]> {
    return this.codeLists.listDatasets(provinceCode);
  }

  codeListEntries(datasetId: string, validOn?: string): Promise<CodeListEntry[]> {
    return this.codeLists.entries(datasetId, validOn);
  }

  /** Batch form: every entry of each list, by list id (a page showing several lists). */
  codeListEntriesOf(datasetIds: readonly string[]): Promise<Map<string, CodeListEntry[]>> {
    return this.codeLists.entriesOf(datasetIds);
  }

  /** Codes a code list does not have; ingestion and registration refuse values outside it (002 §5.2). */
  unknownCodes(codeListSlug: string, codes: readonly string[]): Promise<string[]> {
    return this.codeLists.unknownCodes(codeListSlug, codes);
  }

  /** DIC's queue of likely duplicates across owners (002 §4.2b). */
  async openDuplicateFlags(viewer: Viewer): Promise<DuplicateFlag[]> {
    const dic = requireDic(viewer);
    const flags = await this.duplicates.openFlags();
    const inProvince = new Set(
      (await this.em.find(Dataset, { id: { $in: flags.map((flag) => flag.datasetId) }, provinceCode: dic.provinceCode }, { fields: ['id'] })).map(
        (dataset) => dataset.id,
      ),
    );
    return flags.filter((flag) => inProvince.has(flag.datasetId));
  }

  async clearDuplicateFlag(viewer: Viewer, flagId: string): Promise<DuplicateFlag> {
    const dic = requireDic(viewer);
    const flag = await this.duplicates.clearFlag(flagId, dic.officialId, this.clock.now());
    const dataset = flag ? await this.em.findOne(Dataset, { id: flag.datasetId, provinceCode: dic.provinceCode }) : null;
    if (!flag || !dataset) throw new NotFoundError('Không có cảnh báo trùng lặp này (no such duplicate flag)');
    await this.em.flush();
    return flag;
  }

  async duplicateOverridesOf(datasetIds: readonly string[]): Promise<Map<string, DuplicateOverride[]>> {
    return groupBy(datasetIds, await this.duplicates.overridesOf(datasetIds), (row) => row.datasetId);
  }

  findByIds(ids: readonly string[]): Promise<Dataset[]> {
    return this.em.find(Dataset, { id: { $in: [...ids] } });
  }

  /** Those of `ids` the viewer may know exist: what a federation gateway's entity lookup gets. */
  findVisibleByIds(viewer: Viewer, ids: readonly string[]): Promise<Dataset[]> {
    return this.em.find(Dataset, { $and: [{ id: { $in: [...ids] } }, visibleTo(viewer)] });
  }

  /** Code lists by their dataset's id; code lists are public like the agency directory. */
  codeListsByIds(ids: readonly string[]): Promise<Dataset[]> {
    return this.codeLists.findByIds(ids);
  }

  /** Catalogue-as-code import (trusted): creates or updates by slug. */
  async upsertFromCatalog(spec: CatalogDatasetSpec): Promise<Dataset> {
    const owner = await this.agencies.findByCode(spec.provinceCode, spec.ownerCode);
    if (!owner) throw new Error(`dataset ${spec.slug}: owner ${spec.ownerCode} is not known in ${spec.provinceCode}`);
    if (spec.accessLevel === 'PUBLIC' && spec.fee === 'CHARGED') throw new Error(`dataset ${spec.slug}: ${openDataIsFree}`);
    const now = this.clock.now();
    const dataset =
      (await this.em.findOne(Dataset, { slug: spec.slug })) ??
      this.em.create(Dataset, { id: randomUUID(), slug: spec.slug, createdAt: now, updatedAt: now, reviewState: 'DRAFT' } as Dataset);
    this.em.assign(dataset, { provinceCode: spec.provinceCode, ownerAgencyId: owner.id, tableSchema: spec.tableSchema ?? null, ...metadataOf(spec) });
    await this.em.flush();
    return dataset;
  }

  /** Catalogue-as-code import: the code list's entries become exactly these. */
  replaceCodeListEntries(datasetId: string, entries: readonly CodeListEntrySpec[]): Promise<void> {
    return this.codeLists.replaceEntries(datasetId, entries);
  }

  /** After an import: the full-text documents of every dataset (owners' names may have changed). */
  refreshSearchDocuments(): Promise<void> {
    return refreshSearchDocuments(this.em);
  }

  /** Catalogue-as-code import: adds the file unless the dataset already has this content. */
  async importDistribution(datasetId: string, file: UploadedFile): Promise<RecordedDistribution> {
    const dataset = await this.em.findOneOrFail(Dataset, { id: datasetId });
    const blob = await this.blobs.put(file.content, { maxBytes: this.maxUploadBytes, signal: file.signal });
    return this.recordDistribution(dataset, blob, file, 'system');
  }

  /** The file as a distribution of the dataset, and its audit entry, in one transaction. */
  private async recordDistribution(
    dataset: Dataset,
    blob: { sha256: string; byteSize: number },
    file: UploadedFile,
    actor: string,
  ): Promise<RecordedDistribution> {
    const existing = await this.em.findOne(Distribution, { datasetId: dataset.id, sha256: blob.sha256 });
    if (existing) return { distribution: existing, created: false };
    return inTransaction(this.em, () => this.newDistribution(dataset, blob, file, actor));
  }

  private async newDistribution(
    dataset: Dataset,
    blob: { sha256: string; byteSize: number },
    file: UploadedFile,
    actor: string,
  ): Promise<RecordedDistribution> {
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
    await this.audit.append({
      actor,
      action: 'catalog.file_uploaded',
      subjectType: auditSubject,
      subjectId: dataset.id,
      details: { distributionId: distribution.id, sha256: blob.sha256, byteSize: blob.byteSize, mediaType: file.mediaType, name: file.originalName },
    });
    return { distribution, created: true };
  }

  /** 002 §5.2: sector and spatial coverage must be codes of the province's shared code lists. */
  private async checkCodeListValues(provinceCode: string, input: RegisterDatasetInput): Promise<void> {
    const problems = [];
    if (input.sector) {
      const unknown = await this.codeLists.unknownCodes(codeListSlugs.sectors(provinceCode), [input.sector]);
      if (unknown.length > 0) problems.push({ field: 'sector', message: `"${input.sector}" không có trong danh mục lĩnh vực (not in the sectors code list)` });
    }
    if (input.spatialCoverage?.length) {
      const unknown = await this.codeLists.unknownCodes(codeListSlugs.administrativeUnits(provinceCode), input.spatialCoverage);
      if (unknown.length > 0) {
        problems.push({ field: 'spatialCoverage', message: `không có trong danh mục đơn vị hành chính (not administrative units): ${unknown.join(', ')}` });
      }
    }
    if (problems.length > 0) throw new InputError(problems);
  }

  private overrideOf(viewer: Viewer, reason?: string | null): OverrideDecision | null {
    if (reason == null) return null;
    const dic = requireDic(viewer, 'Chỉ Sở Thông tin và Truyền thông được cho phép trùng lặp (only DIC may override a duplicate, 002 §4.2b)');
    return { reason, officialId: dic.officialId };
  }

  // ——— For the datastore module (ingestion jobs and versions) ———

  /** Versions and ingestion jobs are visible exactly when their dataset is. */
  findVisibleById(viewer: Viewer, id: string): Promise<Dataset | null> {
    return this.em.findOne(Dataset, { $and: [{ id }, visibleTo(viewer)] });
  }

  /** Trusted (the ingestion worker): a distribution with its dataset's Table Schema. */
  async ingestionSource(datasetId: string, distributionId: string): Promise<{ dataset: Dataset; distribution: Distribution } | null> {
    const [dataset, distribution] = await Promise.all([
      this.em.findOne(Dataset, { id: datasetId }),
      this.em.findOne(Distribution, { id: distributionId, datasetId }),
    ]);
    return dataset && distribution ? { dataset, distribution } : null;
  }

  // ——— For the compliance module (review and publication, 002 §5, §30.2) ———

  /** Trusted: the council reaches datasets it could not otherwise see; the caller checks the seat. */
  findForReview(slug: string): Promise<Dataset | null> {
    return this.em.findOne(Dataset, { slug });
  }

  /** A dataset this viewer may change (its owner's steward, or DIC); NotFound or FORBIDDEN otherwise. */
  /** Stewards of the owning agency and DIC of the province: they also see uploads that failed. */
  mayManage(viewer: Viewer, dataset: Dataset): boolean {
    return mayManageDataset(viewer, dataset);
  }

  async findManaged(viewer: Viewer, slug: string): Promise<Dataset> {
    const dataset = await this.findBySlug(viewer, slug);
    if (!dataset) throw new NotFoundError(`Không có bộ dữ liệu "${slug}" (no such dataset)`);
    if (!mayManageDataset(viewer, dataset)) throw new ForbiddenError();
    return dataset;
  }

  /**
   * Trusted: an agency merger (the succession module decided it). Every dataset of `fromAgencyId`
   * passes to `toAgencyId`, each change recorded; returns how many moved.
   */
  async transferOwnership(
    fromAgencyId: string,
    to: { id: string; provinceCode: string },
    effectiveOn: string,
    reason: string,
  ): Promise<number> {
    const toAgencyId = to.id;
    const datasets = await this.em.find(Dataset, { ownerAgencyId: fromAgencyId });
    const now = this.clock.now();
    for (const dataset of datasets) {
      this.em.create(DatasetOwnershipTransfer, { id: randomUUID(), datasetId: dataset.id, fromAgencyId, toAgencyId, effectiveOn, reason, recordedAt: now });
      this.em.assign(dataset, { ownerAgencyId: toAgencyId, provinceCode: to.provinceCode, updatedAt: now });
    }
    await this.em.flush();
    if (datasets.length > 0) await refreshSearchDocuments(this.em, datasets.map((dataset) => dataset.id));
    return datasets.length;
  }

  /** Batch for DataLoaders: each dataset's changes of owner, oldest first. */
  async ownershipHistoryOf(datasetIds: readonly string[]): Promise<Map<string, DatasetOwnershipTransfer[]>> {
    const rows = await this.em.find(DatasetOwnershipTransfer, { datasetId: { $in: [...datasetIds] } }, { orderBy: { effectiveOn: 'asc', recordedAt: 'asc' } });
    return groupBy(datasetIds, rows, (row) => row.datasetId);
  }

  /** Trusted: the datastore module validated the Table Schema and checked who confirms it. */
  async setTableSchema(dataset: Dataset, tableSchema: Record<string, unknown>): Promise<void> {
    dataset.tableSchema = tableSchema;
    dataset.updatedAt = this.clock.now();
    await this.em.flush();
  }

  /** Trusted: the compliance module owns the review state machine. */
  async setReviewState(dataset: Dataset, state: ReviewState): Promise<void> {
    dataset.reviewState = state;
    dataset.updatedAt = this.clock.now();
    await this.em.flush();
  }

  /** Trusted: publication (when) or its withdrawal (null), as the compliance module decided. */
  async setPublication(dataset: Dataset, publishedAt: Date | null): Promise<void> {
    dataset.publishedAt = publishedAt;
    dataset.updatedAt = this.clock.now();
    await this.em.flush();
  }

  /** Likely duplicates raised against this dataset that DIC has not cleared (002 §4.2b). */
  /** Trusted (reports over the audit log, which names datasets by id): every dataset of a province, whatever its state. */
  async datasetIdsOfProvince(provinceCode: string): Promise<string[]> {
    const datasets = await this.em.find(Dataset, { provinceCode }, { fields: ['id'] });
    return datasets.map((dataset) => dataset.id);
  }

  /**
   * Trusted (the demand flush, 002 §20.1h): adds downloads and API reads to datasets' running
   * totals, which the MOST_USED order reads. Answers the datasets that still exist; a withdrawn
   * DRAFT's counts are dropped. The rows stay locked until the caller's transaction ends; they are
   * locked in id order first, so replicas flushing at once queue instead of deadlocking (an UPDATE
   * takes its rows in whatever order its plan reads them).
   */
  async addUsageTotals(totals: ReadonlyMap<string, number>): Promise<Set<string>> {
    if (totals.size === 0) return new Set();
    await this.em.execute('select id from dataset where id in (?) order by id for update', [[...totals.keys()].sort()]);
    const rows = await this.em.execute<{ id: string }[]>(
      `update dataset d set usage_total = d.usage_total + t.total
         from jsonb_to_recordset(?::jsonb) as t(dataset_id uuid, total bigint)
        where d.id = t.dataset_id
        returning d.id`,
      [JSON.stringify([...totals].map(([datasetId, total]) => ({ dataset_id: datasetId, total })))],
    );
    return new Set(rows.map((row) => row.id));
  }

  countOpenDuplicateFlags(datasetId: string): Promise<number> {
    return this.em.count(DuplicateFlag, { datasetId, state: 'OPEN' });
  }

  // ——— For the open-data catalogue (DCAT-AP, 002 §30.1) ———

  /** Open data by page number, newest first: the order harvesters page the catalogue in. */
  openDatasetsPage(offset: number, limit: number): Promise<Dataset[]> {
    return this.em.find(Dataset, openData, { orderBy: { createdAt: 'desc', id: 'desc' }, offset, limit });
  }

  /** Open data, the dataset changed last first (the sitemap, the Atom feed). */
  openDataByChange(limit: number): Promise<Dataset[]> {
    return this.em.find(Dataset, openData, { orderBy: { updatedAt: 'desc', id: 'desc' }, limit });
  }

  /** Slugs of open data by name (CKAN's package_list). */
  async openDatasetSlugs(offset: number, limit: number): Promise<string[]> {
    const rows = await this.em.find(Dataset, openData, { fields: ['slug'], orderBy: { slug: 'asc' }, offset, limit });
    return rows.map((row) => row.slug);
  }

  /** A file with its dataset, when the viewer may see the dataset (CKAN's resource_show). */
  async findVisibleDistribution(viewer: Viewer, id: string): Promise<{ dataset: Dataset; distribution: Distribution } | null> {
    const distribution = await this.em.findOne(Distribution, { id });
    const dataset = distribution ? await this.findVisibleById(viewer, distribution.datasetId) : null;
    return dataset && distribution ? { dataset, distribution } : null;
  }

  /** Per province with open data: how many datasets, first published and last changed when. */
  async openDataByProvince(): Promise<{ provinceCode: string; datasets: number; firstPublishedAt: Date; lastModifiedAt: Date }[]> {
    const rows = await this.em
      .createQueryBuilder(Dataset, 'd')
      .select(['d.province_code', raw('count(*) as datasets'), raw('min(d.published_at) as first_published_at'), raw('max(d.updated_at) as last_modified_at')])
      .where(openData)
      .groupBy('d.province_code')
      .orderBy({ provinceCode: 'asc' })
      .execute<{ province_code: string; datasets: string; first_published_at: Date | string; last_modified_at: Date | string }[]>('all', false);
    return rows.map((row) => ({
      provinceCode: row.province_code,
      datasets: Number(row.datasets),
      firstPublishedAt: new Date(row.first_published_at),
      lastModifiedAt: new Date(row.last_modified_at),
    }));
  }
}

/** The anonymous download of a dataset's latest CSV: only once published as open data. */
export function downloadPathOf(dataset: Dataset): string | null {
  return dataset.publishedAt && dataset.accessLevel === 'PUBLIC' ? `/datasets/${dataset.slug}/download` : null;
}

/** The metadata columns as a registration or the catalogue states them. */
function metadataOf(input: Omit<RegisterDatasetInput, 'slug' | 'ownerCode'>) {
  return {
    title: input.title.trim(),
    titleEn: input.titleEn ?? null,
    normalisedTitle: normaliseTitle(input.title),
    description: input.description.trim(),
    descriptionEn: input.descriptionEn ?? null,
    category: input.category,
    accessLevel: input.accessLevel,
    licence: input.licence.trim(),
    keywords: input.keywords ?? [],
    sector: input.sector ?? null,
    spatialCoverage: input.spatialCoverage ?? [],
    updateFrequency: input.updateFrequency ?? null,
    temporalFrom: input.temporalFrom ?? null,
    temporalTo: input.temporalTo ?? null,
    contactName: input.contactName ?? null,
    contactEmail: input.contactEmail ?? null,
    contactPhone: input.contactPhone ?? null,
    fee: input.fee ?? 'FREE',
    feeNote: input.feeNote ?? null,
    source: input.source ?? null,
  };
}


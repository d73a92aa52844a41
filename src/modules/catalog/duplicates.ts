import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError } from '../../shared/errors';
import { withoutDiacritics } from '../../shared/text';
import { Dataset, Distribution, DuplicateFlag, DuplicateOverride, type DuplicateKind } from './entities';

/** Above this trigram similarity, two titles of different owners are flagged for DIC. */
export const nearDuplicateThreshold = 0.6;

/** The title as duplicates are recognised: no accents, no case, single spaces. */
export function normaliseTitle(title: string): string {
  return withoutDiacritics(title).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A DIC decision to let one dataset stand beside a duplicate, with its reason. */
export interface OverrideDecision {
  reason: string;
  officialId: string;
}

/**
 * 002 §4.2b: no two datasets with the same content. Same owner and title, or a file already in
 * another dataset, is refused naming the existing dataset, unless DIC overrides (recorded);
 * similar titles across owners are flagged for DIC to look at.
 */
export class DuplicateGuard {
  constructor(private readonly em: EntityManager) {}

  async sameTitleAndOwner(ownerAgencyId: string, title: string, exceptId?: string): Promise<Dataset | null> {
    return this.em.findOne(Dataset, { ownerAgencyId, normalisedTitle: normaliseTitle(title), ...(exceptId ? { id: { $ne: exceptId } } : {}) });
  }

  async sameContent(sha256: string, exceptDatasetId: string): Promise<Dataset | null> {
    const distribution = await this.em.findOne(Distribution, { sha256, datasetId: { $ne: exceptDatasetId } });
    return distribution ? this.em.findOne(Dataset, { id: distribution.datasetId }) : null;
  }

  /** Names the existing dataset and what to do instead: add a version to it, or ask DIC to override. */
  refuse(kind: DuplicateKind, existing: Dataset): never {
    const what = kind === 'TITLE' ? 'cùng tên và cùng cơ quan chủ quản (same title and owner)' : 'cùng nội dung tệp (same file content)';
    const action =
      kind === 'TITLE'
        ? `tải tệp mới lên bộ dữ liệu đó thành phiên bản mới (PUT /datasets/${existing.slug}/distributions), sửa thông tin của nó bằng updateDataset, hoặc đề nghị Sở TTTT cho phép trùng kèm lý do (duplicateOverrideReason)`
        : `tệp này đã có trong "${existing.slug}": tải lên đó nếu là phiên bản mới của nó, hoặc đề nghị Sở TTTT cho phép trùng kèm lý do (duplicateOverrideReason)`;
    throw new ConflictError(
      `Trùng với bộ dữ liệu "${existing.title}" (${existing.slug}) – ${what}, 002 §4.2b. Cách xử lý: ${action} (duplicates dataset ${existing.slug}: add a new version to it, or ask DIC to override with a reason)`,
      kind === 'TITLE' ? 'title' : 'file',
    );
  }

  record(kind: DuplicateKind, datasetId: string, duplicateOfId: string, decision: OverrideDecision, at: Date): void {
    this.em.create(DuplicateOverride, {
      id: randomUUID(),
      datasetId,
      duplicateOfId,
      kind,
      reason: decision.reason.trim(),
      decidedBy: decision.officialId,
      decidedAt: at,
    });
  }

  /** Flags datasets of other owners whose titles are similar to this one's; returns the flags. */
  async flagNearDuplicates(dataset: Dataset, at: Date): Promise<DuplicateFlag[]> {
    const similar = await this.em.execute<{ id: string; similarity: number }[]>(
        `select id, similarity(normalised_title, ?) as similarity from dataset
         where owner_agency_id <> ? and id <> ? and normalised_title % ? and similarity(normalised_title, ?) >= ?
         order by similarity desc limit 10`,
        [dataset.normalisedTitle, dataset.ownerAgencyId, dataset.id, dataset.normalisedTitle, dataset.normalisedTitle, nearDuplicateThreshold],
      );
    return similar.map((row) =>
      this.em.create(DuplicateFlag, {
        id: randomUUID(),
        datasetId: dataset.id,
        similarToId: row.id,
        similarity: Number(row.similarity),
        state: 'OPEN',
        createdAt: at,
      }),
    );
  }

  openFlags(datasetIds?: readonly string[]): Promise<DuplicateFlag[]> {
    return this.em.find(DuplicateFlag, { state: 'OPEN', ...(datasetIds ? { datasetId: { $in: [...datasetIds] } } : {}) }, { orderBy: { createdAt: 'desc' } });
  }

  overridesOf(datasetIds: readonly string[]): Promise<DuplicateOverride[]> {
    return this.em.find(DuplicateOverride, { datasetId: { $in: [...datasetIds] } }, { orderBy: { decidedAt: 'asc' } });
  }

  async clearFlag(flagId: string, officialId: string, at: Date): Promise<DuplicateFlag | null> {
    const flag = await this.em.findOne(DuplicateFlag, { id: flagId });
    if (!flag) return null;
    flag.state = 'CLEARED';
    flag.clearedBy = officialId;
    flag.clearedAt = at;
    return flag;
  }
}

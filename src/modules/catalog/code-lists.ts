import type { EntityManager } from '@mikro-orm/postgresql';
import { CodeListEntry, Dataset } from './entities';

export interface CodeListEntrySpec {
  code: string;
  label: string;
  labelEn?: string;
  parent?: string;
  validFrom?: string;
  validTo?: string;
}

/** The well-known code lists every province keeps (002 §3.5b, §5.2). */
export const codeListSlugs = {
  sectors: (provinceCode: string) => `dm-linh-vuc-${provinceCode}`,
  administrativeUnits: (provinceCode: string) => `dm-don-vi-hanh-chinh-${provinceCode}`,
};

/**
 * Shared code lists (danh mục dùng chung): datasets of category SHARED_CATALOGUE whose entries
 * other datasets must use where they apply (002 §5.2).
 */
export class CodeLists {
  constructor(private readonly em: EntityManager) {}

  listDatasets(provinceCode?: string): Promise<Dataset[]> {
    return this.em.find(Dataset, { category: 'SHARED_CATALOGUE', ...(provinceCode ? { provinceCode } : {}) }, { orderBy: { slug: 'asc' } });
  }

  findByIds(ids: readonly string[]): Promise<Dataset[]> {
    return this.em.find(Dataset, { category: 'SHARED_CATALOGUE', id: { $in: [...ids] } });
  }

  /** Entries in the owner's order; with `validOn`, only those in force that day. */
  entries(datasetId: string, validOn?: string): Promise<CodeListEntry[]> {
    const inForce = validOn
      ? { $and: [{ $or: [{ validFrom: null }, { validFrom: { $lte: validOn } }] }, { $or: [{ validTo: null }, { validTo: { $gte: validOn } }] }] }
      : {};
    return this.em.find(CodeListEntry, { datasetId, ...inForce }, { orderBy: { position: 'asc' } });
  }

  /** The entries of several lists in one statement, by list id, each list in its order. */
  async entriesOf(datasetIds: readonly string[]): Promise<Map<string, CodeListEntry[]>> {
    const byList = new Map<string, CodeListEntry[]>(datasetIds.map((id) => [id, []]));
    if (datasetIds.length === 0) return byList;
    const entries = await this.em.find(CodeListEntry, { datasetId: { $in: [...datasetIds] } }, { orderBy: { datasetId: 'asc', position: 'asc' } });
    for (const entry of entries) byList.get(entry.datasetId)!.push(entry);
    return byList;
  }

  /** The codes of `codes` that the list does not have (ever, whatever their validity). */
  async unknownCodes(codeListSlug: string, codes: readonly string[]): Promise<string[]> {
    if (codes.length === 0) return [];
    const list = await this.em.findOne(Dataset, { slug: codeListSlug, category: 'SHARED_CATALOGUE' });
    if (!list) return [...codes];
    const known = await this.em.find(CodeListEntry, { datasetId: list.id, code: { $in: [...codes] } }, { fields: ['code'] });
    const knownCodes = new Set(known.map((entry) => entry.code));
    return codes.filter((code) => !knownCodes.has(code));
  }

  /** Catalogue-as-code import: the entries become exactly the ones given, in their order. */
  async replaceEntries(datasetId: string, entries: readonly CodeListEntrySpec[]): Promise<void> {
    await this.em.transactional(async (em) => {
      await em.nativeDelete(CodeListEntry, { datasetId });
      entries.forEach((entry, position) =>
        em.create(CodeListEntry, {
          datasetId,
          code: entry.code,
          label: entry.label,
          labelEn: entry.labelEn ?? null,
          parentCode: entry.parent ?? null,
          validFrom: entry.validFrom ?? null,
          validTo: entry.validTo ?? null,
          position,
        }),
      );
    });
  }
}

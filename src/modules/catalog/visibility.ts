import type { FilterQuery } from '@mikro-orm/core';
import type { QBFilterQuery } from '@mikro-orm/postgresql';
import { hasRole, type Viewer } from '../../shared/viewer';
import type { Dataset } from './entities';

/** Open data: published and public (002 §20.1). Anyone, signed in or not, sees these. */
export const openData: FilterQuery<Dataset> & QBFilterQuery<Dataset> = { publishedAt: { $ne: null }, accessLevel: 'PUBLIC' };

/**
 * Which datasets a viewer may know exist: open data to everyone; an official also sees the
 * own agency's datasets; DIC and platform administrators see their whole province.
 */
export function visibleTo(viewer: Viewer): FilterQuery<Dataset> & QBFilterQuery<Dataset> {
  if (viewer.kind !== 'official') return openData;
  const alsoVisible: QBFilterQuery<Dataset>[] = [{ ownerAgencyId: viewer.agencyId }];
  if (hasRole(viewer, 'DIC_ADMIN') || hasRole(viewer, 'PLATFORM_ADMIN')) alsoVisible.push({ provinceCode: viewer.provinceCode });
  return { $or: [openData, ...alsoVisible] };
}

/** Stewards of the owning agency, and DIC of the province, may change a dataset. */
export function mayManage(viewer: Viewer, dataset: Dataset): boolean {
  if (viewer.kind !== 'official') return false;
  if (hasRole(viewer, 'DATA_STEWARD') && viewer.agencyId === dataset.ownerAgencyId) return true;
  return hasRole(viewer, 'DIC_ADMIN') && viewer.provinceCode === dataset.provinceCode;
}

import type { FilterQuery } from '@mikro-orm/core';
import type { QBFilterQuery } from '@mikro-orm/postgresql';
import { isDic, isPlatformAdmin } from '../../shared/policy';
import type { Viewer } from '../../shared/viewer';
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
  if (isDic(viewer) || isPlatformAdmin(viewer)) alsoVisible.push({ provinceCode: viewer.provinceCode });
  return { $or: [openData, ...alsoVisible] };
}

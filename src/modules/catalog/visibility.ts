import type { FilterQuery } from '@mikro-orm/core';
import type { QBFilterQuery } from '@mikro-orm/postgresql';
import { isDic, isPlatformAdmin } from '../../shared/policy';
import { hasScope, type Viewer } from '../../shared/viewer';
import type { Dataset } from './entities';

type DatasetFilter = FilterQuery<Dataset> & QBFilterQuery<Dataset>;

/** Open data: published and public (002 §20.1). Anyone, signed in or not, sees these. */
export const openData: DatasetFilter = { publishedAt: { $ne: null }, accessLevel: 'PUBLIC' };

/**
 * The catalogue of shared data (002 §30, §27.1): RESTRICTED datasets DIC confirmed for it. Their
 * metadata is listed; their rows stay behind the grants (datastore/rows/access.ts).
 */
export const sharedCatalogue = { sharedListedAt: { $ne: null }, accessLevel: 'RESTRICTED' } satisfies DatasetFilter;

/** Listed datasets whose metadata DIC made public: shown to anyone, like open data, but never their rows. */
const publicMetadata: DatasetFilter = { ...sharedCatalogue, metadataPublic: true };

/** Whether a dataset is open data, as `openData` selects it. */
export function isOpenData(dataset: Pick<Dataset, 'publishedAt' | 'accessLevel'>): boolean {
  return Boolean(dataset.publishedAt) && dataset.accessLevel === 'PUBLIC';
}

/** Whether a dataset is in the catalogue of shared data, as `sharedCatalogue` selects it. */
export function isSharedListed(dataset: Pick<Dataset, 'sharedListedAt' | 'accessLevel'>): boolean {
  return Boolean(dataset.sharedListedAt) && dataset.accessLevel === 'RESTRICTED';
}

/**
 * Which datasets a viewer may know exist: open data (and listed datasets with public metadata)
 * to everyone; an official also sees the own agency's datasets and the province's catalogue of
 * shared data, as does a partner client with `catalogue:read`; DIC and platform administrators
 * see their whole province.
 */
export function visibleTo(viewer: Viewer): DatasetFilter {
  const visible: DatasetFilter[] = [openData, publicMetadata];
  if (viewer.kind === 'official') {
    visible.push({ ownerAgencyId: viewer.agencyId }, { ...sharedCatalogue, provinceCode: viewer.provinceCode });
    if (isDic(viewer) || isPlatformAdmin(viewer)) visible.push({ provinceCode: viewer.provinceCode });
  } else if (hasScope(viewer, 'catalogue:read')) {
    visible.push({ ...sharedCatalogue, provinceCode: viewer.provinceCode });
  }
  return { $or: visible };
}

import { hasRole, type Viewer } from '../../../shared/viewer';
import type { Dataset } from '../../catalog/service';

/**
 * Who may read a dataset's rows, once the catalogue has said the viewer may know it exists.
 * Open data (published, PUBLIC) is for everyone, signed in or not (002 §20.1). Anything else,
 * RESTRICTED and PERSONAL included, only for officials of the owning agency and the DIC of
 * its province, for now: access requests and citizens' consent will extend this one function.
 */
export type RowAccessPolicy = (viewer: Viewer, dataset: Dataset) => boolean;

export const mayReadRows: RowAccessPolicy = (viewer, dataset) => {
  if (dataset.publishedAt && dataset.accessLevel === 'PUBLIC') return true;
  if (viewer.kind === 'anonymous') return false;
  if (viewer.agencyId === dataset.ownerAgencyId) return true;
  return hasRole(viewer, 'DIC_ADMIN') && viewer.provinceCode === dataset.provinceCode;
};

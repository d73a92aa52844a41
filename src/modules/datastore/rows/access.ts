import { hasRole, type OfficialViewer, type Viewer } from '../../../shared/viewer';
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
  if (viewer.kind !== 'official') return false;
  if (viewer.agencyId === dataset.ownerAgencyId) return true;
  return hasRole(viewer, 'DIC_ADMIN') && viewer.provinceCode === dataset.provinceCode;
};

/** One read through a grant, reported back before the rows are returned. */
export interface GrantedRowRead {
  versionNumber: number;
  columns: readonly string[];
  rowCount: number;
}

/**
 * What a read may see. `all`: every column. `granted`: only these columns, and the read is
 * recorded (recordRead throws when it cannot be, and then the read fails: fail closed).
 * `denied`: FORBIDDEN with this message. `hidden`: NOT_FOUND, the dataset's existence not told.
 */
export type RowAccess =
  | { kind: 'all' }
  | { kind: 'granted'; columns: readonly string[]; recordRead(read: GrantedRowRead): Promise<void> }
  | { kind: 'denied'; message: string }
  | { kind: 'hidden' };

/** A grant's say on a RESTRICTED dataset of another agency (002 §27.2); null when none was ever given. */
export type GrantCheck = (viewer: OfficialViewer, dataset: Dataset) => Promise<Exclude<RowAccess, { kind: 'all' | 'hidden' }> | null>;

/**
 * mayReadRows, then for RESTRICTED data the grants of the viewer's agency, checked at request
 * time. `visible` says whether the catalogue lets the viewer know the dataset: without a grant
 * ever given, what it hides stays NOT_FOUND.
 */
export function rowAccessWithGrants(grants?: GrantCheck) {
  return async (viewer: Viewer, dataset: Dataset, visible: boolean): Promise<RowAccess> => {
    if (visible && mayReadRows(viewer, dataset)) return { kind: 'all' };
    if (grants && viewer.kind === 'official' && dataset.accessLevel === 'RESTRICTED' && viewer.agencyId !== dataset.ownerAgencyId) {
      const granted = await grants(viewer, dataset);
      if (granted) return granted;
    }
    return visible ? { kind: 'denied', message: noRowsMessage } : { kind: 'hidden' };
  };
}

export type RowAccessCheck = ReturnType<typeof rowAccessWithGrants>;

export const noRowsMessage = 'Bạn không có quyền đọc dữ liệu của bộ dữ liệu này (you may not read the rows of this dataset)';

import { readsWithoutGrant } from '../../../shared/policy';
import { hasScope, type ClientViewer, type OfficialViewer, type Viewer } from '../../../shared/viewer';
import { isOpenData, type Dataset } from '../../catalog/service';

/**
 * Who may read a dataset's rows, once the catalogue has said the viewer may know it exists.
 * Open data (published, PUBLIC) is for everyone, signed in or not (002 §20.1). Anything else,
 * RESTRICTED and PERSONAL included, only for officials of the owning agency and the DIC of
 * its province, for now: access requests and citizens' consent will extend this one function.
 */
export type RowAccessPolicy = (viewer: Viewer, dataset: Dataset) => boolean;

export const mayReadRows: RowAccessPolicy = (viewer, dataset) => {
  return isOpenData(dataset) || readsWithoutGrant(viewer, dataset);
};

/** One read through a grant, reported back before the rows are returned. */
export interface GrantedRowRead {
  versionNumber: number;
  columns: readonly string[];
  rowCount: number;
}

/**
 * What a read may see. `all`: every column; for data that is not open, the read is recorded too.
 * `granted`: only these columns, and the read is recorded (recordRead throws when it cannot be,
 * and then the read fails: fail closed).
 * `denied`: FORBIDDEN with this message. `hidden`: NOT_FOUND, the dataset's existence not told.
 */
export type RowAccess =
  | { kind: 'all'; recordRead?(read: GrantedRowRead): Promise<void> }
  | { kind: 'granted'; columns: readonly string[]; recordRead(read: GrantedRowRead): Promise<void> }
  | { kind: 'denied'; message: string }
  | { kind: 'hidden' };

/** Who may hold a grant: another agency's official, or a partner's client with `rows:read` (002 §27.1b). */
export type GranteeViewer = OfficialViewer | ClientViewer;

/** A grant's say on a RESTRICTED dataset of another agency or a partner (002 §27.2); null when none was ever given. */
export type GrantCheck = (viewer: GranteeViewer, dataset: Dataset) => Promise<Exclude<RowAccess, { kind: 'all' | 'hidden' }> | null>;

/**
 * mayReadRows, then for RESTRICTED data the grants of the viewer's agency, checked at request
 * time. `visible` says whether the catalogue lets the viewer know the dataset: without a grant
 * ever given, what it hides stays NOT_FOUND.
 */
/** The owner's or DIC's own read of data that is not open: audited like a grantee's. */
export type InternalReadRecorder = (viewer: Viewer, dataset: Dataset, read: GrantedRowRead) => Promise<void>;

export function rowAccessWithGrants(grants?: GrantCheck, recordInternalRead?: InternalReadRecorder) {
  return async (viewer: Viewer, dataset: Dataset, visible: boolean): Promise<RowAccess> => {
    if (visible && mayReadRows(viewer, dataset)) {
      if (isOpenData(dataset) || !recordInternalRead) return { kind: 'all' };
      return { kind: 'all', recordRead: (read) => recordInternalRead(viewer, dataset, read) };
    }
    if (grants && dataset.accessLevel === 'RESTRICTED' && mayHoldGrant(viewer, dataset)) {
      const granted = await grants(viewer, dataset);
      if (granted) return granted;
    }
    return visible ? { kind: 'denied', message: noRowsMessage } : { kind: 'hidden' };
  };
}

function mayHoldGrant(viewer: Viewer, dataset: Dataset): viewer is GranteeViewer {
  return (viewer.kind === 'official' && viewer.agencyId !== dataset.ownerAgencyId) || hasScope(viewer, 'rows:read');
}

export type RowAccessCheck = ReturnType<typeof rowAccessWithGrants>;

export const noRowsMessage = 'Bạn không có quyền đọc dữ liệu của bộ dữ liệu này (you may not read the rows of this dataset)';

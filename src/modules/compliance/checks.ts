import type { Dataset } from '../catalog/service';
import { tableSchemaProblems, type DatasetVersion, type IngestionJob } from '../datastore/service';
import type { CheckName } from './entities';
import { referencedCodeLists } from './table-schema';

export interface CheckResult {
  name: CheckName;
  passed: boolean;
  detail: string;
}

/** What the checks look at, gathered by the service from the catalogue and the datastore. */
export interface CheckSubject {
  dataset: Dataset;
  ownerName: string | null;
  latestVersion: DatasetVersion | null;
  latestJob: IngestionJob | null;
  /** Slugs of the shared code lists that exist. */
  codeLists: ReadonlySet<string>;
  openDuplicateFlags: number;
}

/** The automated checks of a submission (002 §5, §30.2), every one run so the owner sees all failures at once. */
export function runChecks(subject: CheckSubject): CheckResult[] {
  return [
    singleOwner(subject),
    metadataComplete(subject.dataset),
    currentVersion(subject),
    tableSchemaValid(subject),
    codeListsValid(subject),
    noDuplicate(subject),
    notStateSecret(),
  ];
}

/** 002 §5.1, §4.2a. */
function singleOwner({ dataset, ownerName }: CheckSubject): CheckResult {
  return ownerName
    ? pass('SINGLE_OWNER', `Cơ quan chủ quản duy nhất (the one owning agency): ${ownerName}`)
    : fail('SINGLE_OWNER', `Không xác định được cơ quan chủ quản ${dataset.ownerAgencyId} (the owning agency is unknown)`);
}

/** 002 §4.2e, §30.1: what the published catalogue needs to describe a dataset. */
function metadataComplete(dataset: Dataset): CheckResult {
  const missing = [
    !dataset.title?.trim() && 'tiêu đề (title)',
    !dataset.description?.trim() && 'mô tả (description)',
    !dataset.licence?.trim() && 'giấy phép (licence)',
    !(dataset.contactName?.trim() && (dataset.contactEmail?.trim() || dataset.contactPhone?.trim())) &&
      'đầu mối liên hệ: tên và thư điện tử hoặc điện thoại (contact point: name and e-mail or phone)',
    !dataset.category && 'loại dữ liệu (category)',
    !dataset.updateFrequency?.trim() && 'tần suất cập nhật (update frequency)',
    !(dataset.temporalFrom || dataset.temporalTo || dataset.spatialCoverage.length > 0) &&
      'phạm vi thời gian hoặc không gian (temporal or spatial coverage)',
  ].filter((item): item is string => Boolean(item));
  return missing.length === 0
    ? pass('METADATA_COMPLETE', 'Đủ thông tin mô tả (metadata complete)')
    : fail('METADATA_COMPLETE', `Thiếu (missing): ${missing.join('; ')}`);
}

/** 002 §5.3: the data is held in the hub — its latest ingestion succeeded into a version. */
function currentVersion({ latestVersion, latestJob }: CheckSubject): CheckResult {
  if (latestJob && (latestJob.state === 'QUEUED' || latestJob.state === 'RUNNING')) {
    return fail('CURRENT_VERSION', 'Tệp mới nhất đang được nạp; gửi lại khi nạp xong (the latest file is still being ingested)');
  }
  if (latestJob?.state === 'FAILED') {
    return fail('CURRENT_VERSION', `Lần nạp tệp mới nhất thất bại với ${latestJob.problemCount} lỗi (the latest ingestion failed)`);
  }
  if (!latestVersion) return fail('CURRENT_VERSION', 'Chưa có phiên bản dữ liệu nào trong kho (no version has been ingested)');
  return pass(
    'CURRENT_VERSION',
    `Phiên bản ${latestVersion.number}, ${latestVersion.rowCount} dòng, nạp không lỗi (version ${latestVersion.number} ingested without errors)`,
  );
}

/**
 * Frictionless Table Schema 2.0, given or confirmed by the owner: a schema ingestion only
 * guessed, or a current version still typed by one, is not approved (the council would be
 * approving guessed types).
 */
function tableSchemaValid({ dataset, latestVersion }: CheckSubject): CheckResult {
  if (!dataset.tableSchema || latestVersion?.schemaInferred) {
    const which = latestVersion?.schemaInferred
      ? ` (phiên bản ${latestVersion.number} được suy ra, version ${latestVersion.number} inferred)`
      : '';
    return fail(
      'TABLE_SCHEMA_VALID',
      `Table Schema chưa được chủ sở hữu xác nhận${which}: xem lược đồ suy ra và lý do từng cột, rồi xác nhận bằng confirmTableSchema hoặc tải lên lược đồ (Table Schema not confirmed by the owner)`,
    );
  }
  const problems = tableSchemaProblems(dataset.tableSchema);
  if (problems.length > 0)
    return fail('TABLE_SCHEMA_VALID', `Table Schema không hợp lệ (invalid against Frictionless 2.0): ${problems.join('; ')}`);
  return pass('TABLE_SCHEMA_VALID', 'Table Schema hợp lệ, do chủ sở hữu xác nhận (valid, confirmed by the owner)');
}

/**
 * 002 §5.2: every column tied to a shared code list names one that exists. Its values were
 * checked against that list when the current version was ingested (ingestion refuses unknown codes).
 */
function codeListsValid({ dataset, latestVersion, codeLists }: CheckSubject): CheckResult {
  const schema = dataset.tableSchema ?? latestVersion?.tableSchema;
  const referenced = schema ? referencedCodeLists(schema) : [];
  const unknown = referenced.filter((slug) => !codeLists.has(slug));
  if (unknown.length > 0) return fail('CODE_LISTS_VALID', `Danh mục không tồn tại (unknown code lists): ${unknown.join(', ')}`);
  if (referenced.length === 0) return pass('CODE_LISTS_VALID', 'Không có cột nào tham chiếu danh mục dùng chung (no code-list columns)');
  return pass(
    'CODE_LISTS_VALID',
    `Các cột danh mục đã được đối chiếu khi nạp (code-list columns validated at ingestion): ${referenced.join(', ')}`,
  );
}

/** 002 §4.2b: a likely duplicate that DIC has not cleared stops the submission. */
function noDuplicate({ openDuplicateFlags }: CheckSubject): CheckResult {
  return openDuplicateFlags === 0
    ? pass('NO_DUPLICATE', 'Không trùng lặp (no open duplicate flag)')
    : fail('NO_DUPLICATE', `Có ${openDuplicateFlags} cảnh báo trùng lặp chưa được Sở TTTT xử lý (open duplicate flags awaiting DIC)`);
}

/** 002 §30.3: listed so the record is complete; true by construction. */
function notStateSecret(): CheckResult {
  return pass(
    'NOT_STATE_SECRET',
    'Không phải bí mật nhà nước: việc đăng ký đã từ chối loại dữ liệu này và không có mức truy cập nào cho nó (registration refuses state secrets, 002 §30.3)',
  );
}

function pass(name: CheckName, detail: string): CheckResult {
  return { name, passed: true, detail };
}

function fail(name: CheckName, detail: string): CheckResult {
  return { name, passed: false, detail };
}

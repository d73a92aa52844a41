import type { FieldProblem } from '../../shared/errors';
import { accessLevels, dataCategories, fees, type AccessLevel, type DataCategory, type Fee } from './entities';
import { emailAddress } from '../../shared/contact';

export interface RegisterDatasetInput {
  /** Derived from the title when absent. */
  slug?: string | null;
  title: string;
  titleEn?: string | null;
  description: string;
  descriptionEn?: string | null;
  /** The agency account name (003 §4.1) of the one owner, in the registering official's province. */
  ownerCode: string;
  category: DataCategory;
  accessLevel: AccessLevel;
  /** Data under state secrecy is never shared or published (002 §30.3): true is refused. */
  stateSecret?: boolean | null;
  licence: string;
  keywords?: string[] | null;
  /** A code of the province's sectors code list. */
  sector?: string | null;
  /** Codes of the province's administrative-units code list. */
  spatialCoverage?: string[] | null;
  updateFrequency?: string | null;
  temporalFrom?: string | null;
  temporalTo?: string | null;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  fee?: Fee | null;
  feeNote?: string | null;
  source?: string | null;
  /** DIC only: register although it duplicates an existing dataset, for this recorded reason. */
  duplicateOverrideReason?: string | null;
}

/** 002 §20.1g: using open data is free, so PUBLIC data (what may become open data) is never charged. */
export const openDataIsFree =
  'sử dụng dữ liệu mở là miễn phí, 002 §20.1g: dữ liệu công khai (PUBLIC) không được thu phí (open data is free: PUBLIC data cannot be CHARGED)';

/**
 * A change of a registered dataset's metadata: absent fields stay as they are; null clears an
 * optional field (and leaves a required one as it is). Owner and slug do not change here.
 */
export type DatasetChanges = {
  [K in keyof Omit<RegisterDatasetInput, 'slug' | 'ownerCode' | 'stateSecret' | 'duplicateOverrideReason'>]?: RegisterDatasetInput[K] | null;
};

export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** Field-level problems of a registration, in the user's language first. */
export function registrationProblems(input: RegisterDatasetInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field, message });
  if (input.stateSecret) {
    problem('stateSecret', 'dữ liệu thuộc bí mật nhà nước không được chia sẻ hay công bố, 002 §30.3 (state-secret data is refused outright)');
  }
  if (input.slug != null && (!slugPattern.test(input.slug) || input.slug.length > 100)) {
    problem('slug', 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang, tối đa 100 ký tự (lower-case letters, digits and hyphens, at most 100)');
  }
  if (input.title.trim().length < 3) problem('title', 'cần ít nhất 3 ký tự (at least 3 characters)');
  if (input.title.length > 300) problem('title', 'tối đa 300 ký tự (at most 300 characters)');
  if (input.description.trim().length === 0) problem('description', 'không được để trống (required)');
  if (input.ownerCode.trim().length === 0) problem('ownerCode', 'cần đúng một cơ quan chủ quản (exactly one owning agency is required, 002 §4.2a)');
  if (input.licence.trim().length === 0) problem('licence', 'không được để trống (required)');
  if (!dataCategories.includes(input.category)) problem('category', 'không phải loại dữ liệu của 002 §3.5 (not a data category of 002 §3.5)');
  if (!accessLevels.includes(input.accessLevel)) problem('accessLevel', 'không hợp lệ (not a valid access level)');
  if (input.fee != null && !fees.includes(input.fee)) problem('fee', 'FREE hoặc CHARGED (FREE or CHARGED)');
  if (input.fee === 'CHARGED' && !input.feeNote?.trim()) problem('feeNote', 'cần nêu mức phí khi có thu phí, 002 §28.3 (state the fee when charged)');
  if (input.fee === 'CHARGED' && input.accessLevel === 'PUBLIC') problem('fee', openDataIsFree);
  for (const field of ['temporalFrom', 'temporalTo'] as const) {
    const value = input[field];
    if (value != null && (!datePattern.test(value) || Number.isNaN(Date.parse(value)))) problem(field, 'ngày dạng YYYY-MM-DD (a date as YYYY-MM-DD)');
  }
  if (input.temporalFrom && input.temporalTo && input.temporalFrom > input.temporalTo) {
    problem('temporalTo', 'không được trước ngày bắt đầu (must not be before temporalFrom)');
  }
  if (input.contactEmail != null && !emailAddress.test(input.contactEmail)) problem('contactEmail', 'không phải địa chỉ thư hợp lệ (not an e-mail address)');
  if (input.duplicateOverrideReason != null && input.duplicateOverrideReason.trim().length === 0) {
    problem('duplicateOverrideReason', 'cần nêu lý do (a reason is required)');
  }
  return problems;
}

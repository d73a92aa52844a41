import type { FieldProblem } from '../../shared/errors';
import { accessLevels, dataCategories, type AccessLevel, type DataCategory } from './entities';

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
  licence: string;
  keywords?: string[] | null;
  updateFrequency?: string | null;
  source?: string | null;
}

export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Field-level problems of a registration, in the user's language first. */
export function registrationProblems(input: RegisterDatasetInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.slug != null && (!slugPattern.test(input.slug) || input.slug.length > 100)) {
    problems.push({ field: 'slug', message: 'chỉ gồm chữ thường không dấu, số và dấu gạch ngang, tối đa 100 ký tự (lower-case letters, digits and hyphens, at most 100)' });
  }
  if (input.title.trim().length < 3) problems.push({ field: 'title', message: 'cần ít nhất 3 ký tự (at least 3 characters)' });
  if (input.title.length > 300) problems.push({ field: 'title', message: 'tối đa 300 ký tự (at most 300 characters)' });
  if (input.description.trim().length === 0) problems.push({ field: 'description', message: 'không được để trống (required)' });
  if (input.ownerCode.trim().length === 0) problems.push({ field: 'ownerCode', message: 'cần đúng một cơ quan chủ quản (exactly one owning agency is required, 002 §4.2a)' });
  if (input.licence.trim().length === 0) problems.push({ field: 'licence', message: 'không được để trống (required)' });
  if (!dataCategories.includes(input.category)) problems.push({ field: 'category', message: 'không phải loại dữ liệu của 002 §3.5 (not a data category of 002 §3.5)' });
  if (!accessLevels.includes(input.accessLevel)) problems.push({ field: 'accessLevel', message: 'không hợp lệ (not a valid access level)' });
  return problems;
}

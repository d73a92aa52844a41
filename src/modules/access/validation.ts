import type { FieldProblem } from '../../shared/errors';
import type { Dataset } from '../catalog/service';
import type { AccessDecision, DeliveryForm } from './entities';
import { contactProblems, type FormContact } from '../../shared/contact';

export interface SubmitAccessRequestInput extends FormContact {
  datasetSlug: string;
  purpose: string;
  legalBasis: string;
  requestedColumns: string[];
  deliveryForm: DeliveryForm;
  periodFrom: string;
  periodTo: string;
  accessFrequency: string;
  noOnwardSharing: boolean;
  feesAcknowledged?: boolean | null;
}

export interface DecideAccessRequestInput {
  decision: AccessDecision;
  /** APPROVE: the agreed period, within the one asked for (002 §27.2); otherwise a counter-offer. */
  validFrom?: Date | null;
  validTo?: Date | null;
  /** APPROVE: a non-empty subset of the requested columns. */
  allowedColumns?: string[] | null;
  /** REJECT: the written reason (002 §27.2); APPROVE: an optional note. */
  reason?: string | null;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const required = 'bắt buộc (required)';

function validDate(text: string): boolean {
  if (!isoDate.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text);
}

/** Field rules of the e-form that need nothing but the input and the dataset (002 §27.2, §28). */
export function submissionProblems(input: SubmitAccessRequestInput, dataset: Dataset): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const field of ['purpose', 'legalBasis', 'accessFrequency', 'contactName'] as const) {
    if (!input[field]?.trim()) problems.push({ field, message: required });
  }
  if (input.requestedColumns.length === 0) {
    problems.push({ field: 'requestedColumns', message: 'chọn ít nhất một cột (choose at least one column)' });
  }
  const from = input.periodFrom.trim();
  const to = input.periodTo.trim();
  if (!validDate(from)) problems.push({ field: 'periodFrom', message: 'ngày dạng YYYY-MM-DD (a date, YYYY-MM-DD)' });
  if (!validDate(to)) problems.push({ field: 'periodTo', message: 'ngày dạng YYYY-MM-DD (a date, YYYY-MM-DD)' });
  else if (validDate(from) && to <= from) problems.push({ field: 'periodTo', message: 'phải sau ngày bắt đầu (must be after periodFrom)' });
  problems.push(...contactProblems(input));
  if (input.noOnwardSharing !== true) {
    problems.push({
      field: 'noOnwardSharing',
      message: 'phải cam kết không chia sẻ cho bên thứ ba (you must undertake not to pass the data on, 002 §28.1)',
    });
  }
  if (dataset.fee === 'CHARGED' && input.feesAcknowledged !== true) {
    problems.push({
      field: 'feesAcknowledged',
      message: `bộ dữ liệu có thu phí, phải xác nhận (the dataset is charged: acknowledge its fees, 002 §28.3)${dataset.feeNote ? `: ${dataset.feeNote}` : ''}`,
    });
  }
  return problems;
}

/**
 * 002 §27.2: APPROVE with the agreed period and scope; REJECT with a written reason. Whether the
 * terms stay within the request is agreed-terms.ts's outsideRequestProblems.
 */
export function decisionProblems(input: DecideAccessRequestInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.decision === 'REJECT') {
    if (!input.reason?.trim()) {
      problems.push({ field: 'reason', message: 'từ chối phải nêu rõ lý do bằng văn bản (a refusal needs its written reason, 002 §27.2)' });
    }
    return problems;
  }
  if (!input.validFrom) problems.push({ field: 'validFrom', message: `${required}: thời hạn đã thống nhất (the agreed period)` });
  if (!input.validTo) problems.push({ field: 'validTo', message: `${required}: thời hạn đã thống nhất (the agreed period)` });
  if (input.validFrom && input.validTo && input.validTo.getTime() <= input.validFrom.getTime()) {
    problems.push({ field: 'validTo', message: 'phải sau validFrom (must be after validFrom)' });
  }
  if ((input.allowedColumns ?? []).length === 0) {
    problems.push({ field: 'allowedColumns', message: 'chọn ít nhất một cột (choose at least one column)' });
  }
  return problems;
}

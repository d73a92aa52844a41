import type { FieldProblem } from '../../shared/errors';
import type { AccessRequest } from './entities';
import { vietnamDateOf, vietnamDayStart } from './working-days';

/** A period and columns, as an approval or a counter-offer proposes them (002 §27.2). */
export interface ProposedTerms {
  validFrom?: Date | null;
  validTo?: Date | null;
  columns?: readonly string[] | null;
}

/** What an approval or an accepted counter-offer fixes, and a grant copies. */
export interface AgreedTerms {
  validFrom: Date;
  validTo: Date;
  columns: string[];
}

const toCounterOffer = 'để đề xuất khác, dùng counterOfferAccessRequest (to propose other terms, counter-offer: counterOfferAccessRequest)';

/**
 * The first moment terms may start: the request's day of filing in Vietnam. The e-form's period
 * is counted in days, so an owner approving "from today" with a date is not refused for the
 * hours before the filing; a period before the request existed is (issue 19 item 3).
 */
export function filingDayStart(request: Pick<AccessRequest, 'submittedAt'>): Date {
  return vietnamDayStart(vietnamDateOf(request.submittedAt));
}

/**
 * 002 §27.2: the agreed period is the requester's as well as the owner's, so an approval stays
 * inside what was asked: from the requested first day (and not before the day of filing) to the
 * end of the requested last day, Vietnam time, and only requested columns. Anything else is a
 * counter-offer the requester must accept. Only checks what the caller's input made parseable.
 */
export function outsideRequestProblems(terms: ProposedTerms, request: AccessRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const filed = filingDayStart(request);
  const requestedStart = vietnamDayStart(request.periodFrom);
  const earliest = requestedStart > filed ? requestedStart : filed;
  const end = vietnamDayStart(request.periodTo, 1);
  if (terms.validFrom && terms.validFrom < earliest) {
    problems.push({
      field: 'validFrom',
      message: `phải trong thời hạn đã đề nghị: từ ngày ${request.periodFrom} và không trước ngày nộp ${vietnamDateOf(request.submittedAt)} (must be within the requested period, not before it began or the request was filed); ${toCounterOffer}`,
    });
  }
  if (terms.validTo && terms.validTo >= end) {
    problems.push({
      field: 'validTo',
      message: `phải trong thời hạn đã đề nghị: đến hết ngày ${request.periodTo} (must end within the requested period); ${toCounterOffer}`,
    });
  }
  const outside = (terms.columns ?? []).filter((column) => !request.requestedColumns.includes(column));
  if (outside.length > 0) {
    problems.push({
      field: 'allowedColumns',
      message: `chỉ trong các cột đã đề nghị (only columns that were requested): ${outside.map((column) => JSON.stringify(column)).join(', ')}; ${toCounterOffer}`,
    });
  }
  return problems;
}

/**
 * A counter-offer (002 §27.2): any period in order that does not start before the day of filing
 * (an agreement cannot predate its request), and a non-empty subset of the requested columns —
 * the owner narrows the columns, never widens them: more columns would be data nobody asked for.
 */
export function counterOfferProblems(terms: ProposedTerms, request: AccessRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!terms.validFrom) problems.push({ field: 'validFrom', message: 'bắt buộc (required)' });
  else if (terms.validFrom < filingDayStart(request)) {
    problems.push({
      field: 'validFrom',
      message: `không trước ngày nộp đề nghị ${vietnamDateOf(request.submittedAt)} (not before the day the request was filed)`,
    });
  }
  if (!terms.validTo) problems.push({ field: 'validTo', message: 'bắt buộc (required)' });
  else if (terms.validFrom && terms.validTo <= terms.validFrom) {
    problems.push({ field: 'validTo', message: 'phải sau validFrom (must be after validFrom)' });
  }
  const columns = terms.columns ?? [];
  if (columns.length === 0) problems.push({ field: 'columns', message: 'chọn ít nhất một cột (choose at least one column)' });
  const outside = columns.filter((column) => !request.requestedColumns.includes(column));
  if (outside.length > 0) {
    problems.push({
      field: 'columns',
      message: `chỉ trong các cột đã đề nghị (only columns that were requested): ${outside.map((column) => JSON.stringify(column)).join(', ')}`,
    });
  }
  return problems;
}

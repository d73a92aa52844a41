import type { FieldProblem } from '../../shared/errors';
import { termsProblems, type ConsentTerms } from './grant-input';
import { consentPurpose, consentPurposes } from './purposes';

/** What a partner's system sends to ask a citizen for a consent. */
export interface RequestConsentInput extends ConsentTerms {
  /** The citizen's CCCD: 12 digits. */
  citizenCccd: string;
  /** A code of the purpose list. */
  purposeCode: string;
  /** Unanswered by then, the request expires; a week when absent. */
  answerBy?: Date | null;
}

export const defaultAnswerDays = 7;
const longestAnswerDays = 30;
const day = 86_400_000;

/** The checks that need nothing but the input and the time; the scope against the catalogue is the service's. */
export function requestProblems(input: RequestConsentInput, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!/^\d{12}$/.test(input.citizenCccd)) problems.push({ field: 'citizenCccd', message: 'Số CCCD gồm 12 chữ số (12 digits)' });
  if (!consentPurpose(input.purposeCode)) {
    problems.push({
      field: 'purposeCode',
      message: `Không có mục đích này; dùng một trong (no such purpose; one of): ${consentPurposes.map((p) => p.code).join(', ')}`,
    });
  }
  problems.push(...termsProblems(input));
  const answerBy = answerByOf(input, now);
  if (!(answerBy > now) || answerBy.getTime() - now.getTime() > longestAnswerDays * day) {
    problems.push({
      field: 'answerBy',
      message: `Trong vòng ${longestAnswerDays} ngày tới (within the next ${longestAnswerDays} days)`,
    });
  } else if (answerBy >= input.validTo) {
    problems.push({ field: 'answerBy', message: 'Phải trước ngày kết thúc (must be before validTo)' });
  }
  return problems;
}

export function answerByOf(input: RequestConsentInput, now: Date): Date {
  return input.answerBy ?? new Date(now.getTime() + defaultAnswerDays * day);
}

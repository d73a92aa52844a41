import { InputError, type FieldProblem } from '../../shared/errors';
import { readText } from '../../shared/text-input';
import type { FeedbackStatus } from './entities';

export interface FileFeedbackInput {
  /** Feedback on a dataset: routed to its owner. */
  datasetSlug?: string | null;
  /** Or on a public service, by name, routed to the agency chosen by code. */
  serviceName?: string | null;
  agencyCode?: string | null;
  subject: string;
  text: string;
}

export const feedbackLimits = { subject: 200, text: 4000, serviceName: 200, response: 4000 } as const;

export type FeedbackTarget = { kind: 'DATASET'; datasetSlug: string } | { kind: 'SERVICE'; serviceName: string; agencyCode: string };

/** The feedback's fields, each named when wrong: one target (a dataset, or a service with its agency). */
export function readFeedback(input: FileFeedbackInput): {
  target: FeedbackTarget | null;
  subject: string;
  text: string;
  problems: FieldProblem[];
} {
  const problems: FieldProblem[] = [];
  const subject = readText(problems, 'subject', input.subject, feedbackLimits.subject);
  const text = readText(problems, 'text', input.text, feedbackLimits.text);
  const onDataset = Boolean(input.datasetSlug?.trim());
  const onService = Boolean(input.serviceName?.trim());
  let target: FeedbackTarget | null = null;
  if (onDataset === onService) {
    problems.push({ field: 'datasetSlug', message: 'Chọn một bộ dữ liệu hoặc một dịch vụ (a dataset or a service, one of them)' });
  } else if (onDataset) {
    target = { kind: 'DATASET', datasetSlug: input.datasetSlug!.trim() };
  } else {
    const serviceName = readText(problems, 'serviceName', input.serviceName, feedbackLimits.serviceName);
    const agencyCode = input.agencyCode?.trim() ?? '';
    if (agencyCode === '')
      problems.push({ field: 'agencyCode', message: 'Chọn cơ quan cung cấp dịch vụ (choose the agency of the service)' });
    target = { kind: 'SERVICE', serviceName, agencyCode };
  }
  return { target, subject, text, problems };
}

/** Handling moves forward only: received, in progress, then resolved or closed (resolved may still be closed). */
const next: Record<FeedbackStatus, readonly FeedbackStatus[]> = {
  RECEIVED: ['IN_PROGRESS', 'RESOLVED', 'CLOSED'],
  IN_PROGRESS: ['RESOLVED', 'CLOSED'],
  RESOLVED: ['CLOSED'],
  CLOSED: [],
};

export const answeredStatuses: readonly FeedbackStatus[] = ['RESOLVED', 'CLOSED'];

/** The response to store with a status change; refuses a backward move and an answer-less resolution. */
export function readStatusChange(from: FeedbackStatus, to: FeedbackStatus, response: string | null | undefined): string | null {
  const problems: FieldProblem[] = [];
  if (!next[from].includes(to))
    problems.push({ field: 'status', message: `Không chuyển được từ ${from} sang ${to} (not allowed from ${from})` });
  const answer =
    answeredStatuses.includes(to) || response?.trim() ? readText(problems, 'response', response, feedbackLimits.response) : null;
  if (problems.length > 0) throw new InputError(problems);
  return answer;
}

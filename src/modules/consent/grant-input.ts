import type { FieldProblem } from '../../shared/errors';
import type { ConsentMode, FrequencyPeriod } from './entities';

/** The terms of a consent: what, for how long, how often and how long kept; a grant's and a request's alike. */
export interface ConsentTerms {
  scope: { datasetSlug: string; fields: string[] }[];
  validFrom: Date;
  validTo: Date;
  mode: ConsentMode;
  /** PERIODIC: reads allowed per period. ONE_TIME is one read. */
  maxReads?: number | null;
  period?: FrequencyPeriod | null;
  /** How long the partner may keep what it read. */
  retentionDays: number;
}

/** What the citizen fills in, in the app, to let one partner read some of their records. */
export interface GrantConsentInput extends ConsentTerms {
  clientId: string;
  purpose: string;
  /** The citizen ticked "I agree" themselves: nothing is pre-ticked and silence is not consent. */
  agreed: boolean;
}

const longestConsentDays = 366;
const mostReadsPerPeriod = 1000;
const longestRetentionDays = 365;

/** The checks that need nothing but the input; scope against the datasets is checked by the service. */
export function grantProblems(input: GrantConsentInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.agreed !== true) {
    problems.push({
      field: 'agreed',
      message: 'Cần công dân tự đánh dấu đồng ý; im lặng không phải là đồng ý (explicit agreement required)',
    });
  }
  const purpose = input.purpose.trim();
  if (purpose.length === 0 || purpose.length > 500) {
    problems.push({ field: 'purpose', message: 'Nêu một mục đích, tối đa 500 ký tự (one purpose, up to 500 characters)' });
  }
  return [...problems, ...termsProblems(input)];
}

/** The checks of the terms that need nothing but the input. */
export function termsProblems(input: ConsentTerms): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.scope.length === 0) problems.push({ field: 'scope', message: 'Chọn ít nhất một loại dữ liệu (choose at least one dataset)' });
  const slugs = input.scope.map((item) => item.datasetSlug);
  if (new Set(slugs).size !== slugs.length) problems.push({ field: 'scope', message: 'Mỗi loại dữ liệu chỉ một lần (each dataset once)' });
  input.scope.forEach((item, index) => {
    if (item.fields.length === 0)
      problems.push({ field: `scope.${index}.fields`, message: 'Chọn các trường dữ liệu cụ thể (choose the fields)' });
  });
  const days = (input.validTo.getTime() - input.validFrom.getTime()) / 86_400_000;
  if (!(days > 0)) problems.push({ field: 'validTo', message: 'Ngày kết thúc phải sau ngày bắt đầu (must be after validFrom)' });
  if (days > longestConsentDays)
    problems.push({ field: 'validTo', message: `Tối đa ${longestConsentDays} ngày (at most ${longestConsentDays} days)` });
  if (input.mode === 'PERIODIC') {
    if (!input.period) problems.push({ field: 'period', message: 'Cần kỳ cho tần suất đọc (a period for the frequency)' });
    const reads = input.maxReads ?? 0;
    if (!Number.isInteger(reads) || reads < 1 || reads > mostReadsPerPeriod) {
      problems.push({
        field: 'maxReads',
        message: `Từ 1 đến ${mostReadsPerPeriod} lần mỗi kỳ (1 to ${mostReadsPerPeriod} reads per period)`,
      });
    }
  }
  if (!Number.isInteger(input.retentionDays) || input.retentionDays < 0 || input.retentionDays > longestRetentionDays) {
    problems.push({ field: 'retentionDays', message: `Từ 0 đến ${longestRetentionDays} ngày (0 to ${longestRetentionDays} days)` });
  }
  return problems;
}

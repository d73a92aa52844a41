/** What a failed statement says about the database, as far as a request is concerned. */
export type DatabaseFailure = 'unreachable' | 'statement-timeout';

/** Connection refused, reset or cut, the server shutting down or out of connections, or no pooled connection in time. */
const unreachableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08003',
  '08006',
]);
const unreachableMessages = [
  /Connection terminated/i,
  /Timeout acquiring a connection/i,
  /connection error/i,
  /Connection ended/i,
  /not queryable/i,
];
/** query_canceled: statement_timeout, or the statement cancelled because its request went away. */
const statementTimeoutCode = '57014';

/**
 * Classifies an error thrown by a statement: MikroORM and knex wrap the driver's error
 * (copying its code, or keeping it as `cause`/`previous`), so the whole chain is read.
 */
export function databaseFailureOf(error: unknown): DatabaseFailure | null {
  let link = error;
  // Not `instanceof Error`: errors raised by Node's sockets may come from another realm (jest's VM).
  for (let depth = 0; typeof link === 'object' && link !== null && depth < 5; depth += 1) {
    const { code, message = '' } = link as { code?: unknown; message?: string };
    if (code === statementTimeoutCode) return 'statement-timeout';
    if ((typeof code === 'string' && unreachableCodes.has(code)) || unreachableMessages.some((pattern) => pattern.test(message)))
      return 'unreachable';
    link = (link as { cause?: unknown }).cause ?? (link as { previous?: unknown }).previous;
  }
  return null;
}

export const databaseFailureMessages: Record<DatabaseFailure, string> = {
  unreachable: 'Cơ sở dữ liệu tạm thời không phản hồi, vui lòng thử lại sau (the database is not answering; try again later)',
  'statement-timeout':
    'Truy vấn chạy quá thời gian cho phép và đã bị dừng; hãy lọc hẹp hơn hoặc thử lại sau (the query ran past its time limit and was stopped: narrow it or try again later)',
};

import type { CopyRejected } from './bulk-loader';
import { IngestionFailure } from './problems';

interface ServerError {
  code?: string;
  message: string;
  where?: string;
}

/**
 * PostgreSQL names the line of a refused COPY in its context ("COPY s_…, line 5, column c3:
 * …"): that line, counted from where the refused COPY began, becomes the file's row.
 */
export function copyProblem(rejected: CopyRejected, header: string[], encoding: string): IngestionFailure {
  const error = rejected.cause as ServerError;
  const context = `${error.where ?? ''}`;
  const line = /line (\d+)/.exec(context)?.[1];
  // Body record k (0-based) is row k + 2: the header is row 1.
  const row = line ? rejected.firstRecord + Number(line) + 1 : null;
  const stagingColumn = /column c(\d+)/.exec(context)?.[1] ?? /missing data for column "c(\d+)"/.exec(error.message)?.[1];
  const column = stagingColumn ? (header[Number(stagingColumn) - 1] ?? null) : null;
  return new IngestionFailure([{ row, column, message: messageOf(error, encoding) }]);
}

function messageOf(error: ServerError, encoding: string): string {
  if (/extra data after last expected column/.test(error.message)) return 'dòng có nhiều cột hơn tiêu đề (more columns than the header)';
  if (/missing data for column/.test(error.message)) return 'dòng có ít cột hơn tiêu đề (fewer columns than the header)';
  if (/unterminated CSV quoted field/.test(error.message)) return 'dấu ngoặc kép mở mà không đóng (unterminated quoted field)';
  if (error.code === '22021' || /invalid byte sequence/.test(error.message)) {
    return `tệp không đúng bảng mã ${encoding} (bytes not valid in the ${encoding} encoding): ${error.message}`;
  }
  if (/literal carriage return|literal newline/.test(error.message)) return 'lẫn kiểu xuống dòng CR và LF (mixed line endings)';
  return `dữ liệu bị từ chối (data refused): ${error.message}`;
}

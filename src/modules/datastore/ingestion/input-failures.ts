import { IngestionFailure } from './problems';

/**
 * Errors that a file itself causes, whatever part of the hub raised them, turned into the
 * problem its owner can act on; null for everything else (the database went away…), which
 * the queue retries. Checks made before the work (limits.ts) catch most of these first.
 */
export function inputFailureOf(error: unknown): IngestionFailure | null {
  if (error instanceof IngestionFailure) return error;
  if (error instanceof RangeError) {
    // V8's "Invalid string length" / "Invalid array length": a value larger than memory allows.
    return problem(`tệp có giá trị quá lớn để đọc (a value too large to read: ${error.message})`);
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  const message = (error as Error).message;
  const column = (error as { column?: string }).column ?? null;
  if (code === '54011') return problem(`bảng có quá nhiều cột (too many columns: ${message})`);
  if (code.startsWith('54'))
    return problem(`dòng hoặc giá trị vượt giới hạn lưu trữ (a row or value beyond what can be stored: ${message})`, column);
  if (/^(22|23)/.test(code)) return problem(`dữ liệu bị từ chối (data refused): ${message}`, column);
  return null;
}

function problem(message: string, column: string | null = null): IngestionFailure {
  return new IngestionFailure([{ row: null, column, message }]);
}

/** What an owner is told when a job ends for a reason that is not the file's. */
export function internalFailure(error: unknown, attempts: number): IngestionFailure {
  const reason = error instanceof Error ? error.message : String(error);
  return problem(
    `nạp không thành sau ${attempts} lần thử; hãy tải tệp lên lại hoặc báo quản trị (ingestion failed after ${attempts} attempts: ${reason})`,
  );
}

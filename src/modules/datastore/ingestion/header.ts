import type { TableSchema } from '../table-schema';
import { isControlCharacter } from './control-characters';
import { ingestionLimits } from './limits';
import type { IngestionProblem } from './problems';

/**
 * 002 (Table Schema): the header names the schema's fields, each once — in any order, but
 * none missing and none extra — so every column lands in the field it claims to be.
 */
export function headerProblems(header: string[], schema: TableSchema | null): IngestionProblem[] {
  if (header.length > ingestionLimits.columns) {
    return [
      {
        row: 1,
        column: null,
        message: `tệp có ${header.length} cột, nhiều hơn ${ingestionLimits.columns} cột cho phép (more than ${ingestionLimits.columns} columns)`,
      },
    ];
  }
  const problems: IngestionProblem[] = [];
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if ([...name].some((character) => isControlCharacter(character.charCodeAt(0)))) {
      problems.push({ row: 1, column: `#${index + 1}`, message: 'tên cột có ký tự điều khiển (a control character in the column name)' });
    } else if (Buffer.byteLength(name) > ingestionLimits.columnNameBytes) {
      problems.push({
        row: 1,
        column: `#${index + 1}`,
        message: `tên cột dài quá ${ingestionLimits.columnNameBytes} byte (column name longer than ${ingestionLimits.columnNameBytes} bytes)`,
      });
    } else if (name.trim() === '') {
      problems.push({ row: 1, column: `#${index + 1}`, message: 'cột không có tên (a column without a name)' });
    } else if (seen.has(name)) {
      problems.push({ row: 1, column: name, message: 'tên cột bị trùng (duplicate column name)' });
    }
    seen.add(name);
  });
  // A header broken in itself is named alone: matching it against the schema would only repeat it.
  if (!schema || problems.length > 0) return problems;
  const fieldNames = new Set(schema.fields.map((field) => field.name));
  for (const field of schema.fields) {
    if (!seen.has(field.name)) {
      problems.push({ row: 1, column: field.name, message: 'thiếu cột có trong lược đồ (column of the schema missing from the file)' });
    }
  }
  for (const name of header) {
    if (name.trim() !== '' && !fieldNames.has(name)) {
      problems.push({ row: 1, column: name, message: 'cột không có trong lược đồ (column not in the schema)' });
    }
  }
  return problems;
}

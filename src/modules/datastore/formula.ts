/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, or a tab/CR first) is kept
 * as text in the datastore; a CSV the hub writes prefixes it with ' so that opening the file
 * runs nothing (OWASP CSV injection). Text that already starts with ' before such a character
 * gets one more, so that readers of the CSV (its JSON) remove exactly one and get the text back.
 * The same rules serve JavaScript and SQL.
 */
const formulaStart = '^[=+\\-@\\t\\r]';
const guardedStart = "^'*[=+\\-@\\t\\r]";

/** A SQL string literal of the rule, for `column ~ …` (standard_conforming_strings is on). */
export const formulaStartSql = `'${formulaStart}'`;
/** Cells the written CSV prefixes with ', as a SQL string literal. */
export const guardedStartSql = `'${guardedStart.replace(/'/g, "''")}'`;

export function neutraliseFormula(text: string): string {
  return new RegExp(guardedStart).test(text) ? `'${text}` : text;
}

/** The text a guarded CSV cell stands for: one ' fewer where neutraliseFormula added one. */
export function unguardFormula(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

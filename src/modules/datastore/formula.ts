/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, or a tab/CR first) is kept
 * as text in the datastore; CSV export prefixes it with ' so that opening the file runs
 * nothing (OWASP CSV injection). The same rule serves JavaScript and SQL.
 */
const formulaStart = '^[=+\\-@\\t\\r]';

/** A SQL string literal of the rule, for `column ~ …` (standard_conforming_strings is on). */
export const formulaStartSql = `'${formulaStart}'`;

export function neutraliseFormula(text: string): string {
  return new RegExp(formulaStart).test(text) ? `'${text}` : text;
}

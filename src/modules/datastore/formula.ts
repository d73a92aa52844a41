/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, or a tab/CR first) is kept
 * as text in the datastore; CSV export prefixes it with ' so that opening the file runs
 * nothing (OWASP CSV injection).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** A SQL string literal (standard_conforming_strings is on: only the quote needs doubling). */
export function literal(text: string): string {
  if (text.includes('\u0000')) throw new Error('NUL cannot be part of SQL text');
  return `'${text.replace(/'/g, "''")}'`;
}

/** A literal character inside a PostgreSQL regular expression. */
export function regexCharacter(char: string): string {
  return /[\\^$.|?*+()[\]{}]/.test(char) ? `\\${char}` : char;
}

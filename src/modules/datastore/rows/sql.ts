import { quoteIdentifier } from '../version-tables';

/**
 * Collects bound values while a statement is written. Queries run through MikroORM's
 * connection (so the statement counter and debug log see them), which binds `?` placeholders.
 */
export class SqlParams {
  readonly values: unknown[];

  /** Starts after values already bound earlier in the same statement. */
  constructor(earlier: readonly unknown[] = []) {
    this.values = [...earlier];
  }

  /** A placeholder for the value, cast to the column type so PostgreSQL never guesses. */
  bind(value: unknown, sqlType?: string): string {
    this.values.push(value);
    return sqlType ? `?::${sqlType}` : '?';
  }
}

/**
 * A column name as an identifier in a statement bound by knex, which treats every `?` in the
 * text as a placeholder, quoted identifiers included. Names holding `?` (or a backslash that
 * could escape one) are written as Unicode-escaped identifiers, where `?` is \003F.
 */
export function columnIdentifier(name: string): string {
  const quoted = quoteIdentifier(name);
  if (!/[?\\]/.test(name)) return quoted;
  return `U&${quoted.replace(/\\/g, '\\\\').replace(/\?/g, '\\003F')}`;
}

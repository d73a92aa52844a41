import { timingSafeEqual } from 'node:crypto';

/** Whether a secret a caller presented is the configured one (compared in constant time); never when none is configured. */
export function isConfiguredSecret(given: string | undefined, expected: string | null): boolean {
  if (!expected || given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

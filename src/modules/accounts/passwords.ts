import { randomBytes, randomInt, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** 003 §7: the password rule, and how passwords are kept (scrypt, never the password). */

export const passwordSpecials = ['!', '@', '#', '%', '$', '*', '&'] as const;

export type PasswordRequirement = 'MIN_LENGTH' | 'UPPER_CASE' | 'LOWER_CASE' | 'DIGIT' | 'SPECIAL';

export interface PasswordProblem {
  requirement: PasswordRequirement;
  message: string;
}

const requirements: { requirement: PasswordRequirement; met: (password: string) => boolean; message: string }[] = [
  {
    requirement: 'MIN_LENGTH',
    met: (password) => [...password].length >= 8,
    message: 'Mật khẩu phải dài 8 ký tự trở lên (at least 8 characters)',
  },
  {
    requirement: 'UPPER_CASE',
    met: (password) => /\p{Lu}/u.test(password),
    message: 'Mật khẩu phải có ký tự in hoa (an upper-case letter)',
  },
  {
    requirement: 'LOWER_CASE',
    met: (password) => /\p{Ll}/u.test(password),
    message: 'Mật khẩu phải có ký tự in thường (a lower-case letter)',
  },
  {
    requirement: 'DIGIT',
    met: (password) => /[0-9]/.test(password),
    message: 'Mật khẩu phải có ít nhất một chữ số (at least one digit)',
  },
  {
    requirement: 'SPECIAL',
    met: (password) => passwordSpecials.some((special) => password.includes(special)),
    message: `Mật khẩu phải có ký tự đặc biệt ${passwordSpecials.join(' ')} (a special character)`,
  },
];

/** 003 §7: every requirement the password misses, each with a message naming it; [] when it passes. */
export function passwordProblems(password: string): PasswordProblem[] {
  const normalized = password.normalize('NFC');
  return requirements.filter((rule) => !rule.met(normalized)).map(({ requirement, message }) => ({ requirement, message }));
}

const keyLength = 32;
const saltLength = 16;

function derive(password: string, salt: Buffer, options: { N: number; r: number; p: number }): Promise<Buffer> {
  const scryptOptions: ScryptOptions = { ...options, maxmem: 256 * options.N * options.r };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, keyLength, scryptOptions, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** Constant-time comparison; a malformed stored hash never matches. The hash names its own parameters. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * Makes scrypt hashes of passwords and secrets at one cost (config `passwordHashCost`: N = 2^15
 * in production), r = 8, p = 1, with a 16-byte salt.
 */
export class PasswordHasher {
  private readonly params: { N: number; r: number; p: number };
  private dummyHash: Promise<string> | undefined;

  constructor(log2Cost: number) {
    this.params = { N: 2 ** log2Cost, r: 8, p: 1 };
  }

  /** `scrypt$N$r$p$salt$hash` (base64): the parameters travel with the hash, so they can be raised later. */
  async hash(password: string): Promise<string> {
    const salt = randomBytes(saltLength);
    const key = await derive(password, salt, this.params);
    return ['scrypt', this.params.N, this.params.r, this.params.p, salt.toString('base64'), key.toString('base64')].join('$');
  }

  /** A hash to check unknown accounts against, so they take as long as known ones. */
  unknownAccountHash(): Promise<string> {
    this.dummyHash ??= this.hash(randomBytes(16).toString('hex'));
    return this.dummyHash;
  }
}

const alphabets = ['ABCDEFGHJKLMNPQRSTUVWXYZ', 'abcdefghijkmnopqrstuvwxyz', '23456789', passwordSpecials.join('')];

/** A temporary password (shown once) that meets 003 §7: 16 characters, every class present. */
export function temporaryPassword(length = 16): string {
  const all = alphabets.join('');
  const chars = alphabets.map((alphabet) => alphabet[randomInt(alphabet.length)]);
  while (chars.length < length) chars.push(all[randomInt(all.length)]);
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The header a partner checks: like GitHub's, `sha256=` and the hex HMAC-SHA256 of the raw body. */
export const signatureHeader = 'X-Hub-Signature-256';

export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** What a partner does with the body it received, as bytes: compare in constant time. */
export function verifyBody(secret: string, body: string, signature: string): boolean {
  const expected = Buffer.from(signBody(secret, body));
  const actual = Buffer.from(signature);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** 256 random bits, shown to the partner once when it sets its webhook. */
export function newWebhookSecret(): string {
  return randomBytes(32).toString('base64url');
}

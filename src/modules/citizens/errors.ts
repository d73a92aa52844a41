/** Why a one-time code was refused or not sent (000 §9.1). */
export type VerificationRefusalCode = 'CODE_INVALID' | 'CODE_EXPIRED' | 'CODE_USED' | 'TOO_MANY_ATTEMPTS' | 'TOO_MANY_CODES';

/** An expected refusal; the resolver returns it as the payload's error, with its code. */
export class VerificationRefusal extends Error {
  constructor(
    readonly code: VerificationRefusalCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'VerificationRefusal';
  }
}

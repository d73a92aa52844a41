/** Why a sign-in (or a password change that proves the current password) was refused. */
export type SignInRefusalCode =
  | 'INVALID_CREDENTIALS'
  | 'SIGN_IN_THROTTLED'
  | 'ACCOUNT_LOCKED'
  | 'ACCOUNT_REVOKED'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'ACCOUNT_NOT_VERIFIED'
  | 'SSO_NOT_LINKED'
  | 'SSO_FAILED';

/** An expected refusal; the resolver returns it as the payload's error, with its code. */
export class SignInRefusal extends Error {
  constructor(
    readonly code: SignInRefusalCode,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'SignInRefusal';
  }
}

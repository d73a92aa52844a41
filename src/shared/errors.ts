/**
 * Failures the domain expects. Resolvers turn InputError and ConflictError into data
 * (payload errors); the others become coded GraphQL or HTTP errors. Anything else is a bug.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * The refusals of a read under a citizen's consent, the one list of them: modules/consent gives
 * each its message, the GraphQL description and HTTP statuses are derived from or checked against it.
 */
export const consentRefusalCodes = [
  'CONSENT_PAUSED',
  'CONSENT_REVOKED',
  'CONSENT_EXPIRED',
  'CONSENT_NOT_STARTED',
  'CONSENT_OUT_OF_SCOPE',
  'CONSENT_FREQUENCY_EXCEEDED',
] as const;

export type ConsentRefusalCode = (typeof consentRefusalCodes)[number];

/** The generic codes, and the refusals of a read under a citizen's consent (modules/consent). */
export type DomainErrorCode = 'BAD_USER_INPUT' | 'CONFLICT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | ConsentRefusalCode;

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InputError extends DomainError {
  constructor(readonly problems: FieldProblem[]) {
    super('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  }
}

export class ConflictError extends DomainError {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super('CONFLICT', message);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'Bạn không có quyền thực hiện thao tác này (forbidden)') {
    super('FORBIDDEN', message);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Cần đăng nhập (sign-in required)') {
    super('UNAUTHENTICATED', message);
  }
}

import { SignInRefusal } from '../modules/accounts/service';
import { VerificationRefusal } from '../modules/citizens/service';
import type { MutationError } from './payload';

/** Refusals (wrong code, throttled, …) are data with their own code, like payload errors. */
export async function refusalAware<T>(work: () => Promise<T>): Promise<T | { retryAfterSeconds?: number; error: MutationError }> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof SignInRefusal) && !(error instanceof VerificationRefusal)) throw error;
    return { retryAfterSeconds: error.retryAfterSeconds, error: { code: error.code, message: error.message, inputErrors: [] } };
  }
}

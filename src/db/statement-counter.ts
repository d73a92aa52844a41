import { AsyncLocalStorage } from 'node:async_hooks';
import { DefaultLogger, type LogContext, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';

const uncountedScope = new AsyncLocalStorage<true>();

/**
 * Runs work whose statements are not a request's reading of data, outside the statement count:
 * what the process does on its own (job handlers, sweeps, checkpoints: a timer firing during a
 * measured request) and the shared throttle counters' bookkeeping (a rate-limited request syncs
 * its count at most once a second, so whether it does depends on the clock, not the request).
 */
export function uncounted<T>(work: () => Promise<T>): Promise<T> {
  return uncountedScope.run(true, work);
}

/**
 * Counts the SQL statements the ORM sends on behalf of requests. Tests and the benchmark read
 * the difference around one request to prove that a page costs a fixed number of statements.
 */
export class StatementCounter {
  private count = 0;

  get total(): number {
    return this.count;
  }

  record(): void {
    if (!uncountedScope.getStore()) this.count += 1;
  }
}

/** A MikroORM logger that counts queries, and prints only when asked to. */
export function countingLoggerFactory(counter: StatementCounter, verbose: boolean) {
  return (options: LoggerOptions) =>
    new (class extends DefaultLogger {
      override log(namespace: LoggerNamespace, message: string, context?: LogContext): void {
        if (namespace === 'query') counter.record();
        if (verbose) super.log(namespace, message, context);
      }
    })(options);
}

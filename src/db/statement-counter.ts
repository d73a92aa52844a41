import { DefaultLogger, type LogContext, type LoggerNamespace, type LoggerOptions } from '@mikro-orm/core';

/**
 * Counts every SQL statement the ORM sends. Tests and the benchmark read the difference
 * around one request to prove that a page costs a fixed number of statements.
 */
export class StatementCounter {
  private count = 0;

  get total(): number {
    return this.count;
  }

  record(): void {
    this.count += 1;
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
